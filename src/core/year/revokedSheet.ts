/**
 * 已撤销: the tasks a revised document dropped, with everything they held — the row as it stood on 任务台账
 * (the clerk's columns too), their targets' actuals, and their progress history in a table beside it. Rows
 * set aside by earlier updates stay; nothing is deleted.
 */

import { TASK_COLUMNS, type LedgerTask } from "../ledger/types";
import { allocateWidths, cellOf, minimumWidth } from "../plan/columnWidths";
import { SheetDraft } from "../plan/draft";
import { columnPoints, printable, READABLE_SCALE } from "../plan/pageFit";
import type { CellValue, ColumnFormat, SheetPlan } from "../plan/types";
import type { LedgerTable } from "../types";
import { cnPunct, zh } from "../text/cnPunct";
import { RATE_COLUMN } from "../cycle/lights";
import { PROGRESS_COLUMNS } from "./progress";
import { progressCells } from "./progressSheet";
import { cellOfValue } from "./tableColumns";
import { keptCellOf } from "../ledger/keptCells";
import { cellText } from "../text/cellText";
import type { RevokedTask } from "./updateLedger";

/** The tables of 已撤销. */
export const REVOKED_TABLES = { tasks: "Revoked", progress: "RevokedProgress" } as const;
/** The sheet's name. */
export const REVOKED_SHEET = "已撤销";
/** The columns that say when and why a row was set aside. */
export const REVOKED_WHEN = "撤销日期";
export const REVOKED_WHY = "撤销依据";
/** The column holding the task's targets' 实际值, in words. */
export const REVOKED_ACTUALS = "量化指标实际值";

/**
 * 撤销依据: what tells one revision from another — the revised document's title, the date it bears and the file
 * it was read from, those known (two revisions of one document share the title; 撤销日期 holds the update's day).
 * @example revokedWhy({ title: "2020年重点工作责任分解", date: "2020年6月1日" }, "rev1.txt") === "2020年重点工作责任分解(2020年6月1日,文件 rev1.txt)" (full-width brackets and comma)
 */
export function revokedWhy(
  document: { readonly title: string | null; readonly date: string | null },
  file: string | null,
): string {
  const title = document.title?.trim() ?? "";
  const details = [document.date?.trim() ?? "", file ? zh`文件 ${file}` : ""].filter(Boolean);
  if (!title) return details.join("\uff0c");
  return details.length > 0 ? zh`${title}(${details.join("\uff0c")})` : title;
}

/** The earlier 已撤销 tables, as read back (null when the ledger has none). */
export interface RevokedTables {
  readonly tasks: LedgerTable | null;
  readonly progress: LedgerTable | null;
}

type Row = Record<string, CellValue>;

/**
 * The earlier 已撤销 without the rows that came back onto 任务台账 (0-based, below the header) and without blank
 * rows, their cells' sources with them.
 */
export function withoutRestored(
  earlier: RevokedTables,
  restored: { readonly tasks: readonly number[]; readonly progress: readonly number[] } | undefined,
): RevokedTables {
  const drop = (t: LedgerTable | null, rows: readonly number[]): LedgerTable | null => {
    if (!t) return t;
    // Blank rows go too: the one an emptied table is written with (a table has at least one row) among them.
    const gone = new Set(rows);
    t.rows.forEach((r, i) => {
      if (r.every((v) => cellText(v).trim() === "")) gone.add(i);
    });
    if (gone.size === 0) return t;
    const keep = (_: unknown, i: number) => !gone.has(i);
    return {
      ...t,
      rows: t.rows.filter(keep),
      ...(t.sources ? { sources: t.sources.filter(keep) } : {}),
    };
  };
  return {
    tasks: drop(earlier.tasks, restored?.tasks ?? []),
    progress: drop(earlier.progress, restored?.progress ?? []),
  };
}

/** Headers in order: the earlier table's first, then the new ones it lacks. */
function union(first: readonly string[], then: readonly string[]): string[] {
  const out = [...first];
  for (const h of then) if (!out.includes(h)) out.push(h);
  return out;
}

const rowsOf = (t: LedgerTable | null): Row[] =>
  t
    ? t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [String(h).trim(), cellOfValue(r[i])])))
    : [];

/**
 * The number formats of an earlier table's cells (0% on 0.5, a date's), as read back, where `header` now puts
 * their columns: body rows from 1, columns from `left`.
 */
function earlierFormats(t: LedgerTable | null, header: readonly string[], left: number) {
  return (t?.sources ?? []).flatMap((row, i) =>
    Object.entries(row ?? {}).flatMap(([k, source]) => {
      const col = header.indexOf(String(t?.header[Number(k)] ?? "").trim());
      return source.numFmt && col >= 0 ? [{ row: 1 + i, col: left + col, numFmt: source.numFmt }] : [];
    }),
  );
}

/** A task's targets' actuals in words: 60亿元:2020-03=18;… */
function actualsText(r: RevokedTask): string {
  return r.targets
    .filter((t) => t.actuals && Object.keys(t.actuals).length > 0)
    .map(
      (t) =>
        `${t.phrase || `${t.value}${t.unit}`}:` +
        Object.entries(t.actuals ?? {})
          .map(([p, v]) => `${p}=${v}`)
          .join(","),
    )
    .join(";");
}

function taskRow(task: LedgerTask, when: string, why: string, actuals: string): Row {
  const row: Row = {
    [REVOKED_WHEN]: { date: when },
    [REVOKED_WHY]: why,
    ...Object.fromEntries(
      TASK_COLUMNS.map(([h, f]) => [h, f === "due" ? (task.due ? { date: task.due } : null) : task[f]]),
    ),
    [RATE_COLUMN]: task.rate ?? null,
    ...(task.extra ?? {}),
    [REVOKED_ACTUALS]: actuals,
  };
  // The cells as the clerk typed them (6月底前, "50%", a date, a formula: the plan writes its value here, saying so).
  for (const h of Object.keys(task.kept ?? {})) {
    const kept = keptCellOf(task, h);
    if (kept) row[h] = kept.value;
  }
  return row;
}

