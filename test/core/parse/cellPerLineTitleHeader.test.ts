import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits]);

// A table copied one cell a line, its title just over its header and its header repeated on each page: neither the
// title nor the repeated header is a cell of the table.
describe("a table one cell a line", () => {
  const rows: ReadonlyArray<readonly [string, string, string]> = [
    ["新建社区养老服务站6个。", "市民政局", "市卫健委"],
    ["深化与本地高校合作,引进急需紧缺人才", "市人社局", "市教育局"],
    ["完善城市排水防涝设施", "市水务局", "市城管局"],
  ];
  const body = (header: readonly string[], gap: string): string[] =>
    rows.flatMap(([task, lead, co], k) => [
      ...(k === 2 ? ["— 2 —", ...header] : []),
      task,
      gap,
      lead,
      gap,
      co,
    ]);
  const expected = rows.map(([task, lead, co]) => [task, [lead], [co]]);

  it.each([
    ["one unit column", ["工作任务", "", "责任单位"]],
    ["a lead and a co-unit column", ["工作任务", "", "牵头单位", "", "配合单位"]],
  ])("reads each row's own task under a title and a header repeated on the next page: %s", (_, header) => {
    const text = ["2025年重点工作任务分解表", "", ...header, ...body(header, "")].join("\n");
    expect(read(text)).toEqual(expected);
  });
});
