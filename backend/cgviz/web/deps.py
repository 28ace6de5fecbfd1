"""Dependencies: the app's `Settings` reach routes through `Annotated`, never a global; so does
the request's language."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..i18n import current
from ..settings import Settings


async def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def request_lang(request: Request) -> str:
    """"en" or "ru": chosen for this request by the `RequestLanguage` middleware (the `lang`
    parameter, else Accept-Language), e.g. for a page's `<html lang>` and its catalog."""
    return current()


SettingsDep = Annotated[Settings, Depends(app_settings)]
LangDep = Annotated[str, Depends(request_lang)]
