/**
 * Rows under a 序号 merged over several rows of the source (an Excel, Word or web table): a file gives the number
 * once and leaves it empty below (a .csv, where the merge is lost), or gives it again in every row it covers (an
 * .xlsx, a PDF, a Word table: the merge filled in). A clerk reads a merged value down to the next value: the rows
 * are the sub-rows of one number (5.1, 5.2 — as a copy of the page's table, one cell per line, reads them), and
 * share its units where their own units cells are empty (a merged units cell) or repeat them. A row whose number
 * is empty under a task whose words stop mid-sentence (no 。 or ;) carries more of those words instead.
 */

import { fold } from "../text/fold";
import { readNumbering } from "./numbering";
import type { TableHeading, TableRow } from "./tableHeader";
import { isUnitColumn } from "./tableSpans";

type Item = { row: TableRow } | { heading: TableHeading };

const SENTENCE_END = /[。;；!！?？]\s*$/;

const taskOf = (row: TableRow): string => row.cells.find((c) => c.kind === "task")?.text ?? "";

/** True when `row` is under `head`'s merged 序号 and units: its number empty or the same, its units empty or the same. */
function underMerge(head: TableRow, row: TableRow): boolean {
  if (row.sub || row.absent || (row.seq !== null && fold(row.seq).trim() !== fold(head.seq ?? "").trim()))
    return false;
  const task = taskOf(row).trim();
  if (task === "" || (row.seq === null && readNumbering(fold(task)) !== null)) return false;
  return row.cells.every((c, k) => {
    if (!isUnitColumn(c.kind)) return true;
    return c.text.trim() === "" || c.text.trim() === (head.cells[k]?.text ?? "").trim();
  });
}

/**
 * The table's items with each numbered row that has units and rows under its merged cells made a heading (its
 * 序号) over sub-rows; `plain` holds rows that are a line of text alone (never under a merge).
 */
export function mergedRows(items: readonly Item[], plain: ReadonlySet<TableRow>): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const head = "row" in item ? item.row : null;
    const hasUnits = head?.cells.some((c) => isUnitColumn(c.kind) && c.text.trim() !== "") ?? false;
    if (!head || head.seq === null || head.sub || plain.has(head) || !hasUnits) {
      out.push(item);
      continue;
    }
    const below: TableRow[] = [];
    for (let k = i + 1; k < items.length; k++) {
      const next = items[k] as Item;
      if (!("row" in next) || plain.has(next.row) || !underMerge(head, next.row)) break;
      below.push(next.row);
    }
    if (below.length === 0) {
      out.push(item);
      continue;
    }
    i += below.length;
    // More words of the task above (its sentence not ended, nothing else in the row): one row.
    const rows: TableRow[] = [head];
    for (const row of below) {
      const last = rows[rows.length - 1] as TableRow;
      const onlyTask = row.cells.every(
        (c) => c.kind === "task" || isUnitColumn(c.kind) || c.text.trim() === "",
      );
      if (row.seq === null && onlyTask && !SENTENCE_END.test(taskOf(last))) {
        const at = last.cells.findIndex((c) => c.kind === "task");
        rows[rows.length - 1] = {
          ...last,
          cells: last.cells.map((c, k) => (k === at ? { ...c, text: c.text + taskOf(row).trim() } : c)),
        };
      } else rows.push(row);
    }
    if (rows.length === 1) {
      out.push({ row: rows[0] as TableRow });
      continue;
    }
    out.push({ heading: { line: head.line, text: "", seq: head.seq } });
    for (const [n, row] of rows.entries()) {
      const fromAbove = new Set(row.fromAbove ?? []);
      const cells = row.cells.map((c, k) => {
        const above = head.cells[k]?.text ?? "";
        if (n === 0 || c.text.trim() !== "" || above.trim() === "") return c;
        if (!isUnitColumn(c.kind) && c.kind !== "leader") return c;
        fromAbove.add(c.kind);
        return { ...c, text: above };
      });
      out.push({
        row: {
          ...row,
          seq: null,
          cells,
          sub: true,
          ...(fromAbove.size > 0 ? { fromAbove: [...fromAbove] } : {}),
        },
      });
    }
  }
  return out;
}
