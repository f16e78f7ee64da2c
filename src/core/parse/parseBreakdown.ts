/**
 * Text of a responsibility breakdown → `{ document, tasks, issues }`, as a pipeline of stages: the lines as the
 * outline reads them (prepare.ts, over text/lines.ts) → kinds of line (classify.ts) → the outline, the only
 * stateful stage (body.ts drives outline.ts; tables through table.ts and outlineTable.ts) → tasks with ids and
 * resolved roles, checked against the generic readers, with the notice's own information (assemble.ts over
 * tasks.ts, ids.ts, fallback/, headerInfo.ts). Every word the stages know is in vocabulary.ts. Linear in the
 * length of the text.
 */

import type { ParseIssue, ParsedDocument } from "../types";
import { decodeBytes, type Decoded } from "../text/decode";
import { restoreStrings, restoreTask, simplify } from "../text/script";
import { prepareLines } from "./prepare";
import { readBody } from "./body";
import { assemble } from "./assemble";
import { emptyDocument } from "./emptyDocument";
import { unreadLongLines } from "./longLines";

// Kept here too for the code that imports it from the parser.
export { emptyDocument };

/**
 * Parses the text of a breakdown document.
 * @example parseBreakdown("一、王某市长牵头重点工作\n1.推进城东改造。\n责任单位:建设局、发改局").tasks[0]
 *   → { id: "1.1", leader: "王某", leaderTitle: "市长", leads: ["建设局"], coUnits: ["发改局"], … }
 */
export function parseBreakdown(text: string, options: { encoding?: string } = {}): ParsedDocument {
  // A Traditional-script copy is read in simplified characters and given back in its own (text/script.ts).
  const script = simplify(text);
  const parsed = parseSimplified(script.text, options);
  if (script.text === text) return parsed;
  return {
    ...restoreStrings(parsed, script.restore),
    tasks: parsed.tasks.map((t) => restoreTask(t, script)),
  };
}

/** Parses a text whose Traditional characters are already simplified: the stages, one after another. */
function parseSimplified(text: string, options: { encoding?: string }): ParsedDocument {
  const lines = prepareLines(text);
  // A very long line no stage read is said, never dropped without a word.
  return unreadLongLines(text, assemble(lines, readBody(lines), options.encoding));
}

/**
 * Parses a file's bytes: detects the encoding (UTF-8, UTF-16 with BOM, GBK/GB18030), then parses.
 * An encoding inferred from the bytes is reported as an `encoding-guessed` finding.
 */
export function parseBytes(bytes: Uint8Array): ParsedDocument {
  const decoded = decodeBytes(bytes);
  if (decoded.unreadable) {
    // No encoding read the bytes as text: none is claimed ("" rather than the last one tried).
    return emptyDocument("", [
      { code: "encoding-unreadable", severity: "error", line: null, params: { tried: decoded.encoding } },
    ]);
  }
  const parsed = parseBreakdown(decoded.text, { encoding: decoded.encoding });
  const read = encodingIssues(decoded);
  return read.length === 0 ? parsed : { ...parsed, issues: [...read, ...parsed.issues] };
}

/** Findings about how the bytes were read: a guessed encoding, and each line with bytes it could not read. */
function encodingIssues(decoded: Decoded): ParseIssue[] {
  const out: ParseIssue[] = [];
  if (decoded.guessed)
    out.push({
      code: "encoding-guessed",
      severity: "info",
      line: null,
      params: { encoding: decoded.encoding },
    });
  const shown = decoded.badLines.slice(0, 20);
  shown.forEach((line, i) => {
    const more = i === shown.length - 1 ? decoded.badLines.length - shown.length : 0;
    out.push({
      code: "encoding-bad-bytes",
      severity: "warning",
      line,
      params: { encoding: decoded.encoding, more },
    });
  });
  return out;
}
