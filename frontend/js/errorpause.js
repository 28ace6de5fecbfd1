// A new error found while typing waits for a pause (the main page's editor; docs/frontend.md,
// DOM contract: `#error[data-pending]` while one waits).
//
// Each key asks for a circuit at once, so mid-word (`f = q * `) the answer is often an error.
// A NEW error is therefore shown only once typing has paused for PAUSE_MS; a good circuit, and
// a change to an error already on screen, are shown at once. The page says which is which: it
// calls `hold(error)` for an error to wait with, `drop()` when none should wait any more, and
// `typed()` on every change of the program (the editor's onChange), which starts a running
// pause again.
//
//   const pause = createErrorPause(errorEl, (error) => showError(error));
//   pause.hold(error);  // shown by `show` once no key has come for PAUSE_MS
//   pause.typed();      // a key: the pause, if one runs, starts again
//   pause.drop();       // a good circuit, or an error shown at once: nothing waits

/** @import { ErrorDetail } from "./types/graph.js" */

export const PAUSE_MS = 400;

/**
 * @param {HTMLElement} errorEl  #error, which carries `data-pending` while an error waits
 * @param {(error: ErrorDetail) => void} show  shows an error that waited long enough
 * @returns {{hold: (error: ErrorDetail) => void, drop: () => void, typed: () => void}}
 */
export function createErrorPause(errorEl, show) {
  /** @type {ReturnType<typeof setTimeout> | 0} */
  let timer = 0;
  /** @type {ErrorDetail | null} */
  let pending = null;

  function wait() {
    clearTimeout(timer);
    errorEl.dataset.pending = "";  // an error waits (the tests look for it)
    timer = setTimeout(() => {
      const error = pending;
      drop();
      if (error) show(error);
    }, PAUSE_MS);
  }

  function drop() {
    clearTimeout(timer);
    timer = 0;
    pending = null;
    delete errorEl.dataset.pending;
  }

  /** @param {ErrorDetail} error */
  function hold(error) {
    pending = error;
    wait();
  }

  function typed() {
    if (timer) wait();  // still typing: the pause starts again
  }

  return { hold, drop, typed };
}
