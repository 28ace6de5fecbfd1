"""The pages preload every ES module their entry script imports (web/preload.py)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from cgviz.web.preload import imports_of, module_graph, preloads
from cgviz.web.resources import frontend_dir

JS = frontend_dir() / "js"
ENTRIES = {"app.js", "embed.js", "apidocs.js"}  # the pages: /, /embed, /docs


def test_multi_line_imports_re_exports_and_bare_imports_are_all_found() -> None:
    text = ('import { a,\n  b } from "./one.js";\nexport { c } from "../two.js";\n'
            "import './three.js';\nconst x = 1; import {d} from \"./four.js\"")
    assert imports_of(text) == ["./one.js", "../two.js", "./three.js", "./four.js"]


def test_imports_in_comments_and_packages_are_ignored() -> None:
    text = ('// import { a } from "./commented.js";\n/* import "./block.js"; */\n'
            'import { b } from "lodash";\nconst s = "import from ./not.js";')
    assert imports_of(text) == []


def test_every_module_of_the_app_except_the_entries_and_tests_is_preloaded_by_app_js() -> None:
    modules = {p.name for p in JS.glob("*.js") if not p.name.endswith(".test.js")}
    assert set(preloads("app.js")) == modules - ENTRIES


def test_the_preload_list_follows_imports_transitively_without_repeats() -> None:
    order = module_graph(JS, "embed.js")
    assert len(order) == len(set(order))
    assert "embed.js" not in order
    for module in order:  # each one's own imports are in the list too
        for spec in imports_of((JS / module).read_text(encoding="utf-8")):
            assert spec.removeprefix("./") in order


def test_the_app_and_the_embed_page_link_their_modules_for_preloading(client: TestClient
                                                                     ) -> None:
    for url, entry in (("/", "app.js"), ("/embed", "embed.js")):
        html = client.get(url).text
        head = html.split("</head>")[0]
        linked = re.findall(r'<link rel="modulepreload" href="(/static/v-[0-9a-f]{12}/js/)'
                            r'([^"]+)">', head)
        assert [module for _, module in linked] == list(preloads(entry)), url
        for prefix, module in linked:
            assert client.get(f"{prefix}{module}").status_code == 200
