/**
 * A table's target column (目标值, 年度目标, 指标值) in every kind of file a clerk receives (trial 21, H2): an indicator
 * table 序号 | 指标名称 | 目标值 | 牵头单位 | 配合单位, as 附件1 of a breakdown is often written. Its target reaches the
 * task's text, and from there 量化指标 (targetsOfTasks, as build writes it) with its unit and comparison; a cell
 * 量化指标 cannot read is kept in the text and named. A 工作目标 column beside the task column is set apart by ，(L6).
 */

import { loadDocument } from "../../src/core/files/loadDocument";
import { targetsOfTasks } from "../../src/core/cycle/targets";
import { message } from "../../src/core/messages";
import type { ParsedDocument } from "../../src/core/types";
import { fileReaders } from "../../src/readers";
import { join } from "node:path";
import { ROOT } from "../support/paths";

const readers = fileReaders(join(ROOT, "node_modules", "pdfjs-dist", "cmaps") + "/");
const read = (bytes: Uint8Array, name: string): Promise<ParsedDocument> => loadDocument(bytes, readers, name);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const TITLE = "2020年主要经济社会发展指标责任分解";
const HEADER = ["序号", "指标名称", "目标值", "牵头单位", "配合单位"];
const ROWS = [
  ["1", "地区生产总值增长", "6%左右", "发改局", "统计局"],
  ["2", "一般公共预算收入增长", "5%", "财政局", "税务局"],
  ["3", "空气质量优良率", "85%以上", "生态环境局", "生态创建办"],
  ["4", "单位GDP能耗下降", "完成省下达任务", "发改局", "经信局"],
];

/** What the table says, read by hand: each indicator's name, then its target as the document writes the two. */
const TASKS = [
  ["1", "地区生产总值增长6%左右", ["发改局"], ["统计局"]],
  ["2", "一般公共预算收入增长5%", ["财政局"], ["税务局"]],
  ["3", "空气质量优良率85%以上", ["生态环境局"], ["生态创建办"]],
  ["4", "单位GDP能耗下降，完成省下达任务", ["发改局"], ["经信局"]],
];

/** The 量化指标 rows build writes for them: indicator, value, unit, kind, bound (4 has no figure: none). */
const TARGETS = [
  ["1", "地区生产总值增长", 6, "%", "增长", null],
  ["2", "一般公共预算收入增长", 5, "%", "增长", null],
  ["3", "空气质量优良率", 85, "%", "达到", "下限"],
];

function expectTargets(parsed: ParsedDocument): void {
  expect(parsed.tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual(TASKS);
  expect(
    targetsOfTasks(parsed.tasks).map((t) => [t.taskId, t.indicator, t.value, t.unit, t.kind, t.bound]),
  ).toEqual(TARGETS);
  // The one target 量化指标 cannot read is kept in the text and named: words only, a 提示.
  const unread = parsed.issues.filter((i) => i.code === "target-unread");
  expect(unread.map((i) => [i.severity, i.params])).toEqual([
    ["info", { id: "4", target: "完成省下达任务" }],
  ]);
  expect(message("target-unread", unread[0]?.params ?? {})).toContain("“完成省下达任务”已写入任务内容");
}

describe("an indicator table's 目标值 column reaches the task and 量化指标 in every kind of file", () => {
  it.each([
    ["tab .txt", (r: readonly string[]) => r.join("\t")],
    ["'|' .txt", (r: readonly string[]) => `| ${r.join(" | ")} |`],
  ])("%s", async (_kind, line) => {
    const text = [TITLE, line(HEADER), ...ROWS.map(line)].join("\n");
    expectTargets(await read(utf8(text), "指标.txt"));
  });

  it("one cell a line (.txt, read by the generic reader)", async () => {
    const text = [TITLE, ...HEADER, ...ROWS.flat()].join("\n");
    expectTargets(await read(utf8(text), "指标.txt"));
  });

  it(".csv", async () => {
    const text = [TITLE, HEADER.join(","), ...ROWS.map((r) => r.join(","))].join("\n") + "\n";
    expectTargets(await read(utf8(text), "指标.csv"));
  });

  it(".xlsx", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("指标");
    ws.addRow([TITLE]);
    ws.addRow(HEADER);
    for (const r of ROWS) ws.addRow([Number(r[0]), ...r.slice(1)]);
    // A target typed as a number shown as a percentage (5%): the reader gives it as shown.
    ws.getCell("C4").value = 0.05;
    ws.getCell("C4").numFmt = "0%";
    expectTargets(await read(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "指标.xlsx"));
  });

  it(".docx", async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import("docx");
    const row = (cells: readonly string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = new Document({
      sections: [{ children: [new Paragraph(TITLE), new Table({ rows: [row(HEADER), ...ROWS.map(row)] })] }],
    });
    expectTargets(await read(new Uint8Array(await Packer.toBuffer(doc)), "指标.docx"));
  });
});

