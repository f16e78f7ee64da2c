/**
 * A header written on one line, cells set apart by single spaces, that the copy wrapped onto the lines under it
 * (a web page or a PDF table copied as text): a name broken at the line's end (`… 投资计划(万元) 责任` / `单位`),
 * the header's last names on a line of their own (`月度进展情况(1-3月) 投资完成情况 备注`), and the second header
 * row of a spanning column, one short piece a line (`完成额度` / `(万元)` / `占比(%`). Read as the one line it was:
 * the broken name joined, the last names added, the spanning column's pieces read past.
 */

import type { SourceLine } from "../text/lines";
import { SECTION_ROW } from "./tableGroups";
import { columnKind, headerKinds } from "./tableColumnNames";
import { endsLikeUnit } from "./unitLike";

/** How many lines under the header's first are looked at for its wrapped pieces. */
const MAX_PIECES = 6;

/**
 * A line that can be a piece of a wrapped header: short, no sentence, no number opening a row, no section row,
 * no unit's name (a units cell of the first row; 单位 alone is the broken half of 责任单位).
 */
function headerPiece(text: string): boolean {
  return (
    text.length <= 40 &&
    !/[。;;,,::、|\uff5c\t]/.test(text) &&
    !/^\d/.test(text) &&
    !SECTION_ROW.test(text) &&
    !/^(合计|总计|小计)/.test(text) &&
    !(text.length > 2 && endsLikeUnit(text))
  );
}

/**
 * A piece of a spanning column's second header row: a figure's name (完成额度, 占比, 完成率), perhaps with its measure in
 * a bracket, or the measure alone ((万元), (%)) — never a category row's name (经济发展).
 */
const SUB_PIECE =
  /^(?:\p{Script=Han}{0,6}(?:额度|金额|额|占比|比例|比重|率|数|量|值)(?:[((][^\s()()]{1,6}[))]?)?|[((][^\s()()]{1,6}[))]?)$/u;

/** True when the last name of `text` and the first of `piece` are one column's name broken by the wrap. */
function broken(text: string, piece: string): boolean {
  const last = text.split(/\s+/).pop() as string;
  const head = piece.split(/\s+/)[0] as string;
  const half = columnKind(head);
  return columnKind(last + head) !== null && (columnKind(last) === null || half === null || half === "other");
}

/**
 * The header that starts at `lines[i]` (a line opening with 序号) as the one line it was before the copy wrapped
 * it, and the index of the first line after it; null when nothing under the line is part of it.
 * @example wrappedInlineHeader(["序号 工作任务 责任", "单位", "1 …"], 0) → { folded: "序号 工作任务 责任单位", next: 2 }
 */
export function wrappedInlineHeader(
  lines: readonly SourceLine[],
  i: number,
): { folded: string; next: number } | null {
  let text = (lines[i] as SourceLine).folded.trim();
  // A header of three names or more set apart by spaces (a '|' or tab header is another layout's).
  if (!/^(序号|编号)\s/.test(text) || text.split(/\s+/).length < 3 || /[|\uff5c\t]/.test(text)) return null;
  let j = i + 1;
  let pieces = 0;
  // The pieces until the header's names make a header: a name broken at the line's end is joined again (责任 /
  // 单位, also 牵头 / 单位 where 牵头 alone would name the column).
  for (; j < lines.length && pieces < MAX_PIECES; j++) {
    const piece = (lines[j] as SourceLine).folded.trim();
    if (piece === "") continue;
    if (found(text) && !(pieces === 0 && headerPiece(piece) && broken(text, piece))) break;
    if (!headerPiece(piece)) return null;
    text = broken(text, piece) ? text + piece : `${text} ${piece}`;
    pieces++;
  }
  if (!found(text)) return null;
  const wrapped = pieces > 0;
  // Then the header's last names on lines of their own, every word a column's name (only after a wrapped piece);
  // then the pieces of a spanning column's second row (完成额度 / (万元) / 占比(%), read past.
  let next = j;
  for (let k = j; k < lines.length && pieces < MAX_PIECES; k++) {
    const piece = (lines[k] as SourceLine).folded.trim();
    if (piece === "") continue;
    if (!headerPiece(piece)) break;
    const words = piece.split(/\s+/);
    if (wrapped && words.every((w) => columnKind(w) !== null)) text = `${text} ${piece}`;
    else if (!words.every((w) => SUB_PIECE.test(w))) break;
    pieces++;
    next = k + 1;
  }
  return pieces > 0 ? { folded: text, next } : null;
}

/** True when the words of a one-line header name a table's columns. */
function found(text: string): boolean {
  return headerKinds(text.split(/\s+/).map(columnKind)) !== null;
}
