/**
 * Formulas a clerk typed on 任务台账, written anew by `update` and `regenerate`: the decision, made here once for
 * both (and for the standalone page), is to **keep the formula (with its value) unless it refers to cells that
 * move**. A formula's A1 references name places, not tasks: when the task rows are written in another order
 * (an update drops, adds or renumbers tasks), or the table now starts elsewhere, or a column stands at another
 * letter, or the reference points into a sheet the tool makes anew (任务分工, the unit sheets, 汇总), the same
 * text would compute from other cells — so such a formula is written as the value it last had, and a note names
 * its cell. References that move with what they name stay: a structured reference (Tasks[@完成状态],
 * Tasks[编号]), a defined name (UnitList), a sheet of the clerk's own (carried whole), and an A1 reference whose
 * every cell holds the same task's same column in the new file.
 */

import { a1 } from "../plan/formulas";
import type { CellValue, PlanNoteParams, SheetPlan, WorkbookPlan } from "../plan/types";
import type { LedgerTask } from "../ledger/types";

/** Where the Tasks table stood in the ledger read back: its sheet, header cell and header. */
export interface TasksOrigin {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly header: readonly string[];
}

/** A1 letters to a 0-based column. */
function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** What a formula refers to, once string literals and structured references are set aside. */
interface Area {
  /** The sheet named before "!", or null for the formula's own sheet. */
  readonly sheet: string | null;
  /** 0-based, inclusive; null for a whole column (rows) or a whole row (cols). */
  readonly rows: readonly [number, number] | null;
  readonly cols: readonly [number, number] | null;
}

const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d+)`;
const AREA = new RegExp(
  String.raw`(?<![\w.$\u0080-\uffff])(?:(?:'((?:[^']|'')+)'|([^\s!'"(),;:=+\-*/&^<>%{}\[\]]+))!)?` +
    String.raw`(?:${CELL}(?::${CELL})?|\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})|\$?(\d+):\$?(\d+))` +
    String.raw`(?![\w(\u0080-\uffff!])`,
  "g",
);

/**
 * The areas a formula refers to by A1 and by sheet, and the table names of its structured references; null
 * when it cannot be read with confidence (unbalanced brackets or quotes).
 */
