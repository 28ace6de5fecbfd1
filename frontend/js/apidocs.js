/**
 * The interactive API docs at /docs: Swagger UI (frontend/vendor/swagger-ui, loaded by the page
 * as a classic script before this module runs) on the app's own OpenAPI schema.
 * @module apidocs
 */

const root = document.getElementById("swagger-ui");
// @ts-ignore: the vendored bundle defines SwaggerUIBundle on window
window.SwaggerUIBundle({ url: root.dataset.openapi, domNode: root, deepLinking: true });
