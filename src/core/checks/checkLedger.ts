/**
 * The checks of a ledger people have edited: the `Tasks` table row by row against the `Units` registry,
 * the status list and the deadlines, and whether 任务分工 still matches the tasks. Every finding points at
 * its cell and carries a fix where one is safe.
 */

import { cellText, isUncalculated, readNumberText } from "../text/cellText";
import { TABLES, TASK_COLUMNS } from "../ledger/types";
import { RATE_COLUMN } from "../cycle/lights";
import type { LedgerSettings } from "../plan/types";
import { columnLetter } from "../plan/formulas";
import type { CellRef, Finding, FixAction, LedgerTable, LedgerValue, Params, Severity } from "../types";
import { registryFromTable } from "../units/registryIo";
import type { Registry } from "../units/types";
import { applyFix } from "../units/applyFix";
import { UnitCells } from "./unitCells";
import { checkAssignments } from "./checkAssignments";
import { checkDeadline } from "./checkDeadline";
import { checkTargets } from "./checkTargets";
import { tableFindings } from "./tableFindings";
import { restoreCutUnits } from "../ledger/cutUnits";
import { collapseRepeats } from "./collapse";

export interface CheckInput {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  /** 任务分工 as generated: checked against the tasks as they are now; not checked when absent. */
  readonly assignments?: LedgerTable | null;
  /** 量化指标's Targets table: its 实际值 cells are checked when given. */
  readonly targets?: LedgerTable | null;
  readonly settings: LedgerSettings;
  /** Today, ISO yyyy-mm-dd: deadlines before it are overdue. */
  readonly today: string;
}

class Checker {
  readonly findings: Finding[] = [];
  private readonly units: UnitCells;

  constructor(
    private readonly table: LedgerTable,
    registry: Registry | null,
    private readonly settings: LedgerSettings,
    private readonly today: string,
  ) {
    this.units = new UnitCells(registry, (...finding) => this.add(...finding));
  }

  ref(row: number, col: number): CellRef {
    return {
      sheet: this.table.sheet,
      cell: `${columnLetter(this.table.left + col)}${this.table.top + row + 2}`,
    };
  }

  /** The formulas of the row's units cells being checked, by cell address (a name not known is said to be one). */
  private formulas = new Map<string, string>();

  add(
    code: Finding["code"],
    severity: Severity,
    where: CellRef,
    params: Params,
    fix?: { action: FixAction; text: string },
  ): void {
    // =1+1 typed in 牵头单位 shows 2: the finding says the cell is a formula, not only that 2 is no unit.
    const formula = code.endsWith("-unknown") ? this.formulas.get(where.cell) : undefined;
    this.findings.push({
      code,
      severity,
      where,
      params: formula === undefined ? params : { ...params, formula },
      ...(fix ? { fix: { where, action: fix.action, preview: applyFix(fix.text, fix.action) } } : {}),
    });
  }

  run(): void {
    const col = (name: string): number => this.table.header.findIndex((h) => String(h).trim() === name);
    const c = Object.fromEntries(TASK_COLUMNS.map(([header, field]) => [field, col(header)])) as Record<
      (typeof TASK_COLUMNS)[number][1],
      number
    >;
    const required: Array<[string, number]> = [
      ["编号", c.id],
      ["牵头单位", c.lead],
      ["配合单位", c.co],
      ["完成状态", c.status],
    ];
    for (const [name, i] of required) {
      if (i < 0) {
        this.findings.push({
          code: "column-missing",
          severity: "error",
          where: { sheet: this.table.sheet, cell: `${columnLetter(this.table.left)}${this.table.top + 1}` },
          params: { table: TABLES.tasks, column: name },
        });
      }
    }
    const rate = col(RATE_COLUMN);
    const seen = new Map<string, CellRef>();
    this.table.rows.forEach((row, r) => {
      const get = (i: number): string => (i >= 0 ? cellText(row[i]).trim() : "");
      // An empty row the table still holds.
      if (row.every((v) => cellText(v).trim() === "" && !isUncalculated(v))) return;
      // A formula the file holds no result for cannot be checked: said plainly, once, and its column skipped.
      const uncalculated = new Set<number>();
      for (const i of new Set([c.id, c.lead, c.co, c.status, c.deadline, c.due])) {
        const v = i >= 0 ? row[i] : undefined;
        if (!isUncalculated(v)) continue;
        uncalculated.add(i);
        // Without its result the task's 编号 or units cannot be read at all: an error, as an empty one would be.
        const units = i === c.id || i === c.lead || i === c.co;
        this.add("formula-no-value", units ? "error" : "warning", this.ref(r, i), { formula: v.formula });
      }
      const checked = (i: number): boolean => i >= 0 && !uncalculated.has(i);
      const id = get(c.id);
      if (checked(c.id)) {
        const where = this.ref(r, c.id);
        if (!id) this.add("id-empty", "error", where, {});
        else if (seen.has(id)) {
          const first = seen.get(id) as CellRef;
          this.add("id-duplicate", "error", where, { id, other: `${first.sheet}!${first.cell}` });
        } else seen.set(id, where);
      }
      this.formulas = new Map();
      for (const i of [c.lead, c.co]) {
        const formula = i >= 0 ? this.table.sources?.[r]?.[i]?.formula : undefined;
        if (formula !== undefined) this.formulas.set(this.ref(r, i).cell, formula);
      }
      const lead = c.lead >= 0 ? cellText(row[c.lead]) : "";
      const leadUnits = checked(c.lead) ? this.units.checkLead(this.ref(r, c.lead), lead, id) : [];
      if (checked(c.co)) this.units.checkCo(this.ref(r, c.co), cellText(row[c.co]), leadUnits);
      if (checked(c.status)) this.checkStatus(r, c.status, get(c.status));
      if (rate >= 0) this.checkRate(r, rate, row[rate]);
      if (c.deadline >= 0 || c.due >= 0) {
        const found = checkDeadline(
          {
            id,
            deadline: c.deadline >= 0 ? row[c.deadline] : undefined,
            due: c.due >= 0 ? row[c.due] : undefined,
            hasDue: c.due >= 0,
            status: get(c.status),
          },
          this.settings,
          this.today,
        );
        for (const f of found) this.add(f.code, f.severity, this.ref(r, c[f.column]), f.params);
      }
    });
  }

