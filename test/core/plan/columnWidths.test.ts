import {
  allocateWidths,
  cellLines,
  cellOf,
  charsPerLine,
  headerLines,
  minimumWidth,
} from "../../../src/core/plan/columnWidths";
import { linesIn } from "../../../src/core/plan/print";

// Widths in column units; a Chinese character is 1.875 of them and a cell keeps 0.5 for padding, so a
// column w wide holds floor((w − 0.5) / 1.875) characters a line: 4 → 1, 5 → 2, 7 → 3, 8 → 4, 16 → 8.

/** Two columns of two rows: A holds 8 characters a row, B 2; both at least 4 wide. */
const twoColumns = [
  { cells: [[8], [8]], min: 4 },
  { cells: [[2], [2]], min: 4 },
];

describe("lines of a cell", () => {
  it("holds floor((w − 0.5) / 1.875) Chinese characters a line, as the row heights count them", () => {
    expect([4, 5, 7, 8, 16].map(charsPerLine)).toEqual([1, 2, 3, 4, 8]);
    for (const n of [1, 7, 8, 9, 30, 61])
      for (const w of [4, 9, 21, 36, 47])
        expect({ n, w, lines: cellLines(cellOf("一".repeat(n)), w) }).toEqual({
          n,
          w,
          lines: linesIn("一".repeat(n), w),
        });
  });

  it("counts each line of a cell and an empty cell as one line", () => {
    expect(cellLines(cellOf("一二三\n四"), 8)).toBe(2);
    expect(cellLines([], 8)).toBe(1);
    expect(cellLines(cellOf(""), 8)).toBe(1);
  });
});

describe("allocating widths for the fewest lines", () => {
  it("spends the room where it saves the most lines per unit", () => {
    // From 4 + 4 (rows of 8 lines) with 4 to spend: A at 5 (2 a line, 4 lines) saves 8 lines for 1 unit,
    // the best rate; then A at 8 (2 lines) saves 4 more for 3. [8, 4]: two rows of 2 lines; [7, 5] would
    // leave 3 and [6, 6] 4.
    expect(allocateWidths(twoColumns, 12)).toEqual([8, 4]);
  });

  it("also shortens a cell tied for its row's height, so that a later widening pays", () => {
    // After [8, 4] both columns take 2 lines a row: widening A alone to 16 (1 line) saves nothing while B
    // still takes 2. B at 5 (1 line, 0.1 a tied cell) comes first, then A at 16 saves a line a row for 8.
    expect(allocateWidths(twoColumns, 21)).toEqual([16, 5]);
  });

  it("gives room that saves no line to the column with the most text per unit of its width", () => {
    // At [16, 5] every row is one line; 3 units are left. A holds 16 characters, B 4: 16/16 > 4/5, and
    // still 16/18 > 4/5, so A takes all three.
    expect(allocateWidths(twoColumns, 24)).toEqual([19, 5]);
  });

  it("counts the room in what a width costs", () => {
    // Each unit costs 2: from 16 spent, 18 leaves room for A at 5 only.
    expect(allocateWidths(twoColumns, 18, (w) => 2 * w)).toEqual([5, 4]);
  });

  it("keeps the minima when they already take more than the room", () => {
    expect(
      allocateWidths(
        [
          { cells: [[30]], min: 10 },
          { cells: [[30]], min: 10 },
        ],
        15,
      ),
    ).toEqual([10, 10]);
  });
});

describe("the narrowest a column may be", () => {
  it("fits its header on three lines at most", () => {
    // At 5 (4.5 of text): 完成 / 进度 / (%), three lines; at 4 a character a line, five.
    expect(minimumWidth("完成进度(%)", [])).toBe(5);
    expect(linesIn("完成进度(%)", 4)).toBe(5);
  });

  it("keeps a date and a short unit name on one line, and lets a long name wrap", () => {
    // 2020-12-31: 10 digits and dashes, 10.5 wide. 梧桐街道: 4 × 1.875 = 7.5, 8 wide; 市场监管局 (5
    // characters) may wrap, and 发改局 needs 6.125 (7).
    expect(minimumWidth("截止日期", ["2020-12-31", ""])).toBe(11);
    expect(minimumWidth("配合单位", ["发改局、梧桐街道、市场监管局"])).toBe(8);
    expect(minimumWidth("配合单位", ["发改局、市场监管局"])).toBe(7);
  });

  it("keeps a header of up to three characters on one line, and an id's digits in the column", () => {
    // 编号, 职务: 2 × 1.875 + 0.5 of padding = 4.25, so 5 (at 1 they printed 编/号 and 10 as 1 / 0, the trial's
    // 长沙 ledger); 10 alone needs 2 + 0.5: 3.
    expect(minimumWidth("编号", ["10", "11", "12"])).toBe(5);
    expect(minimumWidth("职务", ["", ""])).toBe(5);
    expect(minimumWidth("", ["10"])).toBe(3);
    // Over one-character cells (亮灯: 红) the header may stack, as before: 3.
    expect(minimumWidth("亮灯", ["红", "绿", ""], 3)).toBe(3);
    expect(headerLines("亮灯")).toBe(1);
    expect(headerLines("完成时限")).toBe(2);
    expect(headerLines("完成进度(%)")).toBe(3);
  });

  it("never goes below the floor it is given", () => {
    expect(minimumWidth("备注", [], 8)).toBe(8);
    expect(minimumWidth("备注", ["一二三四五六七八九十"], 8)).toBe(8);
  });
});
