/**
 * '|' rows broken inside a cell: a web table copied with a line break in a cell (`1 | 新建… | 市住建局` /
 * `市水务局 | 市财政局 | 年底前 |`). Under a header whose line ends in its bar, a row line that holds bars but does
 * not end in one, followed by a line that does, the two making up exactly one row's cells, is one row: the broken
 * cell's two parts joined (two units' names as a list).
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { isUnitLike } from "./unitLike";
import { rowCells } from "./tableHeader";

const ENDS_IN_BAR = /[|\uff5c]\s*$/;
const HAS_BAR = /[|\uff5c]/;

/**
 * The lines from `start` on with each row broken inside a cell joined onto its first line (the second left
 * blank, so that every line keeps its place), for a table of `width` columns whose header line is `header`.
 */
export function joinBrokenPipeRows(
  lines: readonly SourceLine[],
  start: number,
  width: number,
  header: string,
): readonly SourceLine[] {
  if (!ENDS_IN_BAR.test(header) || !HAS_BAR.test(header)) return lines;
  let out: SourceLine[] | null = null;
  for (let k = start; k + 1 < lines.length; k++) {
    const a = (out ?? lines)[k] as SourceLine;
    const b = lines[k + 1] as SourceLine;
    if (!HAS_BAR.test(a.text) || ENDS_IN_BAR.test(a.text) || !ENDS_IN_BAR.test(b.text)) continue;
    const left = rowCells(a.text);
    const right = rowCells(b.text);
    if (!left || !right || left.length + right.length - 1 !== width) continue;
    const units = isUnitLike(left[left.length - 1] ?? "") && isUnitLike(right[0] ?? "");
    const text = `${a.text.trimEnd()}${units ? "、" : ""}${b.text.trimStart()}`;
    out ??= [...lines];
    out[k] = { ...a, text, folded: fold(text), raw: text };
    out[k + 1] = { ...b, text: "", folded: "", raw: "" };
    k++;
  }
  return out ?? lines;
}
