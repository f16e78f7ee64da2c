/**
 * Rows of a one-cell-per-line table that hold several rows of the source (its 序号 and first cells merged
 * over them). Two ways: the row names a group (目标名称) in its first task column and lists numbered
 * sub-items ((1)(2) or 1. 2.), each followed by its own cells; or a row whose last cell is followed by a
 * further task line (开工建设老年大学。 / 12月底前), an unnumbered sub-row under the same number. Found here, and
 * read here into a heading and its sub-rows (subRowItems; tableFlat.ts asks).
 */

import { fold } from "../text/fold";
import { readNumbering } from "./numbering";
import { alignCells } from "./tableFit";
import type { TableHeading, TableRow } from "./tableHeader";
import { cellFit, isUnitColumn } from "./tableSpans";
import type { ColumnKind } from "./vocabulary";

/** One sub-row: its lines (as indexes into the row's parts) and whether it has its own number. */
export interface SubRows {
  /** Index of the group column in the row's columns, or -1 (unnumbered sub-rows). */
  readonly group: number;
  /** The group's text (the lines before the first sub-item), for numbered sub-items. */
  readonly groupText: string;
  /** Start index in the parts of each sub-row (the last runs to the end). */
  readonly starts: readonly number[];
}

const SUB_STYLES = new Set(["par", "ar", "arp", "circ"]);

/** True when a line opens a numbered sub-item with text after its number: (1)地区生产总值…, 1.地區…. */
const opensSubItem = (part: string): boolean => {
  const f = fold(part).trim();
  const n = readNumbering(f);
  return n !== null && SUB_STYLES.has(n.style) && n.length < f.length;
};

/** Splits a row's parts into sub-rows, or null when the row is one row. */
export function subRows(
  columns: readonly ColumnKind[],
  parts: readonly string[],
  numberedBefore: boolean,
): SubRows | null {
  return numberedSubRows(columns, parts, numberedBefore) ?? unnumberedSubRows(columns, parts);
}

/**
 * Numbered sub-items: when one of them has cells of its own, or a row above in the table had such. The
 * group name before them may be missing (a damaged row): then two sub-items at least.
 */
function numberedSubRows(
  columns: readonly ColumnKind[],
  parts: readonly string[],
  numberedBefore: boolean,
): SubRows | null {
  const taskAt = columns.flatMap((k, i) => (k === "task" ? [i] : []));
  if (taskAt.length < 2 || taskAt[0] !== 0) return null;
  const starts = parts.flatMap((p, i) => (opensSubItem(p) ? [i] : []));
  const first = starts[0];
  if (first === undefined || (first === 0 && starts.length < 2)) return null;
  // A sub-item has cells of its own (a unit or a leader) before the next one: rows, not points.
  const hasCells = (p: string): boolean =>
    !opensSubItem(p) && columns.some((k) => k !== "task" && k !== "seq" && cellFit(k, p) >= 2);
  // Cells between two sub-items: one unit line after the last alone may be the units of their task (F8).
  const last = starts[starts.length - 1] as number;
  const own = parts.slice(first + 1, last).some(hasCells);
  if (!own && !numberedBefore) return null;
  return { group: 0, groupText: parts.slice(0, first).join(""), starts };
}

function unnumberedSubRows(columns: readonly ColumnKind[], parts: readonly string[]): SubRows | null {
  const last = columns[columns.length - 1] as ColumnKind;
  if (columns[0] !== "task" || last === "task" || columns.length < 3) return null;
  const starts = [0];
  for (let j = 2; j < parts.length; j++) {
    const closes = cellFit(last, parts[j - 1] as string) >= 2;
    const task = cellFit("task", parts[j] as string) >= 2 && cellFit(last, parts[j] as string) < 0;
    // Only after a whole row: a line for each column.
    if (closes && task && j - (starts[starts.length - 1] as number) >= columns.length) starts.push(j);
  }
  return starts.length > 1 ? { group: -1, groupText: "", starts } : null;
}

type Item = { row: TableRow } | { heading: TableHeading };

/**
 * A row holding several rows of the source: a heading (its 序号 and group name) and its sub-rows, each
 * fitted to the columns left. Unnumbered sub-rows share the merged units and leader of the first (reported).
 */
export function subRowItems(
  columns: readonly ColumnKind[],
  row: { line: number; seq: string | null; parts: readonly string[]; lines: readonly number[] },
  split: SubRows,
): Item[] {
  const out: Item[] = [{ heading: { line: row.line, text: split.groupText, seq: row.seq ?? undefined } }];
  const cols = columns.filter((_, k) => k !== split.group);
  let first: string[] | null = null;
  split.starts.forEach((start, k) => {
    const cells = alignCells(cols, row.parts.slice(start, split.starts[k + 1] ?? row.parts.length));
    const fromAbove: ColumnKind[] = [];
    cols.forEach((kind, c) => {
      const above = first?.[c] ?? "";
      if (split.group >= 0 || cells[c] !== "" || above === "" || !(isUnitColumn(kind) || kind === "leader"))
        return;
      cells[c] = above;
      fromAbove.push(kind);
    });
    first ??= cells;
    out.push({
      row: {
        line: row.lines[start] ?? row.line,
        seq: null,
        cells: cols.map((kind, c) => ({ kind, text: cells[c] ?? "" })),
        sub: true,
        ...(fromAbove.length > 0 ? { fromAbove } : {}),
      },
    });
  });
  return out;
}
