/**
 * The checks of a ledger's units cells (牵头单位, 配合单位) against the `Units` registry: empty, several or a
 * collective lead, unknown names (with "did you mean"), aliases, co-units twice or repeating the lead, other
 * separators than 、 and stray spaces — each finding with the fix that makes the whole cell clean.
 */

import { isCollective, splitSpaces } from "../parse/splitUnits";
import { fold, isCloser, isOpener, splitTopLevel } from "../text/fold";
import type { CellRef, Finding, FixAction, Params, Severity } from "../types";
import { indexRegistry, resolveName, type RegistryIndex } from "../units/registry";
import { differByNumber } from "../units/similar";
import type { Registry, Resolution } from "../units/types";
import { splitCell } from "../units/applyFix";

/** How a finding is added at its cell, with the fix of the cell where one is safe. */
export type AddFinding = (
  code: Finding["code"],
  severity: Severity,
  where: CellRef,
  params: Params,
  fix?: { action: FixAction; text: string },
) => void;

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

/** The checks of the units cells of one run, each written name resolved once. */
export class UnitCells {
  private readonly index: RegistryIndex | null;
  private readonly resolved = new Map<string, Resolution>();

  constructor(
    registry: Registry | null,
    private readonly add: AddFinding,
  ) {
    this.index = registry ? indexRegistry(registry) : null;
  }

  /** Resolves the lead cell; returns the canonical names of its units (for the co-unit checks). */
  checkLead(where: CellRef, text: string, id: string): string[] {
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

  /** Checks the co-units cell against the lead's units and the registry. */
  checkCo(where: CellRef, text: string, leads: readonly string[]): void {
    if (text.trim() === "") return;
    // Every finding of the cell carries the same fix, which makes the whole cell clean: applying any one of
    // them never leaves the cell half fixed (an alias renamed into a duplicate).
    const fix = this.cellFix(text, leads);
    const found = otherSeparators(text);
    if (found.length > 0) this.add("co-separator", "warning", where, { found }, fix);
    if (strayUnitSpaces(text)) this.add("unit-spaces", "warning", where, {}, fix);
    const seen = new Map<string, string>();
    // A unit listed more than twice is one finding with its count (a pasted cell of 2,500 发改局 is one line).
    const repeated = new Map<string, { via: string; count: number }>();
    for (const u of splitCell(text)) {
      const canonical = this.canonicalOf(u);
      if (leads.includes(canonical)) {
        this.add("co-repeats-lead", "warning", where, { unit: u }, fix);
      } else if (seen.has(canonical)) {
        const first = seen.get(canonical) as string;
        const again = repeated.get(canonical);
        if (again) again.count++;
        else {
          const via = u !== canonical ? u : first !== canonical ? first : "";
          repeated.set(canonical, { via, count: 2 });
        }
      } else {
        seen.set(canonical, u);
        this.checkUnit(where, fix, u, "co");
      }
    }
    for (const [unit, { via, count }] of repeated)
      this.add(
        "co-duplicate",
        "warning",
        where,
        { unit, ...(via ? { via } : {}), ...(count > 2 ? { count } : {}) },
        fix,
      );
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
}