export function formulaRefs(formula: string): { areas: Area[]; tables: string[] } | null {
  // String literals hold no references.
  const unquoted = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if ((unquoted.match(/"/g)?.length ?? 0) % 2 !== 0) return null;
  // Structured references (Tasks[@完成状态], [@备注], Tasks[[#This Row],[编号]]) name a table and columns.
  const tables: string[] = [];
  let plain = "";
  for (let i = 0; i < unquoted.length; i++) {
    if (unquoted[i] !== "[") {
      plain += unquoted[i];
      continue;
    }
    const name = /([A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*)$/.exec(plain)?.[1] ?? "";
    let depth = 0;
    let j = i;
    for (; j < unquoted.length; j++) {
      if (unquoted[j] === "[") depth++;
      else if (unquoted[j] === "]" && --depth === 0) break;
    }
    if (depth !== 0) return null;
    // [1]Sheet!A1 (another workbook) is no table: what follows is read as a reference of its own.
    if (name !== "") {
      tables.push(name);
      plain = plain.slice(0, plain.length - name.length) + "0";
    }
    i = j;
  }
  const areas: Area[] = [];
  for (const m of plain.matchAll(AREA)) {
    const [, quoted, bare, c1, r1, c2, r2, wc1, wc2, wr1, wr2] = m;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? null);
    if (c1 !== undefined && r1 !== undefined) {
      const a = [column(c1), Number(r1) - 1];
      const b = c2 !== undefined && r2 !== undefined ? [column(c2), Number(r2) - 1] : a;
      areas.push({
        sheet,
        cols: [Math.min(a[0]!, b[0]!), Math.max(a[0]!, b[0]!)],
        rows: [Math.min(a[1]!, b[1]!), Math.max(a[1]!, b[1]!)],
      });
    } else if (wc1 !== undefined && wc2 !== undefined) {
      const [x, y] = [column(wc1), column(wc2)];
      areas.push({ sheet, cols: [Math.min(x, y), Math.max(x, y)], rows: null });
    } else if (wr1 !== undefined && wr2 !== undefined) {
      const [x, y] = [Number(wr1) - 1, Number(wr2) - 1];
      areas.push({ sheet, rows: [Math.min(x, y), Math.max(x, y)], cols: null });
    }
  }
  return { areas, tables };
}

/**
 * Old place → new place (0-based) of the Tasks table's header row and rows (each task from the row it was read from
 * to its row in `table`), and of its columns by header; both empty without the file's table to start from.
 */
export function tableMoves(
  origin: TasksOrigin | null,
  table: {
    readonly range: { readonly row: number; readonly col: number };
    readonly columns: readonly string[];
  },
  tasks: readonly LedgerTask[],
): { rowMap: Map<number, number>; colMap: Map<number, number> } {
  const rowMap = new Map<number, number>();
  const colMap = new Map<number, number>();
  if (origin) {
    rowMap.set(origin.top, table.range.row);
    tasks.forEach((t, i) => {
      if (t.row !== undefined) rowMap.set(t.row, table.range.row + 1 + i);
    });
    origin.header.forEach((h, k) => {
      const at = table.columns.indexOf(h.trim());
      if (at >= 0) colMap.set(origin.left + k, table.range.col + at);
    });
  }
  return { rowMap, colMap };
}

/**
 * The plan with each formula typed on 任务台账 that refers to cells that move written as its value (and every
 * formula of a row moved to 已撤销), and a note naming each such cell where it now stands.
 */
export function settleFormulas(
  plan: WorkbookPlan,
  tasks: readonly LedgerTask[],
  origin: TasksOrigin | null,
): { plan: WorkbookPlan; notes: Array<{ code: "formula-as-value"; params: PlanNoteParams }> } {
  const sheet = plan.sheets.find((s) => s.kind === "ledger");
  const table = sheet?.tables.find((t) => t.name === "Tasks");
  if (!sheet || !table) return { plan, notes: [] };
  const planned = new Set(plan.sheets.map((s) => s.name));
  const tableNames = new Set(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)));
  const { rowMap, colMap } = tableMoves(origin, table, tasks);
  const same = (map: ReadonlyMap<number, number>, [from, to]: readonly [number, number]): boolean => {
    for (let x = from; x <= to; x++) if (map.get(x) !== x) return false;
    return true;
  };
  const everyRow = [...rowMap.keys()];
  const everyCol = [...colMap.keys()];
  const stays = (formula: string): boolean => {
    const refs = formulaRefs(formula);
    if (!refs || !origin) return false;
    if (refs.tables.some((t) => !tableNames.has(t))) return false;
    return refs.areas.every((a) => {
      const onTasks = a.sheet === null || a.sheet === origin.sheet;
      if (!onTasks) return !planned.has(a.sheet as string);
      if (a.sheet !== null && sheet.name !== origin.sheet) return false;
      const rows = a.rows ?? [Math.min(...everyRow), Math.max(...everyRow)];
      const cols = a.cols ?? [Math.min(...everyCol), Math.max(...everyCol)];
      return same(rowMap, rows) && same(colMap, cols);
    });
  };
  const settled = valuesOf(plan, "ledger", "Tasks", stays);
  // 已撤销's rows stand where no reference of theirs points any more: each formula there is its value.
  const revoked = valuesOf(settled.plan, "revoked", "Revoked", () => false);
  return { plan: revoked.plan, notes: [...settled.notes, ...revoked.notes] };
}

/** The plan with each formula in the body of table `name` (on the sheet of `kind`) that does not `stay` as its value. */
function valuesOf(
  plan: WorkbookPlan,
  kind: SheetPlan["kind"],
  name: string,
  stays: (formula: string) => boolean,
): { plan: WorkbookPlan; notes: Array<{ code: "formula-as-value"; params: PlanNoteParams }> } {
  const notes: Array<{ code: "formula-as-value"; params: PlanNoteParams }> = [];
  const sheet = plan.sheets.find((s) => s.kind === kind);
  const table = sheet?.tables.find((t) => t.name === name);
  if (!sheet || !table) return { plan, notes };
  const top = table.range.row + 1;
  const bottom = table.range.row + table.range.rows - 1;
  const first = table.range.col;
  const last = table.range.col + table.range.cols - 1;
  const blocks = sheet.blocks.map((b) => {
    if (b.kind !== "values") return b;
    let changed = false;
    const values = b.values.map((cells, i) =>
      cells.map((v, k): CellValue => {
        const row = b.row + i;
        const col = b.col + k;
        if (v === null || typeof v !== "object" || !("formula" in v)) return v;
        if (row < top || row > bottom || col < first || col > last || stays(v.formula)) return v;
        changed = true;
        notes.push({
          code: "formula-as-value",
          params: { cell: `${sheet.name}!${a1(row, col)}`, formula: v.formula, value: String(v.result) },
        });
        return v.result === "" ? null : v.result;
      }),
    );
    return changed ? { ...b, values } : b;
  });
  const settled: SheetPlan = { ...sheet, blocks };
  return { plan: { ...plan, sheets: plan.sheets.map((s) => (s === sheet ? settled : s)) }, notes };
}
