import { buildPlan } from "../../../src/core/workbook/buildPlan";
import { linesIn, rowPoints, textWidth } from "../../../src/core/plan/print";
import { columnPoints, printable, READABLE_SCALE } from "../../../src/core/plan/pageFit";
import type { Block, SheetPlan } from "../../../src/core/plan/types";
import { sampleLedger } from "../../support/sampleLedger";

describe("the width of text in a cell", () => {
  it("counts a Chinese character or full-width mark as 15/8 digits (15 pixels of 8) and anything else as one", () => {
    expect(textWidth("发改局")).toBe(5.625);
    expect(textWidth("2.4")).toBe(3);
    expect(textWidth("开发区(高桥街道)")).toBe(1.875 * 7 + 2);
    expect(textWidth("，。：（）")).toBe(9.375);
    expect(textWidth("")).toBe(0);
  });

  it("wraps Chinese text where the next character would not fit the column", () => {
    // A 21-wide column leaves 20.5 for text: ten characters of 1.875 a line (18.75), not eleven (20.625).
    expect(linesIn("一二三四五六七八九十", 21)).toBe(1);
    expect(linesIn("一二三四五六七八九十一", 21)).toBe(2);
    expect(linesIn("一".repeat(30), 21)).toBe(3);
  });

  it("starts a new line at each line break of the text, and an empty cell takes one line", () => {
    expect(linesIn("甲\n乙\r\n丙", 40)).toBe(3);
    expect(linesIn("", 10)).toBe(1);
  });

  it("gives a row one line-height per line plus a little padding", () => {
    expect(rowPoints(2) - rowPoints(1)).toBe(rowPoints(3) - rowPoints(2));
    expect(rowPoints(1)).toBeGreaterThanOrEqual(14.25);
  });
});

