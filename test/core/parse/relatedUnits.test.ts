import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { normalizeUnitName } from "../../../src/core/parse/unitName";
import { splitUnitList } from "../../../src/core/parse/unitLike";

// Made-up tables and lists of the family "the lead's column, then the units related to its work" (Set M's
// yueyanglou-2018: 牽頭單位 | 責任人 | 相關單位), with the shapes such lists write their units in: a note in a bracket
// after a name saying what part of the work the unit leads, or that the roles hold below too (市政府办公室(按职责
// 分工负责,下同)); one collective over the levels' offices (各乡、街道办事处), never over a group of its own (各街道、区
// 直各部门: two groups).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ leader: t.leader ?? null, leads: t.leads, co: t.coUnits }));

/** A table one cell a line, each cell on its own line, a blank line between. */
const oneCellALine = (header: string[], rows: string[][]) =>
  `目标任务完成情况一览表\n\n${[...header, ...rows.flat()].join("\n\n")}\n`;

describe("a column of related units beside the lead's", () => {
  it("reads 相关单位 after the lead and its contact person as the co-units, one cell a line", () => {
    const text = oneCellALine(
      ["序号", "目标任务", "责任领导", "牵头单位", "责任人", "相关单位", "完成情况"],
      [
        [
          "1",
          "地区生产总值增长9.5%",
          "徐  平",
          "区发改局",
          "徐铭喜",
          "区统计局、区财政局",
          "上半年增长7.5%。",
        ],
        ["2", "财政收入增长15%", "徐  平", "区财政局", "杨大明", "区国税局", "上半年完成16.6亿。"],
      ],
    );
    expect(read(text)).toEqual([
      { leader: "徐平", leads: ["区发改局"], co: ["区统计局", "区财政局"] },
      { leader: "徐平", leads: ["区财政局"], co: ["区国税局"] },
    ]);
  });

  it("reads 有关部门 the same in a piped table, a contact column between", () => {
    const text =
      "重点任务分解表\n\n序号 | 工作任务 | 牵头部门 | 联系人 | 有关部门 | 完成时限\n" +
      "1 | 推进老旧小区改造 | 县住建局 | 王明 | 县财政局、县城投公司 | 2024年底\n" +
      "2 | 新建中小学校2所 | 县教育局 | 李华 | 县自然资源局、县住建局 | 2024年9月\n";
    expect(read(text)).toEqual([
      { leader: null, leads: ["县住建局"], co: ["县财政局", "县城投公司"] },
      { leader: null, leads: ["县教育局"], co: ["县自然资源局", "县住建局"] },
    ]);
  });

  it("reads a leader's header cell wrapped in two (责任 / 领导) and the related units' cell wrapped over lines", () => {
    const text = oneCellALine(
      ["序号", "重点工作", "责任", "领导", "牵头单位", "责任人", "相关部门", "进展情况"],
      [
        [
          "1",
          "完成技改投资30亿元",
          "张  伟",
          "县工信局",
          "刘洋",
          "县发改局,",
          "县财政局、县商务局",
          "已完成18亿元。",
        ],
        ["2", "新增规上企业10家", "张  伟", "县工信局", "刘洋", "县统计局、县税务局", "已新增6家。"],
      ],
    );
    expect(read(text)).toEqual([
      { leader: "张伟", leads: ["县工信局"], co: ["县发改局", "县财政局", "县商务局"] },
      { leader: "张伟", leads: ["县工信局"], co: ["县统计局", "县税务局"] },
    ]);
  });

  it("keeps a units cell's last wrapped line that lists names with a comma in it, the progress after it its own", () => {
    const text = oneCellALine(
      ["序号", "目标任务", "分管领导", "牵头部门", "联系人", "有关单位", "推进情况"],
      [
        [
          "1",
          "新建公园3个",
          "李  强",
          "市住建局",
          "赵敏",
          "市财政局(资金保障牵头单位),",
          "市城管局;各镇、街道办事处",
          "已开工2个。",
        ],
        [
          "2",
          "改造农贸市场5个",
          "李  强",
          "市商务局",
          "孙磊",
          "市市场监管局,",
          "相关各单位,各镇人民政府",
          "已完成3个。",
        ],
      ],
    );
    expect(read(text)).toEqual([
      { leader: "李强", leads: ["市住建局"], co: ["市财政局", "市城管局", "各镇、街道办事处"] },
      { leader: "李强", leads: ["市商务局"], co: ["市市场监管局", "相关各单位", "各镇人民政府"] },
    ]);
  });
});

describe("a note in a bracket after a unit's name", () => {
  it.each([
    ["市政府办公室(按职责分工负责,下同)", "市政府办公室"],
    ["市政府办公室(按照职责分工负责;以下同)", "市政府办公室"],
    ["区统计局(数据统计评估牵头单位)", "区统计局"],
    ["县自然资源局(用地保障牵头部门)", "县自然资源局"],
    ["市财政局(资金保障负责单位)", "市财政局"],
  ])("%s is %s", (raw, name) => {
    expect(normalizeUnitName(raw)).toBe(name);
  });

  it.each([["各乡(镇)政府"], ["市财政局(市地方金融局)"], ["县委办(县委督查室)"], ["市发改委(牵头)"]])(
    "%s keeps its bracket (part of the name, or the lead's mark)",
    (raw) => {
      expect(normalizeUnitName(raw)).toBe(raw);
    },
  );

  it("reads the co-units of a bracket of roles whose last name has the note", () => {
    const text =
      "工作安排\n一、加强协调联动。建立联席会议制度。(责任单位:市发改委;市委办公室、市政府办公室(按职责分工负责,下同))\n" +
      "二、抓好统计监测。完善监测制度。(责任单位:市统计局;市财政局(数据核算牵头单位)、市税务局)\n";
    expect(read(text)).toEqual([
      { leader: null, leads: ["市发改委"], co: ["市委办公室", "市政府办公室"] },
      { leader: null, leads: ["市统计局"], co: ["市财政局", "市税务局"] },
    ]);
  });
});

describe("one collective over the levels' offices, a group of its own apart", () => {
  it.each([
    ["区财政局、各乡、街道办事处", ["区财政局", "各乡、街道办事处"]],
    ["各镇、街道办事处、县财政局", ["各镇、街道办事处", "县财政局"]],
    ["各乡、镇人民政府", ["各乡、镇人民政府"]],
    ["各县、市、区政府", ["各县、市、区政府"]],
    ["各街道、区直各部门", ["各街道", "区直各部门"]],
    ["各镇、县直各单位", ["各镇", "县直各单位"]],
  ])("%s", (list, units) => {
    expect(splitUnitList(list)).toEqual(units);
  });
});
