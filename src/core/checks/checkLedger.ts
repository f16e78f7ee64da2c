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
import { isCollective, splitSpaces } from "../parse/splitUnits";
import { fold, isCloser, isOpener, splitTopLevel } from "../text/fold";
import type { CellRef, Finding, FixAction, LedgerTable, LedgerValue, Params, Severity } from "../types";
import { indexRegistry, resolveName, type RegistryIndex } from "../units/registry";
import { registryFromTable } from "../units/registryIo";
import { differByNumber } from "../units/similar";
import type { Registry, Resolution } from "../units/types";
import { applyFix, splitCell } from "../units/applyFix";
import { checkAssignments } from "./checkAssignments";
import { checkDeadline } from "./checkDeadline";
import { tableFindings } from "./tableFindings";

export interface CheckInput {
  readonly tasks: LedgerTable | null;
  readonly units: LedgerTable | null;
  /** 任务分工 as generated: checked against the tasks as they are now; not checked when absent. */
  readonly assignments?: LedgerTable | null;
  readonly settings: LedgerSettings;
  /** Today, ISO yyyy-mm-dd: deadlines before it are overdue. */
  readonly today: string;
}

/**
 * True when a units cell has stray spaces: at either end, or around a 、 (发改局 、财政局). Spaces that
 * separate names are another separator (otherSeparators); spaces inside a name are a format finding.
 * @example strayUnitSpaces(" 发改局、 财政局") === true; strayUnitSpaces("发改局、财政局") === false
 */
export function strayUnitSpaces(text: string): boolean {
  return text !== "" && (text.trim() !== text || /\s、|、\s/.test(text));
}

/** The separators other than 、 used in a units cell (outside brackets), as written, for the message. */
function otherSeparators(text: string): string[] {
  const found = new Set<string>();
  const folded = fold(text);
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    if (isOpener(ch)) depth++;
    else if (isCloser(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ",;/\n".includes(ch)) found.add(ch === "\n" ? "换行" : (text[i] as string));
  }
  if (splitTopLevel(text, "、,;/\n\uff0c\uff1b").some((piece) => splitSpaces(piece).length > 1))
    found.add("空格");
  return [...found];
}

class Checker {
  readonly findings: Finding[] = [];
  private readonly index: RegistryIndex | null;
  private readonly resolved = new Map<string, Resolution>();

  constructor(
    private readonly table: LedgerTable,
    registry: Registry | null,
    private readonly settings: LedgerSettings,
    private readonly today: string,
  ) {
    this.index = registry ? indexRegistry(registry) : null;
  }

  ref(row: number, col: number): CellRef {
    return {
      sheet: this.table.sheet,
      cell: `${columnLetter(this.table.left + col)}${this.table.top + row + 2}`,
    };
  }

