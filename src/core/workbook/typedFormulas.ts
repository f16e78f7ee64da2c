/**
 * Formulas a clerk typed in 进展记录, 单位名录 and 量化指标's 实际值, written anew by `update` and `regenerate`: the
 * rule of keptFormulas.ts for 任务台账, applied to the other typed tables. Each such row is written again from
 * what it held, so the plan first holds the formula's value; the formula comes back (with that value) when every
 * cell it refers to holds the same thing at the same place in the new file — a cell of one of the typed tables
 * (任务台账 too) whose row and column stand where they stood, a sheet of the clerk's own, a table by name — and
 * the cell reads as it did. Otherwise the value stays and a note names the cell.
 */

import { cellText } from "../text/cellText";
import { dateToSerial } from "../plan/settings";
import { a1 } from "../plan/formulas";
import type { CellValue, PlanNote, SheetPlan, WorkbookPlan } from "../plan/types";
import type { LedgerTable, LedgerValue } from "../types";
import type { LedgerTask } from "../ledger/types";
import { TABLES } from "../ledger/types";
import type { ProgressRow } from "../year/progress";
import type { Target } from "../targets/targetTypes";
import { LIGHT_COLUMN } from "../cycle/lights";
import { LATEST_COLUMN } from "../year/targetsSheet";
import { formulaRefs } from "./keptFormulas";

/** The typed tables as read back (null or absent when not there). */
export interface TypedTables {
  readonly tasks?: LedgerTable | null;
  readonly progress?: LedgerTable | null;
  readonly units?: LedgerTable | null;
  readonly targets?: LedgerTable | null;
}

/** The rows the new plan writes, in order, each with the row it was read from (`row`, absent when new). */
export interface TypedRows {
  readonly tasks: readonly LedgerTask[];
  readonly progress: readonly ProgressRow[];
  readonly targets: readonly Target[];
}

/** A table read back and where its header row, rows and columns stand in the new plan. */
export interface Place {
  readonly table: LedgerTable;
  readonly oldSheet: string;
  readonly newSheet: string;
  readonly rowMap: ReadonlyMap<number, number>;
  readonly colMap: ReadonlyMap<number, number>;
  readonly columns: readonly string[];
}

/** The sheet of the plan holding table `name`, with the table. */
function planned(plan: WorkbookPlan, name: string) {
  for (const sheet of plan.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (table) return { sheet, table };
  }
  return null;
}

/**
 * Where table `old` stands in the plan as table `name`: `newIndex` gives the body row (0-based) the old body
 * row `i` is written to, or undefined when it is not.
 */
function placeOf(
  plan: WorkbookPlan,
  name: string,
  old: LedgerTable | null | undefined,
  newIndex: (i: number) => number | undefined,
): Place | null {
  const found = planned(plan, name);
  if (!old || !found) return null;
  const { sheet, table } = found;
  const rowMap = new Map<number, number>([[old.top, table.range.row]]);
  old.rows.forEach((_, i) => {
    const j = newIndex(i);
    if (j !== undefined) rowMap.set(old.top + 1 + i, table.range.row + 1 + j);
  });
  const colMap = new Map<number, number>();
  old.header.forEach((h, k) => {
    const at = table.columns.indexOf(String(h).trim());
    if (at >= 0) colMap.set(old.left + k, table.range.col + at);
  });
  return { table: old, oldSheet: old.sheet, newSheet: sheet.name, rowMap, colMap, columns: table.columns };
}

/** The body row each old row is written to, from the new rows' `row`. */
function byRow(rows: ReadonlyArray<{ readonly row?: number }>): (i: number) => number | undefined {
  const at = new Map<number, number>();
  rows.forEach((r, j) => {
    if (r.row !== undefined && !at.has(r.row)) at.set(r.row, j);
  });
  return (i) => at.get(i);
}