describe("other target columns", () => {
  it("年度目标 with the figure's measure in a 计量单位 column: the figure with its measure", async () => {
    const text = [
      "序号\t指标名称\t计量单位\t年度目标\t责任单位",
      "1\t城镇新增就业\t万人\t1.2\t人社局",
      "2\t居民人均可支配收入增长\t%\t/\t统计局",
    ].join("\n");
    const parsed = await read(utf8(text), "指标.txt");
    // A cell marked empty (/) is no target: nothing kept, nothing said.
    expect(parsed.tasks.map((t) => t.text)).toEqual(["城镇新增就业1.2万人", "居民人均可支配收入增长"]);
    expect(targetsOfTasks(parsed.tasks).map((t) => [t.indicator, t.value, t.unit, t.kind])).toEqual([
      ["城镇新增就业", 1.2, "万人", "累计新增"],
    ]);
    expect(parsed.issues).toEqual([]);
  });

  it("a 目标值 beside a task column is set apart; a figure 量化指标 cannot read is a warning", async () => {
    const text = [
      "序号\t工作任务\t目标值\t牵头单位",
      "1\t推进重大项目建设\t开工率95%以上\t发改局",
      "2\t优化营商环境\t竣工验收“最多80天”\t政务数据办",
    ].join("\n");
    const parsed = await read(utf8(text), "任务.txt");
    expect(parsed.tasks.map((t) => t.text)).toEqual([
      "推进重大项目建设，开工率95%以上",
      "优化营商环境，竣工验收“最多80天”",
    ]);
    expect(targetsOfTasks(parsed.tasks).map((t) => [t.taskId, t.indicator, t.value, t.bound])).toEqual([
      ["1", "开工率", 95, "下限"],
    ]);
    expect(parsed.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ["target-unread", "warning", { id: "2", target: "竣工验收“最多80天”" }],
    ]);
  });

  it("a 工作目标 column after 重点工作 is kept after the task, set apart by ，(trial 21, L6)", async () => {
    const text = [
      "序号\t重点工作\t工作目标\t牵头单位\t配合单位\t完成时限",
      "1\t推进重大项目建设\t抓好172个市级重大项目建设,确保开工率达95%以上\t发改局\t经信局、建设局\t2020年12月底",
    ].join("\n");
    const parsed = await read(utf8(text), "任务.txt");
    expect(parsed.tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      [
        "推进重大项目建设，抓好172个市级重大项目建设,确保开工率达95%以上",
        ["发改局"],
        ["经信局", "建设局"],
        "2020年12月底",
      ],
    ]);
    expect(targetsOfTasks(parsed.tasks).map((t) => t.phrase)).toEqual(["开工率达95%以上"]);
  });

  it("names no 工作目标 that is a sentence of work: the task's words, not a target value", async () => {
    const text = [
      "序号\t重点工作\t工作目标\t牵头单位",
      "1\t深化改革\t2020年底前完成机构改革,理顺职责关系,推动各项改革任务全面落地见效。\t编办",
    ].join("\n");
    const parsed = await read(utf8(text), "任务.txt");
    expect(parsed.tasks.map((t) => t.text)).toEqual([
      "深化改革，2020年底前完成机构改革,理顺职责关系,推动各项改革任务全面落地见效。",
    ]);
    expect(parsed.issues).toEqual([]);
  });
});
