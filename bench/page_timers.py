"""The JavaScript bench/browser.py runs inside the page: each measurement is taken on the
page's own clock (`performance.now()`, the paint timing API, Resource Timing), so Playwright's
round trips are never part of a number.
"""

# `window.__edit` resolves with the ms from the next `keydown` to the first frame showing
# `text` on the output wire. Set up before the key is pressed; the listener is the window's,
# capturing, so it runs before any editor's own.
TIME_EDIT = """([id, text]) => { window.__edit = new Promise((resolve) => {
  let t0 = null;
  addEventListener("keydown", () => { t0 ??= performance.now(); }, {capture: true, once: true});
  const norm = (t) => t.replace(/\\u2212/g, "-").trim();
  const frame = () => {
    const el = document.querySelector(`#circuit svg.cgviz text.value[data-node="${id}"]`);
    if (t0 !== null && el && !el.classList.contains("pending") && norm(el.textContent) === text) {
      setTimeout(() => {  // the end of this frame: after its style, layout and paint
        const painted = performance.now();
        const fetch = performance.getEntriesByType("resource")
          .filter((e) => e.name.includes("/api/graph") && e.startTime >= t0).pop();
        resolve({total: painted - t0, wait: fetch ? fetch.startTime - t0 : NaN,
                 fetch: fetch ? fetch.responseEnd - fetch.startTime : NaN,
                 draw: fetch ? painted - fetch.responseEnd : NaN});
      });
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}); }"""

SHOWS = """([id, text]) => {
  const el = document.querySelector(`#circuit svg.cgviz text.value[data-node="${id}"]`);
  return el && !el.classList.contains("pending")
    && el.textContent.replace(/\u2212/g, "-").trim() === text;
}"""

# Installed before the page's own scripts: when the server's whole picture was first painted
# (the paint timing API's first contentful paint, which is when that frame was presented, if
# the picture was parsed by then; else the start of the next frame), then the end of the first
# frame after the app has drawn (stage.js's `cgviz:drawn` mark). A task queued from a frame's
# callback runs after that frame's style, layout and paint, but while the page is parsed it
# also waits for the parser, so it is not used for the first render.
FIRST_RENDER = """(() => {
  let seen, next, fcp;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const frame = (now) => {
    // the whole circuit box parsed: the server's picture as the first view shows it (a big
    // circuit's far tiles are drawn later, so the output's own number may not be there)
    const box = document.querySelector("#circuit");
    if (seen === undefined) {
      if (box?.querySelector("svg.cgviz") && box.nextElementSibling) seen = now;
    } else next ??= now;
    if (performance.getEntriesByName("cgviz:drawn").length) {
      setTimeout(() => { window.__interactive = performance.now(); });
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__firstRender = () => (fcp !== undefined && fcp >= seen ? fcp : next);
})()"""

# A whole program pasted over the editor's (set up before Ctrl+V is pressed): `window.__paste`
# resolves with the ms from the paste's `keydown` to the end of the first frame showing the new
# circuit: the picture has its size and its first input's number (in the first view; a big
# circuit's far tiles, the output's among them, are drawn when the view reaches them).
TIME_PASTE = """([first, width, height]) => { window.__paste = new Promise((resolve) => {
  let t0 = null;
  addEventListener("keydown", () => { t0 ??= performance.now(); }, {capture: true, once: true});
  const frame = () => {
    const svg = document.querySelector("#circuit svg.cgviz");
    const [, , w, h] = (svg?.getAttribute("viewBox") ?? "").split(" ").map(Number);
    const el = svg?.querySelector(`text.value[data-node="${first}"]`);
    if (t0 !== null && Math.abs(w - width) < 0.01 && Math.abs(h - height) < 0.01 && el
        && !el.classList.contains("pending")) {
      setTimeout(() => resolve(performance.now() - t0));
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}); }"""

RECORD_FRAMES = """() => {
  window.__frames = [];
  window.__recording = true;
  let last = performance.now();
  const frame = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}"""

VIEW_STATE = """() => {
  const svg = document.querySelector("#circuit svg.cgviz");
  return [svg.getAttribute("viewBox"), ...[...svg.querySelectorAll("g")].slice(0, 3)
          .map((g) => g.getAttribute("transform")), svg.style.transform].join("|");
}"""


# The server's share of a first render: the `/api/graph` request if the circuit was pasted,
# else navigation start to the end of the document (which carries the graph).
SERVER_SHARE = """() => {
  const api = performance.getEntriesByType("resource")
    .filter((e) => e.name.includes("/api/graph")).pop();
  return api ? api.duration : performance.getEntriesByType("navigation")[0].responseEnd;
}"""
