/** PDF layout from text positions: lines, ruled tables with merged cells, page furniture, rows cut by a page. */

import { pdfRead, pdfText, unruledRows } from "../../../src/core/files/pdfText";
import type { PdfPage, PdfRule, PdfText } from "../../../src/core/files/pdfTypes";

const text = (str: string, x: number, y: number, h = 10): PdfText => ({ str, x, y, w: str.length * h, h });
const hline = (y: number, x1: number, x2: number): PdfRule => ({ x1, y1: y, x2, y2: y });
const vline = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, y1, x2: x, y2 });
const page = (texts: PdfText[], rules: PdfRule[] = []): PdfPage => ({
  width: 600,
  height: 800,
  texts,
  rules,
});

/** A ruled table: columns at x = 50, 100, 300, 400, 550; rows between the given ys (top first). */
function ruled(ys: number[], skipV: Array<[number, number]> = []): PdfRule[] {
  const xs = [50, 100, 300, 400, 550];
  const rules: PdfRule[] = ys.map((y) => hline(y, 50, 550));
  for (const x of xs) {
    for (let r = 0; r + 1 < ys.length; r++) {
      // A missing border piece (column edge x, row r) merges the cells either side of it.
      if (!skipV.some(([sx, sr]) => sx === x && sr === r))
        rules.push(vline(x, ys[r + 1] as number, ys[r] as number));
    }
  }
  return rules;
}

