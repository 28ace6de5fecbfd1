"""Dependencies: the app's `Settings` reach routes through `Annotated`, never a global."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..settings import Settings


async def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(app_settings)]
