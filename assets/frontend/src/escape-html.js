// Stands in for `sanitize-html` (with its parser and postcss, a quarter of the script): the widget
// manager asks it only for a description a widget allows HTML in (`description_allow_html`),
// which no lesson sets. Any such markup is shown as text, never run.
export default function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
