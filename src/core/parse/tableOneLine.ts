/**
 * A whole table flattened onto one line (a web page's table copied as one run, as key-project lists often come):
 * `…分解表 序号 工作任务 牵头单位 完成时限 1 推进… 市住建局 年底前 2 新建… 市教育局 9月底前`, cells set apart by spaces
 * or tabs. The header is found by its column names; the rows by their numbers, 1, 2, 3 … in sequence, each after a
 * row that named its units. Each becomes a line of its own, so the table reads as rows one a line (tab rows, or
 * the spaced rows reader for single spaces).
 */

import { fold } from "../text/fold";
import type { SourceLine } from "../text/lines";
import { nameColumn } from "./tableColumns";
import { columnKind, headerKinds } from "./tableHeader";
import { cellFit } from "./tableSpans";
import { EMPTY_CELL, MEASURE } from "./vocabulary";

/** Lines shorter than this are never a whole table. */
const MIN_LENGTH = 40;
/** The most cells a header may have. */
const MAX_COLUMNS = 12;
/** A row's number as its own cell: 1, 1., 1、. */
const ROW_NUMBER = /^(\d{1,3})[.、．]?$/;
/** A section row inside the table: 一、…. */
const SECTION = /^[一二三四五六七八九十]{1,3}、/;
/** A figure's measure right after a number (2 所, 3 个): the number is the row's words, not its 序号. */
const MEASURE_AFTER = new RegExp(`^${MEASURE}`);

/** Words that end a table: a label's colon, an attachment's or a copy list's mark. */
const TABLE_AFTER = /[:：]|^(附件|抄送|印发|主送|扫一扫|【打印】|打印本页|关闭窗口)/;

interface Token {
  readonly text: string;
  readonly at: number;
}

/**
 * The line cut into its text before the table, the header and one line per row (and section row), when it holds
 * a whole table; else the line as it is.
 * @example splitOneLineTable(line("序号 工作任务 牵头单位 1 新建学校。 市教育局 2 改造道路。 市交通局")).map((l) => l.text)
 *   → ["序号 工作任务 牵头单位", "1 新建学校。 市教育局", "2 改造道路。 市交通局"]
 */
export function splitOneLineTable(line: SourceLine): SourceLine[] {
  const f = line.folded;
  if (f.length < MIN_LENGTH) return [line];
  const tokens: Token[] = [];
  for (const m of f.matchAll(/\S+/g)) tokens.push({ text: m[0], at: m.index ?? 0 });
  for (let h = 0; h < tokens.length; h++) {
    // 序号 may be glued to the sentence before it (…请抓好落实。序号 工作任务 …).
    const seq = /(序号|编号)$/.exec((tokens[h] as Token).text);
    if (!seq) continue;
    const own = { text: seq[0], at: (tokens[h] as Token).at + seq.index };
    const cuts = tableCuts([...tokens.slice(0, h), own, ...tokens.slice(h + 1)], h);
    if (cuts) return cutAt(line, cuts);
  }
  return [line];
}

/** Where the line is cut for a header at token `h`: before the header, and before each row; null when no table. */
function tableCuts(tokens: readonly Token[], h: number): number[] | null {
  const names: string[] = [];
  let j = h;
  const rowStart = (t: Token): boolean => ROW_NUMBER.test(t.text) || SECTION.test(t.text);
  while (j < tokens.length && names.length < MAX_COLUMNS && !rowStart(tokens[j] as Token)) {
    names.push((tokens[j] as Token).text);
    j++;
  }
  const kinds = nameColumn(names.map(columnKind), names);
  // Every cell a column name (one unknown allowed among several), and the first row's number right after them.
  if (kinds.filter((k) => k === null).length > (names.length >= 5 ? 1 : 0)) return null;
  const columns = headerKinds(kinds);
  if (!columns || j >= tokens.length) return null;
  const after = columns.slice(columns.lastIndexOf("task") + 1);
  const cuts = [(tokens[h] as Token).at];
  let expect = 1;
  let named = false;
  let cells = 0;
  // After a section row (一、…) the next number starts a row.
  let section = false;
  for (let k = j; k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    const next = tokens[k + 1]?.text ?? "";
    const n = ROW_NUMBER.exec(text);
    // The next number starts a row once the row before named its units (or holds every column); never a
    // number followed by its measure (2 所).
    const rowDone = expect === 1 || section || named || cells >= columns.length - 1;
    if (n && Number(n[1]) === expect && rowDone && next !== "" && !MEASURE_AFTER.test(next)) {
      cuts.push((tokens[k] as Token).at);
      expect++;
      named = false;
      section = false;
      cells = 0;
      continue;
    }
    if (SECTION.test(text) && (expect === 1 || named)) {
      cuts.push((tokens[k] as Token).at);
      named = false;
      section = true;
      cells = 0;
      continue;
    }
    // After a row's units, a label (抄送:, 联系人:) or an attachment's mark: the document's text again.
    if (named && TABLE_AFTER.test(text)) {
      cuts.push((tokens[k] as Token).at);
      break;
    }
    // The first row's number right after the header (or its section rows), or no table.
    if (expect === 1 && !section) return null;
    cells++;
    named ||= after.some((kind) => cellFit(kind, text) >= 2) || EMPTY_CELL.test(fold(text));
  }
  // Two rows at least, the last with its units.
  return expect > 2 && named ? cuts : null;
}

/** The line cut at the given positions of its folded text (ascending), each piece trimmed. */
export function cutAt(line: SourceLine, cuts: readonly number[]): SourceLine[] {
  const out: SourceLine[] = [];
  const ends = [...cuts, line.text.length];
  let start = 0;
  for (const cut of ends) {
    const text = line.text.slice(start, cut).trim();
    if (text) out.push({ no: line.no, text, folded: fold(text), raw: text });
    start = cut;
  }
  return out;
}
