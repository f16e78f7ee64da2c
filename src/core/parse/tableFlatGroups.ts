/**
 * Tables flattened one cell per line whose rows are groups numbered 一, 二 (their lead and other cells merged
 * over the group) holding items numbered in their own task cell ((一)…, 1.…), each with the cells after it.
 */

import { alignCells } from "./tableFit";
import type { TableHeading, TableRow } from "./tableHeader";
import type { ColumnKind } from "./vocabulary";

/** A group row's 序号 in Chinese numerals, alone on its line. */
export const CN_SEQ = /^[一二三四五六七八九十]{1,3}$/;
/** The start of an item numbered in its task cell: (一)…, 1.…, 1、…. */
export const ITEM_START = /^([((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、．])\s*\S/;
/** An item numbered under a (一) item: 1.…. */
export const SUB_ITEM = /^\d{1,2}[.、．]/;

/** A group row being read: its number, then the lines of its merged cells until the first item. */
export interface OpenGroup {
  readonly line: number;
  readonly numeral: string;
  readonly parts: string[];
  cells: string[] | null;
}

/** Ends a group's merged cells at its first item: they are fitted to the columns before the task's. */
export function closeGroup(columns: readonly ColumnKind[], group: OpenGroup): { heading: TableHeading } {
  group.cells = alignCells(columns, group.parts);
  // Its number set off as a heading's (一、), so that the items under it are numbered under it.
  return { heading: { line: group.line, text: `${group.numeral}、${group.parts.join(" ")}` } };
}

/** An item's row: the group's merged cells (reported as taken from above), then its own. */
export function itemRow(
  columns: readonly ColumnKind[],
  taskAt: number,
  group: OpenGroup | null,
  item: { line: number; parts: readonly string[] },
): { row: TableRow } {
  const merged = group?.cells ?? new Array<string>(taskAt).fill("");
  const own = alignCells(columns.slice(taskAt), item.parts);
  const cells = [...merged, ...own].map((text, k) => ({ kind: columns[k] as ColumnKind, text }));
  // Reported: the merged lead or leader (a count cell beside it says nothing about the item).
  const fromAbove = columns
    .slice(0, taskAt)
    .filter((kind, k) => merged[k] !== "" && ["leader", "lead", "co", "units"].includes(kind));
  return { row: { line: item.line, seq: null, cells, ...(fromAbove.length > 0 ? { fromAbove } : {}) } };
}
