/**
 * Where the app is served from, read off this module's own address, so that a `root_path` (a
 * proxy prefix such as `/cgviz`) is respected without the page having to say it. The pages load
 * it inside their bundle, at `<root>/static/v-<hash>/dist/` (backend/cgviz/web/assets.py); the
 * module itself is served at `<root>/static/v-<hash>/js/`, or at `<root>/static/js/` when linked
 * by hand.
 *
 *   ROOT     → "" or "/cgviz": the path to put before `/api/graph`
 *   ROOT_URL → "https://host/cgviz": the same with the origin, for links to hand out
 *
 * @module root
 */

const here = new URL(import.meta.url);
const STATIC = /\/static\/(?:v-[0-9a-f]{12}\/)?(?:js|dist)\/[^/]*$/;

export const ROOT = here.pathname.replace(STATIC, "");
export const ROOT_URL = `${here.origin}${ROOT}`;