describe("the print section of the sample ledger", () => {
  const { plan } = sampleLedger();
  const sheet = (name: string): SheetPlan => plan.sheets.find((s) => s.name === name) as SheetPlan;

  it("gives every sheet A4, one page wide, the footer with the sheet name and page numbers", () => {
    for (const s of plan.sheets) {
      expect(s.print).toMatchObject({ paper: "A4", fitToWidth: 1, footer: "&A    第 &P 页 共 &N 页" });
    }
  });

  it("prints the wide lists landscape and the narrow sheets portrait", () => {
    expect(sheet("任务台账").print?.orientation).toBe("landscape");
    expect(sheet("梧桐街道").print?.orientation).toBe("landscape");
    expect(sheet("任务分工").print?.orientation).toBe("portrait");
    expect(sheet("说明").print?.orientation).toBe("portrait");
  });

  it("prints 汇总 landscape: two pages either way, and landscape's are larger", () => {
    // Upright, its 108 characters (757.75 points) print at 537.84 / 757.75 = 71 %; on its side its rows
    // (1317 points) fill two pages at 76 %.
    expect(sheet("汇总").print).toMatchObject({ orientation: "landscape", fitToHeight: 2 });
  });

  it("gives the ledger's 14 columns widths that print one landscape page wide at the readable scale", () => {
    // At most 784.08 / 0.66 = 1188 points (169 characters of 7 points). The first widths (254 characters,
    // 1778 points) printed at 44 %, 4.8-point text.
    const ledger = sheet("任务台账");
    const points = ledger.widths.reduce((n, w) => n + columnPoints(w), 0);
    expect(printable("landscape").width / points).toBeGreaterThanOrEqual(READABLE_SCALE);
  });

  it("gives unit and leader lists widths that print one landscape page wide at 8 points", () => {
    // A unit sheet's 154 characters are 1078 points: 784.08 / 1078 = 72.7 %, 11-point text at 8.0 points
    // (the old 169 printed at 66 %, 7.3 points). A leader sheet's 128: 896 points, 87.5 %.
    for (const name of ["梧桐街道", "冯中海"]) {
      const s = sheet(name);
      const points = s.widths.reduce((n, w) => n + columnPoints(w), 0);
      expect({ name, orientation: s.print?.orientation, size: (11 * 784.08) / points >= 8 }).toEqual({
        name,
        orientation: "landscape",
        size: true,
      });
    }
  });

  it("gives the year's sheets widths that print one page wide at the readable scale, side notes left out", () => {
    for (const name of ["量化指标", "进展记录"]) {
      const s = sheet(name);
      const columns = s.print?.columns ?? s.widths.length;
      const points = s.widths.slice(0, columns).reduce((n, w) => n + columnPoints(w), 0);
      const across = printable(s.print?.orientation ?? "portrait").width / points;
      expect({ name, readable: across >= READABLE_SCALE }).toEqual({ name, readable: true });
    }
  });

  it("leaves the side notes out of the print area, and prints the other sheets whole", () => {
    // 量化指标: 22 list columns (A:V), then an empty one and the 说明 notes in X.
    expect(sheet("量化指标").print?.columns).toBe(22);
    expect(sheet("进展记录").print?.columns).toBe(9);
    expect(sheet("单位名录").print?.columns).toBe(4);
    expect(sheet("任务台账").print?.columns).toBeNull();
    expect(sheet("梧桐街道").print?.columns).toBeNull();
  });

  it("lays 汇总 out in two bands: the two by-unit tables share their rows, the others go on under them", () => {
    const summary = sheet("汇总");
    const at = (name: string) => summary.pivots.find((p) => p.name === name);
    const role = at("PT_UnitRole");
    const status = at("PT_UnitStatus");
    expect(status?.row).toBe(role?.row);
    // 单位, 牵头, 配合, 合计 and at least one free column before the status table.
    expect((status?.col ?? 0) - (role?.col ?? 0)).toBeGreaterThan(4);
    for (const name of ["PT_LeaderStatus", "PT_LeaderLight", "PT_LeadLight"])
      expect(at(name)?.row).toBeGreaterThan((role?.row ?? 0) + (role?.reservedRows ?? 0));
    expect(at("PT_LeaderStatus")?.col).toBe(status?.col);
    expect(at("PT_LeadLight")?.col).toBe(role?.col);
  });

  it("fits 任务分工 (242 short rows) to 4 pages tall instead of 5, and 任务台账 to its width only", () => {
    // 任务分工: 3630 points of rows under the header; a portrait page holds 762.48 / 0.66 − 30 = 1125 of them
    // at the readable scale (4 pages), 732 at full size (5). 任务台账 is one page wide at 66.3 % already.
    expect(sheet("任务分工").print?.fitToHeight).toBe(4);
    expect(sheet("任务台账").print?.fitToHeight).toBe(0);
    expect(sheet("梧桐街道").print?.fitToHeight).toBe(0);
  });

  it("repeats the list's header row on every page: row 1 of the ledger, the list header of a unit sheet", () => {
    expect(sheet("任务台账").print?.repeatRows).toEqual({ first: 0, last: 0 });
    const unit = sheet("梧桐街道");
    const header = unit.blocks.find((b) => b.kind === "values" && b.values[0]?.[0] === "编号");
    expect(header?.row).toBeGreaterThan(3);
    expect(unit.print?.repeatRows).toEqual({ first: header?.row, last: header?.row });
    expect(sheet("汇总").print?.repeatRows).toBeNull();
  });

  it("gives the ledger's columns widths from its content that make its rows a seventh shorter than fixed ones", () => {
    // The fixed widths (also 169 characters, one landscape page wide at 66 %) made the 74 rows 3624 points
    // tall; widths chosen from the text (工作任务 47, 配合单位 18, 量化指标 20, the empty columns at their
    // minimum) make them 3081 (docs/printing.md).
    const ledger = sheet("任务台账");
    const [header, body] = ledger.blocks.filter(
      (b): b is Extract<Block, { kind: "values" }> => b.kind === "values",
    );
    const rows = [...(header?.values ?? []), ...(body?.values ?? [])];
    const fixed = [5, 7, 9, 36, 11, 20, 16, 8, 11, 7, 20, 8, 6, 5];
    const total = (widths: readonly number[]): number =>
      rows
        .map((cells) =>
          Math.max(...cells.map((v, c) => linesIn(typeof v === "string" ? v : "", widths[c] ?? 9))),
        )
        .reduce((n, lines) => n + (lines > 1 ? rowPoints(lines) : 15), 0);
    expect(ledger.widths).toHaveLength(fixed.length);
    expect(total(fixed)).toBeGreaterThan(3600);
    expect(total(ledger.widths)).toBeLessThan((total(fixed) * 6) / 7);
    const planned = (ledger.print?.rowHeights ?? []).reduce((n, h) => n + h.points, 0);
    expect(planned + 15 * (rows.length - (ledger.print?.rowHeights.length ?? 0))).toBeCloseTo(
      total(ledger.widths),
      6,
    );
  });

  it("makes a ledger row tall enough for its task text in the 工作任务 column", () => {
    const ledger = sheet("任务台账");
    const text = plan.sheets[0]?.blocks[1];
    const header = plan.sheets[0]?.blocks[0];
    if (text?.kind !== "values" || header?.kind !== "values") throw new Error("no ledger table");
    const col = header.values[0]?.indexOf("工作任务") ?? -1;
    const room = (ledger.widths[col] ?? 0) - 0.5;
    // The longest task: however it breaks, no line holds more than the column's width less the padding.
    const rows = text.values.map((cells, i) => ({ row: i + 1, task: String(cells[col]) }));
    const longest = rows.reduce((a, b) => (textWidth(b.task) > textWidth(a.task) ? b : a));
    const lines = Math.ceil(textWidth(longest.task) / room);
    expect(lines).toBeGreaterThan(2);
    const height = ledger.print?.rowHeights.find((h) => h.row === longest.row)?.points ?? 0;
    expect(height).toBeGreaterThanOrEqual(rowPoints(lines));
  });

  it("wraps the task lists of a unit sheet, formula columns included", () => {
    const unit = sheet("梧桐街道");
    const task = unit.blocks.find((b) => b.kind === "formulaColumn" && b.col === 3);
    expect(task).toBeDefined();
    expect(unit.print?.wrap).toContainEqual({ row: task?.row, col: 3, rows: 12, cols: 1 });
  });

  it("leaves a title that fits beside the empty cells to its right unwrapped", () => {
    const unit = sheet("梧桐街道");
    expect(unit.print?.wrap.some((r) => r.row === 0)).toBe(false);
  });
});

