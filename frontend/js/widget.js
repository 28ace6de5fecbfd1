// The notebook widget's module (anywidget; backend/cgviz/notebook.py): the one-file circuit
// the kernel wrote (backend/cgviz/web/offline.py) in a frame of its own, driven through the
// embed's postMessage protocol (docs/embed.md) and mirrored in the widget's model:
//
//   model "html"   → the frame's `srcdoc` (a new graph is a new file)
//   model "step"  ←→ {type: "cgviz:step", index} from the frame / {type: "cgviz:goto", index}
//   model "score"  ← {type: "cgviz:score", correct, total, answered, done} (quiz=…)
//   frame height   ← {type: "cgviz:resize", height}
//
// A frame, not the bundle mounted in the notebook's page: the embed finds its parts by id and
// styles `html` and `body`, so two circuits, or cgviz's rules and the notebook's, would
// collide (docs/frontend.md, "The bundle"). `srcdoc`, not a URL: no server, no network. The
// frame is sandboxed to scripts and forms (whose submission its own policy sends nowhere): the
// circuit never reaches the notebook's page, its cookies or its kernel. A module of its own that imports nothing: anywidget hands it over as one string.

/**
 * What anywidget's `render` is given of the model (its model API's part used here).
 * @typedef {object} Model
 * @property {(name: string) => any} get
 * @property {(name: string, value: any) => void} set
 * @property {(event: string, fn: () => void) => void} on
 * @property {(event: string, fn: () => void) => void} [off]
 * @property {() => void} save_changes
 */

/** Before the frame says how tall it is. */
const FIRST_HEIGHT = 360;

/**
 * @param {{model: Model, el: HTMLElement}} args
 * @returns {() => void}  undoes it (anywidget calls it when the view goes)
 */
function render({ model, el }) {
  const frame = document.createElement("iframe");
  frame.className = "cgviz-widget";
  frame.title = "cgviz";
  frame.setAttribute("sandbox", "allow-scripts allow-forms");  // the quiz's answer is a form
  frame.style.cssText = `display: block; width: 100%; border: 0; height: ${FIRST_HEIGHT}px`;

  let listening = false;  // the frame said cgviz:ready
  /** @type {number | null} */
  let shown = null;  // the step the frame last said it shows
  /** @param {object} message */
  const send = (message) => frame.contentWindow?.postMessage(message, "*");
  const goto = () => send({ type: "cgviz:goto", index: model.get("step") });

  /** @param {MessageEvent} event */
  const onMessage = (event) => {
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || typeof m !== "object") return;
    if (m.type === "cgviz:ready") {
      listening = true;
      goto();  // the model's step, which the kernel may have moved since it wrote the file
    } else if (m.type === "cgviz:resize" && Number.isFinite(m.height) && m.height > 0) {
      frame.style.height = `${m.height}px`;
    } else if (m.type === "cgviz:step" && Number.isInteger(m.index)) {
      shown = m.index;
      if (model.get("step") !== m.index) {
        model.set("step", m.index);
        model.save_changes();
      }
    } else if (m.type === "cgviz:score") {
      const { correct, total, answered, done } = m;
      model.set("score", { correct, total, answered, done });
      model.save_changes();
    }
  };
  const onStep = () => {
    if (listening && model.get("step") !== shown) goto();
  };
  const onHtml = () => {
    listening = false;
    shown = null;
    frame.srcdoc = model.get("html");
  };

  window.addEventListener("message", onMessage);
  model.on("change:step", onStep);
  model.on("change:html", onHtml);
  frame.srcdoc = model.get("html");
  el.replaceChildren(frame);
  return () => {
    window.removeEventListener("message", onMessage);
    model.off?.("change:step", onStep);
    model.off?.("change:html", onHtml);
  };
}

export default { render };
