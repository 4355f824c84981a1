/** Escaping for the HTML report: element text, attribute values, and JSON embedded in a `<script>` block. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or a quoted attribute value. NUL and the other C0 controls but tab and line breaks are not allowed in HTML
 * text; they become U+FFFD (one code unit, so nothing shifts).
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<` is written `\u003c`, so neither `</script>` nor
 * `<!--` can end or change the block; U+2028/2029 are escaped too, so the text is also a valid JS string literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A value for a single-quoted attribute (`data-k='…'`): inside a document body, which itself waits in a
 * double-quoted attribute, where each `"` would cost `&quot;`.
 */
export function escapeAttr1(s: string): string {
  return escapeHtml(s).replace(/&quot;/g, '"');
}

/**
 * HTML kept in a double-quoted attribute until the script puts it in the page: `&` and `"` are all a double-quoted
 * value must escape (`<` is plain text there), and reading the attribute undoes exactly this one level.
 */
export function bodyAttr(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
