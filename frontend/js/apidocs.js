/**
 * The interactive API docs at /docs: Swagger UI (frontend/vendor/swagger-ui, loaded by the page
 * as a classic script before this module runs) on the app's own OpenAPI schema.
 * @module apidocs
 */

// the page's mount point (apidocs.html.j2), and the function the vendored bundle puts on window
const root = /** @type {HTMLElement} */ (document.getElementById("swagger-ui"));
const page = /** @type {typeof window & {SwaggerUIBundle: (config: object) => unknown}} */ (window);
page.SwaggerUIBundle({ url: root.dataset.openapi, domNode: root, deepLinking: true });