  add(
    code: Finding["code"],
    severity: Severity,
    where: CellRef,
    params: Params,
    fix?: { action: FixAction; text: string },
  ): void {
    this.findings.push({
      code,
      severity,
      where,
      params,
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
        this.add("formula-no-value", "warning", this.ref(r, i), { formula: v.formula });
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
      const lead = c.lead >= 0 ? cellText(row[c.lead]) : "";
      const leadUnits = checked(c.lead) ? this.checkLead(r, c.lead, lead, id) : [];
      if (checked(c.co)) this.checkCo(r, c.co, cellText(row[c.co]), leadUnits);
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

  /** Resolves the lead cell; returns the canonical names of its units (for the co-unit checks). */
  private checkLead(r: number, col: number, text: string, id: string): string[] {
    const where = this.ref(r, col);
    const units = splitCell(text);
    if (units.length === 0) {
      this.add("lead-empty", "error", where, { id });
      return [];
    }
    if (units.length > 1) this.add("lead-multiple", "warning", where, { count: units.length, units });
    const fix = this.cellFix(text, []);
    if (strayUnitSpaces(text)) this.add("unit-spaces", "warning", where, {}, fix);
    return units.map((u) => this.checkUnit(where, fix, u, "lead"));
  }

  private checkCo(r: number, col: number, text: string, leads: readonly string[]): void {
    const where = this.ref(r, col);
    if (text.trim() === "") return;
    // Every finding of the cell carries the same fix, which makes the whole cell clean: applying any one of
    // them never leaves the cell half fixed (an alias renamed into a duplicate).
    const fix = this.cellFix(text, leads);
    const found = otherSeparators(text);
    if (found.length > 0) this.add("co-separator", "warning", where, { found }, fix);
    if (strayUnitSpaces(text)) this.add("unit-spaces", "warning", where, {}, fix);
    const seen = new Map<string, string>();
    for (const u of splitCell(text)) {
      const canonical = this.canonicalOf(u);
      if (leads.includes(canonical)) {
        this.add("co-repeats-lead", "warning", where, { unit: u }, fix);
      } else if (seen.has(canonical)) {
        const first = seen.get(canonical) as string;
        const via = u !== canonical ? u : first !== canonical ? first : "";
        this.add("co-duplicate", "warning", where, { unit: canonical, ...(via ? { via } : {}) }, fix);
      } else {
        seen.set(canonical, u);
        this.checkUnit(where, fix, u, "co");
      }
    }
  }

  /** Resolves a written name, once per run (did-you-mean is the costly part); null without a registry. */
  private resolve(written: string): Resolution | null {
    if (!this.index) return null;
    let res = this.resolved.get(written);
    if (!res) {
      res = resolveName(this.index, written);
      this.resolved.set(written, res);
    }
    return res;
  }

  /**
   * The canonical name of a written unit, or the name itself when the registry does not know it — or when
   * the registry would make it another numbered unit (第二人民医院 listed under 第一人民医院): a fix never
   * merges, and so never deletes, a real co-unit.
   */
  private canonicalOf(written: string): string {
    const res = this.resolve(written);
    if (!res || res.status === "unknown" || differByNumber(written, res.unit.name)) return written;
    return res.unit.name;
  }

  /**
   * What a written name should become: its canonical name for an alias (a mis-spaced alias too), the
   * registry's spelling for a mis-spaced name; null when it stays as written.
   */
  private renameOf(written: string): string | null {
    const res = this.resolve(written);
    if (!res || !this.index) return null;
    if (res.status !== "unknown" && differByNumber(written, res.unit.name)) return null;
    if (res.status === "alias") return res.unit.name;
    if (res.status === "format")
      return res.spelled === res.unit.name || this.index.byAlias.has(res.spelled)
        ? res.unit.name
        : res.spelled;
    return null;
  }

  /** The fix of a units cell: every name renamed as it should be, each unit once, `drop` (the lead) out. */
  private cellFix(text: string, drop: readonly string[]): { action: FixAction; text: string } {
    const renames: Array<{ from: string; to: string }> = [];
    for (const from of new Set(splitCell(text))) {
      const to = this.renameOf(from);
      if (to !== null) renames.push({ from, to });
    }
    return { action: { op: "units", renames, drop: [...drop] }, text };
  }

  /** Checks one unit name against the registry; returns its canonical name (or the name when unknown). */
  private checkUnit(
    where: CellRef,
    fix: { action: FixAction; text: string },
    written: string,
    role: "lead" | "co",
  ): string {
    if (role === "lead" && isCollective(written))
      this.add("lead-collective", "warning", where, { unit: written });
    const res = this.resolve(written);
    if (!res) return written;
    // A numbered unit the registry files under another number is its own unit here (see canonicalOf).
    if (res.status !== "unknown" && differByNumber(written, res.unit.name)) return written;
    switch (res.status) {
      case "canonical":
        return res.unit.name;
      case "alias":
        this.add(
          role === "lead" ? "lead-alias" : "co-alias",
          "warning",
          where,
          { unit: written, canonical: res.unit.name },
          fix,
        );
        return res.unit.name;
      case "format": {
        const code =
          res.spelled !== res.unit.name ? (role === "lead" ? "lead-alias" : "co-alias") : "unit-format";
        this.add(
          code,
          "warning",
          where,
          // unit-format: the name as the registry writes it, which the cell should match.
          { unit: written, canonical: code === "unit-format" ? res.spelled : res.unit.name },
          fix,
        );
        return res.unit.name;
      }
      case "unknown":
        this.add(role === "lead" ? "lead-unknown" : "co-unknown", "error", where, {
          unit: written,
          suggestions: res.suggestions,
        });
        return written;
    }
  }

  /**
   * 完成进度(%): empty, or a number from 0 to 100, which the lights read. Text (50%, 一半) is not read by them;
   * a number between 0 and 1 is what Excel stores when 50% is typed.
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
    if (n !== null && n >= 0 && n <= 100) return;
    this.add("rate-invalid", "warning", this.ref(r, col), {
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

/**
 * Runs every check on a ledger read back from a workbook.
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
  out.push(...tableFindings(input.tasks, input.units, input.assignments));
  const checker = new Checker(input.tasks, registry, input.settings, input.today);
  checker.run();
  // Without the registry the assignments' canonical names cannot be told from aliases: no comparison.
  const stale =
    input.assignments && registry ? checkAssignments(input.tasks, input.assignments, registry) : [];
  return [...out, ...checker.findings, ...stale];
}
