// Text that came from Plivo (or any answer the network gave) ends up in log lines and annotations. A line break
// in it would start a new line, and a line starting with `::` is a workflow command (`::error`, `::add-mask`,
// `::stop-commands`), so control characters (and the Unicode line separators) are removed before printing.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/** `value` without control characters: it can never start a second line. */
export function plainText(value: string): string {
  return value.replace(CONTROL, '');
}

/** `value` for an HTML context (the job summary is rendered as GitHub-flavoured Markdown with HTML). */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}
