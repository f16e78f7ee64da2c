/**
 * Tables drawn without ruling lines, from made-up text positions: the rows come from the 序号 column and the white
 * across the table between them, so a cell of several lines, centred on its row, stays in its own row.
 */

import { loadDocument, type FileReaders } from "../../../src/core/files/loadDocument";
import { pdfText, unruledRows } from "../../../src/core/files/pdfText";
import { cellText } from "../../../src/core/files/pdfLines";
import { findUnruledTables } from "../../../src/core/files/pdfUnruled";
import type { PdfPage, PdfText } from "../../../src/core/files/pdfTypes";

const text = (str: string, x: number, y: number, h = 10): PdfText => ({ str, x, y, w: str.length * h, h });
const page = (texts: PdfText[]): PdfPage => ({ width: 600, height: 800, texts, rules: [] });
/** Columns: 序号 at 50, the task at 100, the units at 320, a note at 450; a cell's lines 14 apart (4 of white). */
const at = (column: number) => [50, 100, 320, 450][column] as number;
const cells = (y: number, ...strs: string[]): PdfText[] =>
  strs.flatMap((s, c) => (s === "" ? [] : [text(s, at(c), y)]));
const header = cells(760, "序号", "工作任务", "责任单位", "备注");

describe("a table without ruling lines", () => {
  it("keeps cells of one to four lines, centred on their rows, and an empty cell, in their own rows", () => {
    const p = page([
      text("2021年重点工作责任分解表", 50, 785),
      ...header,
      // Row 1: one line each, the note empty.
      ...cells(730, "1", "修路。", "交通局", ""),
      // Row 2: units four lines (the first above the row's number), the task two, the note one.
      ...cells(702, "", "", "建设局"),
      ...cells(688, "", "推进城东片区", "发改局"),
      ...cells(681, "2", "", "", "年内"),
      ...cells(674, "", "改造。", "财政局"),
      ...cells(660, "", "", "自然资源局"),
      // Row 3: the task three lines, the units one, no note.
      ...cells(644, "", "完善养老"),
      ...cells(630, "3", "服务体系", "民政局"),
      ...cells(616, "", "建设。"),
    ]);
    expect(pdfText([p]).split("\n")).toEqual([
      "2021年重点工作责任分解表",
      "序号\t工作任务\t责任单位\t备注",
      "1\t修路。\t交通局",
      "2\t推进城东片区改造。\t建设局、发改局、财政局、自然资源局\t年内",
      "3\t完善养老服务体系建设。\t民政局",
    ]);
    expect(unruledRows([p])).toBe(0);
  });

  it("reads cells written from the top of their rows the same", () => {
    const p = page([
      ...header,
      ...cells(730, "1", "推进城东", "建设局", "年内"),
      ...cells(716, "", "改造。", "发改局"),
      ...cells(702, "", "", "财政局"),
      ...cells(680, "2", "修路。", "交通局", "6月"),
    ]);
    expect(pdfText([p]).split("\n")).toEqual([
      "序号\t工作任务\t责任单位\t备注",
      "1\t推进城东改造。\t建设局、发改局、财政局\t年内",
      "2\t修路。\t交通局\t6月",
    ]);
  });

  it("gives a heading merged over the table a row of its own", () => {
    const p = page([
      ...header,
      text("一、扩大有效投资和消费需求", 50, 735),
      ...cells(704, "", "", "建设局"),
      ...cells(697, "1", "推进城东改造。", "", "年内"),
      ...cells(690, "", "", "发改局"),
      text("二、保障和改善民生", 50, 665),
      ...cells(640, "2", "完善养老服务。", "民政局", "年底"),
    ]);
    expect(pdfText([p]).split("\n")).toEqual([
      "序号\t工作任务\t责任单位\t备注",
      "一、扩大有效投资和消费需求",
      "1\t推进城东改造。\t建设局、发改局\t年内",
      "二、保障和改善民生",
      "2\t完善养老服务。\t民政局\t年底",
    ]);
  });

  it("joins a row a page break cut in two, its units cell too", () => {
    const one = page([
      ...header,
      ...cells(730, "1", "修路。", "交通局", "6月"),
      ...cells(702, "", "推进城东", "建设局"),
      ...cells(695, "2", "", "", "年内"),
      ...cells(688, "", "片区", "发改局"),
    ]);
    const two = page([
      ...cells(740, "", "改造。", "财政局"),
      ...cells(700, "3", "完善养老服务。", "民政局", "年底"),
    ]);
    expect(pdfText([one, two]).split("\n")).toEqual([
      "序号\t工作任务\t责任单位\t备注",
      "1\t修路。\t交通局\t6月",
      "2\t推进城东片区改造。\t建设局、发改局、财政局\t年内",
      "3\t完善养老服务。\t民政局\t年底",
    ]);
  });

  it("leaves a title spaced out one character at a time alone (责 任 分 解 表, 通 知)", () => {
    const spaced = (s: string, x: number, y: number): PdfText[] =>
      [...s].map((c, i) => text(c, x + i * 20, y));
    const p = page([
      ...spaced("责任分解表", 200, 760),
      text("为确保各项目标任务圆满完成,经市政府同意,现将重点工作责任", 50, 730),
      text("分工印发你们,请认真贯彻落实。", 50, 716),
      ...spaced("通知", 250, 690),
      text("一、总体要求", 50, 660),
    ]);
    expect(pdfText([p]).split("\n")).toEqual([
      "责任分解表",
      "为确保各项目标任务圆满完成,经市政府同意,现将重点工作责任",
      "分工印发你们,请认真贯彻落实。",
      "通知",
      "一、总体要求",
    ]);
  });

  it("leaves a page of paragraphs alone, and a single line with a gap", () => {
    const prose = page([
      text("一、总体要求", 50, 700),
      text("坚持稳中求进工作总基调,推动高质量发展。", 50, 680),
      text("时间:2025-09-19", 50, 660),
      text("来源:政府办", 300, 660),
    ]);
    expect(findUnruledTables(prose.texts).tables).toEqual([]);
  });

  describe("where no white shows where one row ends", () => {
    // Every line 14 apart, the white between rows no wider than between two lines of a cell: 建设局 may be row 1's
    // second unit or row 2's first.
    const guessed = page([
      ...header,
      ...cells(746, "1", "修路。", "交通局", "6月"),
      ...cells(732, "", "", "建设局"),
      ...cells(718, "2", "架桥。", "城建局", "7月"),
      ...cells(704, "3", "治水。", "水务局", "8月"),
      ...cells(690, "4", "植树。", "林业局", "9月"),
    ]);

    it("counts the rows whose border is a guess", () => {
      expect(unruledRows([guessed])).toBe(4);
    });

    it("says so once, as a warning naming how many rows, when such a PDF is opened", async () => {
      const readers: FileReaders = {
        docx: () => Promise.reject(new Error("not needed")),
        zip: () => Promise.reject(new Error("not needed")),
        sheets: () => Promise.reject(new Error("not needed")),
        pdf: () => Promise.resolve(() => Promise.resolve([guessed])),
      };
      const parsed = await loadDocument(new TextEncoder().encode("%PDF-1.7\n"), readers, "分解表.pdf");
      expect(parsed.issues.filter((i) => i.code === "pdf-unruled-table")).toEqual([
        { code: "pdf-unruled-table", severity: "warning", line: null, params: { rows: 4 } },
      ]);
    });
  });

  describe("a cell's lines", () => {
    // A units column six characters wide (320–380): a line that fills it was wrapped, a shorter one ends a unit.
    const lines = (...strs: string[]): PdfText[] => strs.map((str, k) => text(str, 320, 700 - 14 * k));

    it("join a unit's name wrapped at the column's edge, and set whole names one a line apart with 、", () => {
      expect(cellText(lines("区发展改革局", "区工业和信息", "化局", "沈阳近海经济", "区管委会"), 380)).toBe(
        "区发展改革局、区工业和信息化局、沈阳近海经济区管委会",
      );
    });

    it("tell a name that fills a line from one wrapped there: 区林业局 / 区供销联社, but 区人力社 / 保局", () => {
      // A column four characters wide (320–360).
      expect(cellText(lines("区农业农", "村委", "区林业局", "区供销联", "社"), 360)).toBe(
        "区农业农村委、区林业局、区供销联社",
      );
      expect(cellText(lines("区发展改", "革委", "区人力社", "保局"), 360)).toBe("区发展改革委、区人力社保局");
    });

    it("join a name whose last character went down with the 、 after it (a line may not open with 、)", () => {
      // 沈阳近海经济区管委 leaves a character's room: 会、 could not be split.
      expect(cellText(lines("沈阳近海经济区管委", "会、各镇政府(街道", "办事处)"), 420)).toBe(
        "沈阳近海经济区管委会、各镇政府(街道办事处)",
      );
    });

    it("keep a sentence wrapped over lines one sentence", () => {
      expect(cellText(lines("推进城东片区", "改造。"), 380)).toBe("推进城东片区改造。");
    });

    it("set units apart when the last goes on past a page break (its half is joined to the rest)", () => {
      expect(cellText(lines("生态创建办", "生态环境局桐"), 380)).toBe("生态创建办、生态环境局桐");
    });
  });
});