/** The value a plan writes at a cell (undefined when no block writes it). */
function valueAt(sheet: SheetPlan, row: number, col: number): CellValue | undefined {
  for (const b of sheet.blocks) {
    if (b.kind !== "values") continue;
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The text a cell shows, for "the cell reads as it did". */
function shown(v: CellValue | LedgerValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "formula" in v) return "result" in v ? shown(v.result) : "";
  if (typeof v === "object" && "date" in v) return v.date;
  return cellText(v).trim();
}

/**
 * Where each typed table read back stands in the plan (its header row, rows and columns, old → new): 任务台账's
 * rows by task, 进展记录's and 量化指标's by the row each was read from, 单位名录's by unit name.
 */
export function typedPlaces(
  plan: WorkbookPlan,
  typed: TypedTables,
  rows: TypedRows,
): {
  readonly tasks: Place | null;
  readonly progress: Place | null;
  readonly units: Place | null;
  readonly targets: Place | null;
} {
  // A task's `row` is its sheet row; the Progress and Targets rows' are their table rows.
  const top = typed.tasks?.top ?? 0;
  const tasks = placeOf(
    plan,
    TABLES.tasks,
    typed.tasks,
    byRow(rows.tasks.map((t) => (t.row === undefined ? {} : { row: t.row - top - 1 }))),
  );
  // 单位名录 is written in the registry's order: a unit's row is found by its name.
  const unitsFound = planned(plan, TABLES.units);
  const units = placeOf(plan, TABLES.units, typed.units, (i) => {
    const old = typed.units;
    if (!old || !unitsFound) return undefined;
    const name = shown(old.rows[i]?.[old.header.findIndex((h) => String(h).trim() === "单位")]);
    const { sheet, table } = unitsFound;
    const col = table.range.col + table.columns.indexOf("单位");
    for (let j = 0; j < table.range.rows - 1; j++)
      if (name !== "" && shown(valueAt(sheet, table.range.row + 1 + j, col)) === name) return j;
    return undefined;
  });
  return {
    tasks,
    progress: placeOf(plan, TABLES.progress, typed.progress, byRow(rows.progress)),
    units,
    targets: placeOf(plan, TABLES.targets, typed.targets, byRow(rows.targets)),
  };
}

/**
 * The plan with each formula typed in 进展记录, 单位名录 and 量化指标 kept where it stays, and a note for each
 * written as its value (named where it now stands, or where it was read when its row is not written).
 */
export function keepTypedFormulas(
  plan: WorkbookPlan,
  typed: TypedTables,
  rows: TypedRows,
): { plan: WorkbookPlan; notes: PlanNote[] } {
  const at = typedPlaces(plan, typed, rows);
  const tasksPlace = at.tasks;
  const carriedPlaces: Array<[Place | null, (header: string) => boolean]> = [
    [at.progress, () => true],
    [at.units, () => true],
    // 最新实际值 and 亮灯 are the sheet's own formulas, made anew.
    [at.targets, (h) => h !== LATEST_COLUMN && h !== LIGHT_COLUMN],
  ];
  const places = [tasksPlace, ...carriedPlaces.map(([p]) => p)].filter((p): p is Place => p !== null);
  const sheetNames = new Set(plan.sheets.map((s) => s.name));
  const tableNames = new Set(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)));

  const same = (map: ReadonlyMap<number, number>, [from, to]: readonly [number, number]): boolean => {
    for (let x = from; x <= to; x++) if (map.get(x) !== x) return false;
    return true;
  };
  const span = (map: ReadonlyMap<number, number>): [number, number] => {
    const keys = [...map.keys()];
    return [Math.min(...keys), Math.max(...keys)];
  };
  /** Whether every reference of `formula`, typed on `own` (old name → new name), names what it named. */
  const stays = (formula: string, own: Place): boolean => {
    const refs = formulaRefs(formula);
    if (!refs || refs.tables.some((t) => !tableNames.has(t))) return false;
    return refs.areas.every((a) => {
      const sheet = a.sheet ?? own.oldSheet;
      const here = places.filter(
        (p) => p.oldSheet === sheet && p.newSheet === (a.sheet === null ? own.newSheet : sheet),
      );
      if (here.length === 0)
        return !places.some((p) => p.oldSheet === sheet) && !sheetNames.has(sheet) && a.sheet !== null;
      return here.some(
        (p) => same(p.rowMap, a.rows ?? span(p.rowMap)) && same(p.colMap, a.cols ?? span(p.colMap)),
      );
    });
  };

  const notes: PlanNote[] = [];
  const put = new Map<string, Map<string, CellValue>>();
  for (const [place, carried] of carriedPlaces) {
    if (!place) continue;
    const t = place.table;
    (t.sources ?? []).forEach((row, i) => {
      for (const [k, source] of Object.entries(row ?? {})) {
        const col = Number(k);
        const header = String(t.header[col] ?? "").trim();
        if (source.formula === undefined || !carried(header) || !place.columns.includes(header)) continue;
        const value = t.rows[i]?.[col];
        const newRow = place.rowMap.get(t.top + 1 + i);
        const newCol = place.colMap.get(t.left + col);
        const sheet = plan.sheets.find((s) => s.name === place.newSheet) as SheetPlan;
        const now = newRow === undefined || newCol === undefined ? undefined : valueAt(sheet, newRow, newCol);
        if (
          newRow === undefined ||
          newCol === undefined ||
          now === undefined ||
          shown(now) !== shown(value)
        ) {
          notes.push({
            code: "formula-as-value",
            params: {
              cell: `${t.sheet}!${a1(t.top + 1 + i, t.left + col)}`,
              formula: source.formula,
              value: shown(value),
              why: "rewritten",
            },
          });
          continue;
        }
        if (!stays(source.formula, place)) {
          notes.push({
            code: "formula-as-value",
            params: {
              cell: `${sheet.name}!${a1(newRow, newCol)}`,
              formula: source.formula,
              value: shown(now),
            },
          });
          continue;
        }
        const result =
          now === null
            ? ""
            : typeof now === "object"
              ? "date" in now
                ? dateToSerial(now.date)
                : now.result
              : now;
        const cells = put.get(sheet.name) ?? new Map<string, CellValue>();
        cells.set(`${newRow},${newCol}`, { formula: source.formula, result });
        put.set(sheet.name, cells);
      }
    });
  }
  if (put.size === 0) return { plan, notes };
  const sheets = plan.sheets.map((s) => {
    const cells = put.get(s.name);
    if (!cells) return s;
    const blocks = s.blocks.map((b) =>
      b.kind !== "values"
        ? b
        : {
            ...b,
            values: b.values.map((line, i) =>
              line.map((v, k) => cells.get(`${b.row + i},${b.col + k}`) ?? v),
            ),
          },
    );
    return { ...s, blocks };
  });
  return { plan: { ...plan, sheets }, notes };
}
