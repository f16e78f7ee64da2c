/**
 * A 序号 (and units) cell merged over several rows of a spreadsheet or Word table, as each kind of file gives it:
 * the number once and empty below (.csv, where the merge is lost), the number again in every row (.xlsx read with
 * its merges, a PDF or Word table: the merge filled in), or once with the rows one cell per line (a web page's
 * copy). A clerk reads the merged value down to the next value: every kind reads the same sub-rows 5.1, 5.2
 * sharing the merged units, never a row dropped as loose text nor a 5-2 called a duplicate.
 */

import { gridText } from "../../../src/core/files/grid";
import { loadDocument } from "../../../src/core/files/loadDocument";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import type { ParsedDocument } from "../../../src/core/types";

const noReaders = () => Promise.reject(new Error("no converter needed"));
const read = (p: ParsedDocument) => p.tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);
const codes = (p: ParsedDocument) => p.issues.map((i) => i.code);

/** Header words and units of two made-up places, so that the rule is not one document's. */
const VARIANTS = [
  {
    header: ["序号", "工作任务", "责任单位", "完成时限"],
    units: ["市住建局、市发改委", "市交通局、市城管局", "市民政局"],
  },
  {
    header: ["编号", "重点任务", "牵头部门", "时间节点"],
    units: ["县住建局", "县交通运输局", "县民政局"],
  },
];

describe.each(VARIANTS)("a merged 序号 over two rows ($header.1, $header.2)", ({ header, units }) => {
  const [u4, u5, u6] = units as [string, string, string];
  const expected = [
    ["4", "推进城东片区改造。", ...roles(u4), "年底"],
    ["5.1", "新建人行天桥2座。", ...roles(u5), "6月底"],
    ["5.2", "改造农贸市场3个。", ...roles(u5), "9月底"],
    ["6", "完善养老服务体系。", ...roles(u6), "年底"],
  ];
  function roles(cell: string): [string[], string[]] {
    const [lead, ...co] = cell.split("、");
    return [[lead as string], co];
  }
  const cells = (five: string, units5: string): string[][] => [
    ["2021年重点工作责任分解表"],
    header,
    ["4", "推进城东片区改造。", u4, "年底"],
    ["5", "新建人行天桥2座。", u5, "6月底"],
    [five, "改造农贸市场3个。", units5, "9月底"],
    ["6", "完善养老服务体系。", u6, "年底"],
  ];

  it("as .csv (the merge lost: 序号 and units empty below): the row is 5's second sub-row, not loose text", async () => {
    const csv = cells("", "")
      .map((r) => r.join(","))
      .join("\r\n");
    const parsed = await loadDocument(new TextEncoder().encode(csv), noReaders, "分解.csv");
    expect(read(parsed)).toEqual(expected);
    expect(codes(parsed)).not.toContain("text-unattached");
  });

  it("as .xlsx with its merges (filled into every row they cover): the same, no duplicate number", () => {
    const grid = cells("", "");
    const text = gridText([
      {
        name: "S",
        cells: grid,
        merges: [
          { top: 3, left: 0, bottom: 4, right: 0 },
          { top: 3, left: 2, bottom: 4, right: 2 },
        ],
      },
    ]);
    const parsed = parseBreakdown(text);
    expect(read(parsed)).toEqual(expected);
    expect(codes(parsed)).not.toContain("number-duplicated");
  });

  it("as a table copied one cell per line, as before", () => {
    const lines = cells("", "").flatMap((r) => r.filter((c) => c !== ""));
    expect(read(parseBreakdown(lines.join("\n")))).toEqual(expected);
  });
});

describe("rows under a merged 序号 that are not sub-rows", () => {
  const table = (rows: string[][]): ParsedDocument =>
    parseBreakdown(["序号\t工作任务\t责任单位\t完成时限", ...rows.map((r) => r.join("\t"))].join("\n"));

  it("a row whose task words go on from a sentence the row above left unfinished is more of that task", () => {
    const parsed = table([
      ["1", "推进城东片区", "市住建局", "年底"],
      ["", "改造。", "", ""],
      ["2", "完善养老服务体系。", "市民政局", "年底"],
    ]);
    expect(read(parsed)).toEqual([
      ["1", "推进城东片区改造。", ["市住建局"], [], "年底"],
      ["2", "完善养老服务体系。", ["市民政局"], [], "年底"],
    ]);
  });

  it("a number written twice over different units is still a duplicate, said so", () => {
    const parsed = table([
      ["5", "新建人行天桥2座。", "市交通局", "6月底"],
      ["5", "改造农贸市场3个。", "市商务局", "9月底"],
    ]);
    expect(read(parsed).map((t) => t[0])).toEqual(["5", "5-2"]);
    expect(codes(parsed)).toContain("number-duplicated");
  });

  it("a numbered row without units keeps none (the sample's 4.19): only an unnumbered row shares a merge", () => {
    const parsed = table([
      ["18", "新建人行天桥2座。", "市交通局", "6月底"],
      ["19", "改造农贸市场3个。", "", "9月底"],
    ]);
    expect(read(parsed)).toEqual([
      ["18", "新建人行天桥2座。", ["市交通局"], [], "6月底"],
      ["19", "改造农贸市场3个。", [], [], "9月底"],
    ]);
  });
});