  /**
   * 完成进度(%): empty, or a number from 0 to 100, which the lights read. Text (50%, 一半) is not read by them;
   * a number between 0 and 1 is what Excel stores when 50% is typed. A number kept as text (50, １２, typed into
   * a cell formatted as text or pasted from elsewhere) is read as that number by everything the tool makes
   * from the ledger (update, regenerate, 通报) — as an 实际值 typed so is — but the sheet's light formula skips
   * text: named at its cell with the number it reads as, so that the clerk types it again as a number.
   */
  private checkRate(r: number, col: number, v: LedgerValue | undefined): void {
    if (v === null || v === undefined || isUncalculated(v)) return;
    if (typeof v === "number") {
      if (v < 0 || v > 100)
        this.add("rate-invalid", "warning", this.ref(r, col), { value: v, reason: "range" });
      else if (v > 0 && v < 1)
        this.add("rate-invalid", "info", this.ref(r, col), { value: v, reason: "fraction" });
      return;
    }
    const written = cellText(v).trim();
    if (written === "") return;
    // Read as a clerk types a number (１２, 1,234), never as JavaScript would (0x10, 1e3 are no numbers here).
    const n = readNumberText(written);
    const where = this.ref(r, col);
    if (n !== null && n >= 0 && n <= 100) {
      this.add("rate-invalid", "warning", where, { value: written, reason: "as-text", number: n });
      return;
    }
    // 50% typed as text: the column is in percent already, so the clerk meant 50.
    const percent = /^(.*?)[%％]$/.exec(written);
    const p = percent ? readNumberText(percent[1] as string) : null;
    if (p !== null && p >= 0 && p <= 100) {
      this.add("rate-invalid", "warning", where, { value: written, reason: "percent", number: p });
      return;
    }
    this.add("rate-invalid", "warning", where, {
      value: written,
      reason: n !== null ? "range" : "text",
    });
  }

  private checkStatus(r: number, col: number, status: string): void {
    if (!status) return;
    const allowed = this.settings.statuses.map((s) => s.name);
    if (!allowed.includes(status)) {
      this.add("status-invalid", "error", this.ref(r, col), { status, allowed });
    }
  }
}

export { columnLetter };
export { strayUnitSpaces } from "./unitCells";

/**
 * Runs every check on a ledger read back from a workbook: errors, then warnings, then notes; the same finding
 * in one cell given once, with `times` in its params.
 * @example checkLedger({ tasks, units, settings, today: "2020-07-01" }) → [{ code: "lead-empty", where: { sheet: "任务台账", cell: "E75" } … }]
 */
export function checkLedger(input: CheckInput): Finding[] {
  const out: Finding[] = [];
  if (!input.tasks) {
    out.push({ code: "table-missing", severity: "error", where: null, params: { table: TABLES.tasks } });
    return out;
  }
  let registry: Registry | null = null;
  if (!input.units) {
    out.push({ code: "table-missing", severity: "warning", where: null, params: { table: TABLES.units } });
  } else {
    registry = registryFromTable(input.units).registry;
  }
  // A list of units cut at build is checked whole, as 任务分工 keeps it, and said so.
  const tasks = restoreCutUnits(input.tasks, input.assignments ?? null);
  for (const c of tasks.cut ?? [])
    out.push({
      code: "units-cut",
      severity: c.missing > 0 ? "warning" : "info",
      where: c.where,
      params: {
        id: c.id,
        column: c.column,
        total: c.total,
        listed: c.listed,
        missing: c.missing,
        whole: c.missing === 0 ? 1 : 0,
      },
    });
  out.push(...tableFindings(tasks, input.units, input.assignments));
  const checker = new Checker(tasks, registry, input.settings, input.today);
  checker.run();
  // Without the registry the assignments' canonical names cannot be told from aliases: no comparison.
  const stale = input.assignments && registry ? checkAssignments(tasks, input.assignments, registry) : [];
  // Read most serious first, a finding repeated in one cell once with its count.
  return collapseRepeats([...out, ...checker.findings, ...stale, ...checkTargets(input.targets)]);
}
