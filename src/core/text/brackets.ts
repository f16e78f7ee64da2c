/**
 * Brackets a copy left mismatched: one opened with one kind and closed with another, then closed again with its
 * own kind (`[市水务局牵头,…不再列出)]`, `(A牵头,B配合]）`). The extra closer is the writer's second try: the
 * first, wrong one is taken out, so that the bracket closes once, where it was meant to.
 */

// Brackets of both widths: the text is not folded yet.
const isOpener = (ch: string): boolean => "(\uff08[\u3010\u3014\u3008\u300a\u300c\u300e".includes(ch);
const isCloser = (ch: string): boolean => ")\uff09]\u3011\u3015\u3009\u300b\u300d\u300f".includes(ch);

/** Each opener's own closer, half and full width. */
const PARTNER: Readonly<Record<string, string>> = {
  "(": ")",
  "\uff08": "\uff09",
  "[": "]",
  "\u3010": "\u3011",
  "\u3014": "\u3015",
  "\u3008": "\u3009",
  "\u300a": "\u300b",
  "\u300c": "\u300d",
  "\u300e": "\u300f",
};

/** True when closer `c` is of the kind of opener `o` (half and full width round brackets are one kind). */
function closes(o: string, c: string): boolean {
  const own = PARTNER[o];
  if (own === c) return true;
  return (o === "(" || o === "\uff08") && (c === ")" || c === "\uff09");
}

/**
 * The text with each closer that closed a bracket of another kind taken out, when the next character (spaces
 * aside) closes that same bracket in its own kind and would otherwise close nothing. Other text is unchanged.
 * @example mendClosers("[市水务局牵头,各县(市)区政府负责落实)]") === "[市水务局牵头,各县(市)区政府负责落实]"
 */
export function mendClosers(text: string): string {
  if (
    !/[)\]\uff09\u3011\u3015\u3009\u300b\u300d\u300f]\s*[)\]\uff09\u3011\u3015\u3009\u300b\u300d\u300f]/.test(
      text,
    )
  )
    return text;
  const stack: string[] = [];
  const drop = new Set<number>();
  // The last closer that closed a bracket of another kind, and that bracket's opener.
  let wrong: { at: number; opener: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isOpener(ch)) {
      stack.push(ch);
      wrong = null;
    } else if (isCloser(ch)) {
      if (stack.length === 0) {
        if (wrong && closes(wrong.opener, ch)) drop.add(wrong.at);
        wrong = null;
        continue;
      }
      const opener = stack.pop() as string;
      wrong = closes(opener, ch) ? null : { at: i, opener };
    } else if (!/\s/.test(ch)) wrong = null;
  }
  if (drop.size === 0) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i] as string;
  return out;
}
