import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { isDeadline } from "../../../src/core/parse/deadline";
import { isUnitLike } from "../../../src/core/parse/splitUnits";

const read = (text: string): Array<[string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits]);

// A task may open with words a deadline opens with too (持续推进, 定期, 每年, 长期): a table's task cell that does so
// is a task, not a deadline cell that runs on in the row above.
describe("a task cell that opens like a deadline", () => {
  const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
    ["整治城南片区黑臭水体3处。", ["市生态环境局", "市水务局"]],
    ["持续开展农村人居环境整治提升和美丽乡村建设", ["市农业农村局", "市乡村振兴局"]],
    ["定期组织开展城镇燃气安全隐患排查整治工作", ["市住建局", "市应急管理局"]],
    ["每年培训新型职业农民不少于五百人次", ["市农业农村局", "市人社局"]],
    ["新建城市书房4个。", ["市文广旅局"]],
  ];
  const lines = (gap: string): string =>
    ["重点工作任务", "责任单位", ...rows.flatMap(([task, units]) => [task, ...units])].join(gap);
  const expected = rows.map(([task, units]) => [task, [units[0]], units.slice(1)]);

  it.each([
    ["one cell a line", "\n"],
    ["a blank line after each cell", "\n\n"],
  ])("is read as its own row with its own units: %s", (_, gap) => {
    expect(read(lines(gap))).toEqual(expected);
  });

  it("is no deadline, while the deadlines that open so stay deadlines", () => {
    for (const task of rows.map(([t]) => t)) expect(isDeadline(task)).toBe(false);
    for (const d of [
      "持续推进",
      "年内持续推进",
      "长期坚持",
      "每年12月底前完成",
      "定期开展",
      "持续推进,2025年底前完成",
    ])
      expect(isDeadline(d)).toBe(true);
  });

  it("is no unit when it counts places (3处) or roads (2条), as it is not when it counts 个", () => {
    for (const task of [
      "整治城南片区黑臭水体3处",
      "新建城市主干道2条",
      "改造危旧房屋120户",
      "新建城市书房4个",
    ])
      expect(isUnitLike(task)).toBe(false);
    for (const unit of ["市城管局", "市委办一处", "市水务局水政监察大队"])
      expect(isUnitLike(unit)).toBe(true);
  });

  it("is the next row's task when its row's units follow it, the deadline cell above left empty", () => {
    const text = [
      "工作任务",
      "",
      "牵头单位",
      "",
      "配合单位",
      "",
      "完成时限",
      "新建城市书房4个。",
      "",
      "市文广旅局",
      "",
      "市教育局",
      "",
      "",
      "",
      "改造老旧管网,年内启动城西片区",
      "",
      "市住建局",
      "",
      "市水务局",
      "",
      "",
      "",
      "整治背街小巷20条。",
      "",
      "市城管局",
      "",
      "",
      "",
      "",
      "年底前",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits, t.deadline])).toEqual([
      ["新建城市书房4个。", ["市文广旅局"], ["市教育局"], null],
      ["改造老旧管网,年内启动城西片区", ["市住建局"], ["市水务局"], null],
      ["整治背街小巷20条。", ["市城管局"], [], "年底前"],
    ]);
  });
});