/** The text a cell shows, as wide as it prints: a date as yyyy-mm-dd. */
function shownText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? "0000-00-00" : String(v.result);
  return String(v);
}

/**
 * Widths of one of 已撤销's tables chosen from its text as 任务台账's are (columnWidths.ts): each column at least
 * its header and short words whole (a date whole), the rest of one A4 landscape page at the readable scale
 * given where it saves the most lines; each table prints apart (print.ts), so each fits a page wide. The
 * fixed widths (工作任务 40, the rest 12: 240 characters) printed both tables on one page at 2.7 points.
 */
function fittedWidths(header: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): number[] {
  const columns = header.map((h, c) => {
    const texts = rows.map((r) => shownText(r[c]));
    const dated = h === REVOKED_WHEN || h === "截止日期" || h === "报送日期";
    return { cells: [cellOf(h), ...texts.map(cellOf)], min: minimumWidth(h, texts, dated ? 11 : 1) };
  });
  return allocateWidths(columns, printable("landscape").width / READABLE_SCALE, columnPoints);
}

/**
 * The 已撤销 sheet: earlier rows kept, the newly dropped tasks added (dated `when`, with `why`, the revised
 * document's title). Returns null when there is nothing to show (no earlier rows, nothing dropped).
 */
export function revokedSheet(
  revoked: readonly RevokedTask[],
  earlier: RevokedTables,
  when: string,
  why: string,
  name = REVOKED_SHEET,
): SheetPlan | null {
  const oldTasks = rowsOf(earlier.tasks);
  // A ledger that had 已撤销 keeps it, even when every row there came back.
  if (revoked.length === 0 && !earlier.tasks) return null;
  const extras = [...new Set(revoked.flatMap((r) => Object.keys(r.task.extra ?? {})))];
  const taskHeader = union(earlier.tasks?.header.map((h) => String(h).trim()) ?? [], [
    REVOKED_WHEN,
    REVOKED_WHY,
    ...TASK_COLUMNS.map(([h]) => h),
    RATE_COLUMN,
    ...extras,
    REVOKED_ACTUALS,
  ]);
  const taskRows = [...oldTasks, ...revoked.map((r) => taskRow(r.task, when, why, actualsText(r)))].map((r) =>
    taskHeader.map((h) => r[h] ?? null),
  );
  // A number format the clerk gave a cell (0% on 0.5, a date's) goes with it, in the rows set aside before too.
  const cellFormats = [
    ...earlierFormats(earlier.tasks, taskHeader, 0),
    ...revoked.flatMap((r, i) =>
      taskHeader.flatMap((h, col) => {
        const numFmt = keptCellOf(r.task, h)?.numFmt;
        return numFmt ? [{ row: 1 + oldTasks.length + i, col, numFmt }] : [];
      }),
    ),
  ];

  const progress = revoked.flatMap((r) => r.progress);
  const progressExtras = [...new Set(progress.flatMap((p) => Object.keys(p.extra ?? {})))];
  const progressHeader = union(earlier.progress?.header.map((h) => String(h).trim()) ?? [], [
    REVOKED_WHEN,
    ...PROGRESS_COLUMNS,
    ...progressExtras,
  ]);
  const progressRows = [
    ...rowsOf(earlier.progress),
    ...progress.map((p): Row => ({
      [REVOKED_WHEN]: { date: when },
      ...Object.fromEntries(PROGRESS_COLUMNS.map((h, i) => [h, progressCells(p)[i] ?? null])),
      ...Object.fromEntries(Object.entries(p.extra ?? {}).map(([h, v]) => [h, cellOfValue(v)])),
    })),
  ].map((r) => progressHeader.map((h) => r[h] ?? null));

  const d = new SheetDraft(name, "revoked", "revoked", "#7F7F7F");
  const dated = (header: readonly string[]): ColumnFormat[] =>
    header.map((h) => (h === REVOKED_WHEN || h === "截止日期" || h === "报送日期" ? "date" : "text"));
  d.table({
    name: REVOKED_TABLES.tasks,
    row: 0,
    col: 0,
    header: taskHeader,
    rows: taskRows,
    formats: dated(taskHeader),
    wrap: true,
    style: "TableStyleLight1",
  });
  const right = taskHeader.length + 1;
  cellFormats.push(...earlierFormats(earlier.progress, progressHeader, right));
  d.table({
    name: REVOKED_TABLES.progress,
    row: 0,
    col: right,
    header: progressHeader,
    rows: progressRows,
    formats: dated(progressHeader),
    wrap: true,
    style: "TableStyleLight1",
  });
  d.blocks.push({
    kind: "values",
    row: 0,
    col: right + progressHeader.length + 1,
    values: [
      ["说明"],
      [cnPunct("修订后的文件不再有的任务移到这里,连同当时填写的全部内容(左表)和进展记录(右表);不会删除。")],
      [cnPunct("如某项任务其实仍在(只是改写较多),请把它的内容抄回任务台账的对应行。")],
    ],
    style: "note",
  });
  d.widths = [...fittedWidths(taskHeader, taskRows), 2, ...fittedWidths(progressHeader, progressRows), 2, 60];
  d.freeze = { rows: 1, cols: 0 };
  const sheet = d.done();
  return cellFormats.length > 0 ? { ...sheet, cellFormats } : sheet;
}
