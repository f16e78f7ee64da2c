/** Every table of the document read generically: find a header, read its rows, make tasks of them. */

import type { SourceLine } from "../../text/lines";
import { findHeader } from "./header";
import { readRows, type Row } from "./rows";
import type { Roles } from "../roles";
import { rowTask, type RowTask } from "./rowTask";

/** Tasks of one table, with the line of its header and the last line read into its rows. */
export interface TableRead {
  readonly headerLine: number;
  readonly lastLine: number;
  readonly tasks: ReadonlyArray<RowTask & { readonly no: number | null }>;
}

/**
 * Reads every header-anchored table in the lines. Rows without a unit are not tasks (headings, notes,
 * a row cut before its units cell).
 */
export function readTablesGenerically(lines: readonly SourceLine[]): TableRead[] {
  const out: TableRead[] = [];
  const known = new Set<string>();
  for (let from = 0; from < lines.length;) {
    const header = findHeader(lines, from);
    if (!header) break;
    const { rows, end, lastLine } = readRows(lines, header, known);
    let above: Roles[] = [];
    // The text ends in the table's last row, short of the cells of the row before: a row cut by the page's end,
    // kept without units (the last stage says it is cut).
    const cutRow = endsText(lines, lastLine) && shortLast(rows) ? rows.at(-1) : undefined;
    const tasks = rows.flatMap((row) => {
      const { task, before } = rowTask(row, header.columns, known, above, row === cutRow);
      above = before;
      return task ? [{ ...task, no: row.no }] : [];
    });
    const headerLine = (lines[header.start] as SourceLine).no;
    if (tasks.length > 0) out.push({ headerLine, lastLine: lastLine ?? headerLine, tasks });
    from = Math.max(end, header.end);
  }
  return out;
}

/** True when no line with text comes after line number `no`. */
function endsText(lines: readonly SourceLine[], no: number | null): boolean {
  if (no === null) return false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as SourceLine;
    if (line.text.trim() !== "") return line.no <= no;
  }
  return false;
}

/** True when the last of several rows holds fewer cells than the row before it. */
function shortLast(rows: readonly Row[]): boolean {
  const last = rows.at(-1);
  const before = rows.at(-2);
  return !!last && !!before && last.cells.length < before.cells.length;
}
