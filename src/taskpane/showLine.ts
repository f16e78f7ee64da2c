/** Showing a line of the paste box: the finding's line selected and scrolled into view. */

/**
 * Where line `line` (1-based, as the parser numbers lines: \r\n, \n or a lone \r ends one) starts and ends in
 * `text`; null past the end.
 * @example lineRange("一、\n1.扩大投资。\n财政局", 2) → { start: 3, end: 10 }
 */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const lf = text.indexOf("\n", start);
    const cr = text.indexOf("\r", start);
    const next = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (next < 0) return null;
    start = next + (text[next] === "\r" && text[next + 1] === "\n" ? 2 : 1);
  }
  const ends = [text.indexOf("\n", start), text.indexOf("\r", start)].filter((i) => i >= 0);
  return { start, end: ends.length > 0 ? Math.min(...ends) : text.length };
}

/** Selects line `line` in the text box and scrolls it to the top of the box's view. */
export function showLine(box: HTMLTextAreaElement, line: number): void {
  const range = lineRange(box.value, line);
  if (!range) return;
  box.focus();
  box.setSelectionRange(range.start, range.end);
  const height = Number.parseFloat(getComputedStyle(box).lineHeight);
  // Wrapped lines make this approximate; the selection itself is exact.
  box.scrollTop = Number.isFinite(height) ? Math.max(0, (line - 2) * height) : box.scrollTop;
}
