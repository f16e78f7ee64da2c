import type { CellValue, SheetPlan, WorkbookPlan } from "../../src/core/plan/types";

/** A sheet plan rendered to cells as the file shell writes it (pivots as their fallback): value or cached result. */
export class PlanGrid {
  private readonly cells = new Map<string, string | number>();
  readonly formulas = new Map<string, string>();
  rows = 0;

  constructor(readonly sheet: SheetPlan) {
    const put = (r: number, c: number, v: CellValue): void => {
      if (v === null) return;
      const key = `${r},${c}`;
      if (typeof v === "string" || typeof v === "number") this.cells.set(key, v);
      else if ("date" in v) this.cells.set(key, v.date);
      else {
        this.cells.set(key, v.result);
        this.formulas.set(key, v.formula);
      }
      this.rows = Math.max(this.rows, r + 1);
    };
    const blocks = [...sheet.blocks, ...sheet.pivots.flatMap((p) => p.fallback.blocks)];
    for (const b of blocks) {
      if (b.kind === "values")
        b.values.forEach((line, i) => line.forEach((v, k) => put(b.row + i, b.col + k, v)));
      else
        b.results.forEach((v, i) => {
          put(b.row + i, b.col, v);
          this.formulas.set(`${b.row + i},${b.col}`, b.a1.replace(/\{r\}/g, String(b.row + i + 1)));
        });
    }
  }

  get(r: number, c: number): string | number | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** The row whose cells start with these headers, left to right from column A. */
  findHeader(...headers: string[]): number {
    for (let r = 0; r < this.rows; r++) if (headers.every((h, i) => this.get(r, i) === h)) return r;
    return -1;
  }

  /**
   * The records below a header row whose table starts at column `col` (A by default), keyed by header text
   * from there to the first empty header cell, until the first row with an empty cell under the first header.
   */
  records(headerRow: number, col = 0): Array<Record<string, string | number | undefined>> {
    const header: string[] = [];
    for (let c = col; this.get(headerRow, c) !== undefined; c++) header.push(String(this.get(headerRow, c)));
    const out: Array<Record<string, string | number | undefined>> = [];
    for (let r = headerRow + 1; r < this.rows && this.get(r, col) !== undefined; r++) {
      out.push(Object.fromEntries(header.map((h, k) => [h, this.get(r, col + k)])));
    }
    return out;
  }
}

/** The grid of the sheet with this kind and key. */
export function gridOf(plan: WorkbookPlan, kind: SheetPlan["kind"], key?: string): PlanGrid {
  const sheet = plan.sheets.find((s) => s.kind === kind && (key === undefined || s.key === key));
  if (!sheet) throw new Error(`no ${kind} sheet ${key ?? ""}`);
  return new PlanGrid(sheet);
}
