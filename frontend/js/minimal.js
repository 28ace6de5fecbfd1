// The minimal page works without JavaScript; this only adds Ctrl/⌘+Enter to draw.
const form = document.querySelector(".editor form");
const source = form?.querySelector("textarea[name=source]");

if (form && source) {
  source.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.querySelector(".hint")?.removeAttribute("hidden");
}
