/**
 * The program editor's place in the one-file export's bundle (bundle.mjs, "offline"): a file
 * with no server shows no editor, so CodeMirror is left out of it. Never called there; if it
 * were, it says why.
 * @module editorview-absent
 */

/** @returns {never} */
export function mountEditorView() {
  throw new Error("this file carries no program editor: editing needs the cgviz server");
}
