// The pages' bundles: `node bundle.mjs [outdir]` (default frontend/dist; `make bundle`).
//
// One ES module and one stylesheet per page kind, each a single self-contained file (no
// import, no chunk, no other file to fetch), so a page asks for two files and the same bytes
// can be inlined into one offline .html (docs/frontend.md, "The bundle"). The sources stay
// the modules of frontend/js and the stylesheets of frontend/css, which is what the browser's
// `/static/js/…` still serves and what `node --test` imports.
//
// The output is a function of the sources and the pinned esbuild alone (paths in it are
// relative to this folder, whatever the caller's working directory), so tests/test_bundle.py
// rebuilds it into a temporary folder and compares the bytes with the committed ones.

import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = dirname(fileURLToPath(import.meta.url));

/** The page kinds: the bundle's name → its entry script and its stylesheets' entry. */
const PAGES = {
  app: { script: "frontend/js/app.js", styles: "frontend/css/app-page.css" },      // `/`
  embed: { script: "frontend/js/embed.js", styles: "frontend/css/embed-page.css" }, // `/embed`
};

const BANNER = "Built by bundle.mjs (esbuild) from frontend/js and frontend/css: edit those, " +
  "then `make bundle`.";

const outdir = resolve(process.argv[2] ?? resolve(ROOT, "frontend/dist"));

// A page kind that is renamed or dropped leaves no bundle behind.
mkdirSync(outdir, { recursive: true });
for (const name of readdirSync(outdir)) {
  if (/\.(js|css)$/.test(name)) rmSync(resolve(outdir, name));
}

/** @type {import("esbuild").BuildOptions} */
const COMMON = {
  absWorkingDir: ROOT,
  outdir,
  bundle: true,
  format: "esm",        // app.js waits a frame with a top-level await; a module is inlinable
  target: "es2022",     // jsconfig.json's: the language the modules are written and checked in
  splitting: false,     // one file per page, never a shared chunk to fetch
  minify: true,         // CodeMirror is most of it: 1 MB readable, a third of that minified
  charset: "utf8",      // as the sources are written (the pages and the app serve UTF-8)
  legalComments: "none",
  banner: { js: `// ${BANNER}`, css: `/* ${BANNER} */` },
  logLevel: "warning",
};

await esbuild.build({
  ...COMMON,
  entryPoints: Object.entries(PAGES).flatMap(([out, page]) => [
    { in: page.script, out },
    { in: page.styles, out },
  ]),
});

// The one-file export (backend/cgviz/web/offline.py): the embed's module without the program
// editor, which a file with no server never shows. `editor.js` reaches CodeMirror through
// `import("./editorview.js")`; here that import is `editorview-absent.js`, and CodeMirror,
// two thirds of the embed's bundle, is left out. Its stylesheet is the embed's.
/** @type {import("esbuild").Plugin} */
const withoutEditor = {
  name: "without-editor",
  setup(build) {
    build.onResolve({ filter: /^\.\/editorview\.js$/ }, () => ({
      path: resolve(ROOT, "frontend/js/editorview-absent.js"),
    }));
  },
};
await esbuild.build({
  ...COMMON,
  entryPoints: [{ in: PAGES.embed.script, out: "offline" }],
  plugins: [withoutEditor],
});