describe("a ledger planned for a file (formula counts instead of pivots)", () => {
  const { model } = sampleLedger();
  const plan = buildPlan(model, { pivots: false });
  /** The rows of a sheet that hold something: values, formula columns, pivot fallbacks and their notes. */
  const usedRows = (s: SheetPlan): Set<number> => {
    const rows = new Set<number>();
    const blocks: Block[] = [...s.blocks, ...s.pivots.flatMap((p) => p.fallback.blocks)];
    for (const b of blocks) {
      const n = b.kind === "values" ? b.values.length : b.results.length;
      for (let i = 0; i < n; i++) rows.add(b.row + i);
    }
    for (const p of s.pivots) rows.add(p.fallback.noteRow);
    return rows;
  };

  it("leaves at most one empty row between the blocks of a unit, leader or summary sheet", () => {
    for (const s of plan.sheets.filter((x) => ["unit", "leader", "summary"].includes(x.kind))) {
      const rows = usedRows(s);
      const last = Math.max(...rows);
      for (let r = 0; r < last; r++) {
        if (!rows.has(r))
          expect({ sheet: s.name, row: r, next: rows.has(r + 1) }).toEqual({
            sheet: s.name,
            row: r,
            next: true,
          });
      }
    }
  });

  it("keeps the rows a PivotTable needs when planned for Excel", () => {
    const unit = buildPlan(model).sheets.find((s) => s.name === "梧桐街道") as SheetPlan;
    const rows = usedRows(unit);
    const gaps = [...Array(Math.max(...rows)).keys()].filter((r) => !rows.has(r));
    expect(gaps.length).toBeGreaterThan(2);
  });
});