describe("pdfText", () => {
  it("joins pieces on one baseline left to right and orders lines top to bottom", () => {
    const p = page([text("二、重点工作", 50, 600), text("一、总体要求", 50, 700), text("(牵头)", 110, 700)]);
    expect(pdfText([p])).toBe("一、总体要求(牵头)\n二、重点工作");
  });

  it("splits a line at a wide gap into tab-separated cells (a table without borders)", () => {
    const p = page([text("1", 50, 700), text("修路", 100, 700), text("交通局", 400, 700)]);
    expect(pdfText([p])).toBe("1\t修路\t交通局");
  });

  it("reads a ruled table cell by cell, a wrapped cell as one cell, a row-spanning cell in each row", () => {
    // Header 780–760, row 1 760–720, row 2 720–680; the leader column's border between rows 1 and 2 is missing.
    const rules = ruled([780, 760, 720, 680]).filter((r) => !(r.y1 === 720 && r.y2 === 720));
    rules.push(hline(720, 50, 300), hline(720, 400, 550));
    const p = page(
      [
        text("序号", 55, 765),
        text("工作任务", 105, 765),
        text("分管领导", 305, 765),
        text("责任单位", 405, 765),
        text("1", 55, 740),
        text("推进城东片区", 105, 745),
        text("改造。", 105, 730),
        text("王某市长", 305, 715),
        text("建设局", 405, 745),
        text("发改局", 405, 730),
        text("2", 55, 700),
        text("完善养老服务。", 105, 700),
        text("民政局", 405, 700),
      ],
      rules,
    );
    expect(pdfText([p]).split("\n")).toEqual([
      "序号\t工作任务\t分管领导\t责任单位",
      "1\t推进城东片区改造。\t王某市长\t建设局、发改局",
      "2\t完善养老服务。\t王某市长\t民政局",
    ]);
  });

  it("drops a running header, footer page numbers and a repeated header row; joins a row cut by the page", () => {
    const header = (n: number) => [text("2021年重点工作责任分解表", 50, 780), text(`- ${n} -`, 280, 20)];
    const one = page(
      [
        ...header(1),
        text("序号", 55, 705),
        text("工作任务", 105, 705),
        text("分管领导", 305, 705),
        text("责任单位", 405, 705),
        text("1", 55, 680),
        text("推进城东", 105, 680),
        text("王某", 305, 680),
        text("建设局、", 405, 680),
      ],
      ruled([720, 690, 660]),
    );
    const two = page(
      [
        ...header(2),
        text("序号", 55, 705),
        text("工作任务", 105, 705),
        text("分管领导", 305, 705),
        text("责任单位", 405, 705),
        text("改造。", 105, 680),
        text("发改局", 405, 680),
        text("2", 55, 650),
        text("完善养老。", 105, 650),
        text("王某", 305, 650),
        text("民政局", 405, 650),
      ],
      ruled([720, 690, 660, 630]),
    );
    expect(pdfText([one, two]).split("\n")).toEqual([
      "序号\t工作任务\t分管领导\t责任单位",
      "1\t推进城东改造。\t王某\t建设局、发改局",
      "2\t完善养老。\t王某\t民政局",
    ]);
  });

  it("drops the repeated header of a second table on its next page, and keeps each table's own header", () => {
    const row = (y: number, cells: string[]) =>
      cells.map((c, i) => text(c, [55, 105, 305, 405][i] as number, y));
    const one = page(
      [
        ...row(705, ["序号", "指标", "单位", "牵头单位"]),
        ...row(675, ["1", "地区生产总值", "亿元", "发改局"]),
        text("附件2", 50, 600),
        ...row(555, ["序号", "工作任务", "分管领导", "责任单位"]),
        ...row(525, ["1", "推进城东改造。", "王某", "建设局"]),
      ],
      [...ruled([720, 690, 660]), ...ruled([570, 540, 510])],
    );
    const two = page(
      [
        ...row(705, ["序号", "工作任务", "分管领导", "责任单位"]),
        ...row(675, ["2", "完善养老。", "王某", "民政局"]),
      ],
      ruled([720, 690, 660]),
    );
    expect(pdfText([one, two]).split("\n")).toEqual([
      "序号\t指标\t单位\t牵头单位",
      "1\t地区生产总值\t亿元\t发改局",
      "附件2",
      "序号\t工作任务\t分管领导\t责任单位",
      "1\t推进城东改造。\t王某\t建设局",
      "2\t完善养老。\t王某\t民政局",
    ]);
  });

  it("keeps the caption between two ruled tables between them, never in a borderless table with the one above", () => {
    // Each caption has a wide gap in it (表一   2020年…): two such lines alone would make a table without borders.
    const cells = (y: number, c: string[]) => c.map((v, i) => text(v, [55, 105, 305, 405][i] as number, y));
    const p = page(
      [
        text("表一", 50, 760),
        text("2020年主要指标", 200, 760),
        ...cells(725, ["序号", "指标", "牵头单位", "配合单位"]),
        ...cells(695, ["1", "地区生产总值", "发改局", "统计局"]),
        text("表二", 50, 650),
        text("2020年重点工作", 200, 650),
        ...cells(615, ["序号", "工作任务", "牵头单位", "分管领导"]),
        ...cells(585, ["1", "推进城东改造。", "建设局", "王某"]),
      ],
      [...ruled([740, 710, 680]), ...ruled([630, 600, 570])],
    );
    expect(pdfText([p]).split("\n")).toEqual([
      "表一\t2020年主要指标",
      "序号\t指标\t牵头单位\t配合单位",
      "1\t地区生产总值\t发改局\t统计局",
      "表二\t2020年重点工作",
      "序号\t工作任务\t牵头单位\t分管领导",
      "1\t推进城东改造。\t建设局\t王某",
    ]);
  });

  it("keeps a title line that appears only once, even in the top margin", () => {
    const p = page([text("关于印发责任分解的通知", 50, 780), text("一、重点工作", 50, 600)]);
    expect(pdfText([p, page([text("二、其他", 50, 600)])])).toBe(
      "关于印发责任分解的通知\n一、重点工作\n二、其他",
    );
  });

  describe("a cell merged over a page break", () => {
    // 序号 | 工作任务 | 牵头单位 | 配合单位 | 分管领导, each page's rows between the given ys (top first).
    const xs = [50, 80, 250, 350, 450, 550];
    /** The borders of a table whose cell (column c, row r) is merged with the one below for each [c, r] of `open`. */
    function merged(ys: number[], open: Array<[number, number]>): PdfRule[] {
      const rules: PdfRule[] = xs.map((x) => vline(x, ys[ys.length - 1] as number, ys[0] as number));
      ys.forEach((y, r) => {
        for (let c = 0; c + 1 < xs.length; c++) {
          if (!open.some(([oc, or]) => oc === c && or + 1 === r))
            rules.push(hline(y, xs[c] as number, xs[c + 1] as number));
        }
      });
      return rules;
    }
    const row = (y: number, cells: string[]): PdfText[] =>
      cells.flatMap((c, i) => (c === "" ? [] : [text(c, (xs[i] as number) + 3, y)]));
    const one = page(
      [
        ...row(765, ["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]),
        ...row(740, ["1", "修路。", "交通局", "财政局", "王某"]),
        ...row(710, ["2", "建桥。", "", "发改局", ""]),
      ],
      // The lead and the leader merged over rows 1 and 2.
      merged(
        [780, 760, 730, 700],
        [
          [2, 1],
          [4, 1],
        ],
      ),
    );

    it("carries the text into the empty cells it covers on the next page, with a warning naming the rows", () => {
      // Page 2: the lead still merged over rows 3 and 4, the leader over 3–5; row 4's co-unit cell and row 5's unit
      // cells have borders of their own and are empty.
      const two = page(
        [
          ...row(765, ["3", "铺管。", "", "财政局", ""]),
          ...row(735, ["4", "植树。"]),
          ...row(705, ["5", "清河。"]),
        ],
        merged(
          [780, 750, 720, 690],
          [
            [2, 0],
            [4, 0],
            [4, 1],
          ],
        ),
      );
      expect(pdfRead([one, two])).toEqual({
        text: [
          "序号\t工作任务\t牵头单位\t配合单位\t分管领导",
          "1\t修路。\t交通局\t财政局\t王某",
          "2\t建桥。\t交通局\t发改局\t王某",
          "3\t铺管。\t交通局\t财政局\t王某",
          "4\t植树。\t交通局\t\t王某",
          "5\t清河。\t\t\t王某",
        ].join("\n"),
        issues: [
          {
            code: "pdf-cell-across-pages",
            severity: "warning",
            line: 4,
            params: { from: 4, to: 6, cells: ["牵头单位“交通局”", "分管领导“王某”"], spans: ["4–5", "4–6"] },
          },
        ],
      });
    });

    it("gives the rows under a cell cut by the break its whole text, joined with the row the break cut", () => {
      // Row 1 runs over the break; its lead cell, merged with row 2's on page 2, wraps there (交通局(公 / 路局)).
      const top = page(
        [
          ...row(765, ["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]),
          ...row(740, ["1", "推进城东", "交通局(公", "财政局", "王某"]),
        ],
        merged([780, 760, 730], []),
      );
      const next = page(
        [...row(765, ["", "改造。", "路局)"]), ...row(735, ["2", "建桥。", "", "发改局", "王某"])],
        merged([780, 750, 720], [[2, 0]]),
      );
      expect(pdfRead([top, next])).toEqual({
        text: [
          "序号\t工作任务\t牵头单位\t配合单位\t分管领导",
          "1\t推进城东改造。\t交通局(公路局)\t财政局\t王某",
          "2\t建桥。\t交通局(公路局)\t发改局\t王某",
        ].join("\n"),
        issues: [],
      });
    });

    it("leaves a bordered empty cell of one row empty on both sides of the break; a leader alone is a 提示", () => {
      // Page 2: row 3's lead and co-unit cells are cells of one row, empty; the leader merged over rows 3 and 4.
      const two = page(
        [...row(765, ["3", "铺管。"]), ...row(735, ["4", "植树。", "水务局", "", ""])],
        merged([780, 750, 720], [[4, 0]]),
      );
      const oneRow = page(
        [
          ...row(765, ["序号", "工作任务", "牵头单位", "配合单位", "分管领导"]),
          ...row(740, ["1", "修路。", "交通局", "财政局", "王某"]),
        ],
        merged([780, 760, 730], []),
      );
      expect(pdfRead([oneRow, two])).toEqual({
        text: [
          "序号\t工作任务\t牵头单位\t配合单位\t分管领导",
          "1\t修路。\t交通局\t财政局\t王某",
          "3\t铺管。\t\t\t王某",
          "4\t植树。\t水务局\t\t王某",
        ].join("\n"),
        issues: [
          {
            code: "pdf-cell-across-pages",
            severity: "info",
            line: 3,
            params: { from: 3, to: 4, cells: ["分管领导“王某”"], spans: ["3–4"] },
          },
        ],
      });
    });
  });

  describe("a table drawn without borders", () => {
    // Rows of cells set apart by wide gaps only, the units of row 1 on two lines (the first above the row's own line).
    const unruled = page([
      text("2016年民生实事目标任务分解表", 50, 780),
      text("序号", 50, 740),
      text("民生实事", 100, 740),
      text("责任单位", 400, 740),
      text("县水务局", 400, 712),
      text("1", 50, 700),
      text("启动东湖湿地公园建设。", 100, 700),
      text("县住建局", 400, 700),
      text("2", 50, 660),
      text("新建2座人行天桥。", 100, 660),
      text("县住建局", 400, 660),
    ]);

    it("reads its rows from the 序号 column, the unit above row 1's line in row 1: no row guessed, none counted", () => {
      expect(pdfText([unruled]).split("\n")).toEqual([
        "2016年民生实事目标任务分解表",
        "序号\t民生实事\t责任单位",
        "1\t启动东湖湿地公园建设。\t县水务局、县住建局",
        "2\t新建2座人行天桥。\t县住建局",
      ]);
      expect(unruledRows([unruled])).toBe(0);
      expect(unruledRows([page([text("一、总体要求", 50, 700), text("二、重点工作", 50, 680)])])).toBe(0);
      const rules = ruled([780, 760, 720]);
      const ruledPage = page(
        [
          text("序号", 55, 765),
          text("工作任务", 105, 765),
          text("分管领导", 305, 765),
          text("责任单位", 405, 765),
          text("1", 55, 740),
          text("修路", 105, 740),
          text("王某", 305, 740),
          text("交通局", 405, 740),
        ],
        rules,
      );
      expect(unruledRows([ruledPage])).toBe(0);
    });
  });
});
