import { splitAfterRoleBrackets, splitCircledPoints } from "../../../src/core/parse/classify";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { bareLabelKind } from "../../../src/core/parse/labels";
import { readRoles } from "../../../src/core/parse/roles";
import { toLines, type SourceLine } from "../../../src/core/text/lines";

// The guards of the prose rules: each rule reads its shape, and leaves look-alike text as it was.
const line = (text: string): SourceLine => toLines(text)[0] as SourceLine;
const texts = (lines: SourceLine[]) => lines.map((l) => l.text);
const parse = (body: string) => parseBreakdown(`甲市2024年重点工作任务分解\n${body}`).tasks;

describe("runs closed by their own role bracket", () => {
  it("splits after a bracket that precedes its full stop", () => {
    expect(texts(splitAfterRoleBrackets(line("扩大投资(市发改委牵头)。促进消费(市商务局牵头)。")))).toEqual([
      "扩大投资(市发改委牵头)。",
      "促进消费(市商务局牵头)。",
    ]);
  });

  it("keeps a clause after a bracket and a comma in its sentence unless a bracket closes it", () => {
    const same = "扩大投资(市发改委牵头),确保年底前完成。";
    expect(texts(splitAfterRoleBrackets(line(same)))).toEqual([same]);
    expect(
      texts(splitAfterRoleBrackets(line("扩大投资(市发改委牵头),促进消费(市商务局牵头)。"))),
    ).toHaveLength(2);
  });

  it("never splits after a bracket that names no roles", () => {
    const text = "建设园区(一期)。推进二期(市发改委牵头)。";
    expect(texts(splitAfterRoleBrackets(line(text)))).toEqual([text]);
  });

  it("makes a numbered line's short title a heading over its runs", () => {
    const tasks = parse("(一)扩大投资。推进重大项目(市发改委牵头)。加快城际铁路(市交通局牵头)。");
    expect(tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1.1", ["市发改委"]],
      ["1.2", ["市交通局"]],
    ]);
  });
});

describe("points run together in one paragraph", () => {
  it("splits ①② and 一是…;二是… in their order only", () => {
    expect(texts(splitCircledPoints(line("①建档。②配设备。③培训。")))).toHaveLength(3);
    expect(texts(splitCircledPoints(line("一是建档;二是配设备。")))).toEqual(["一是建档;", "二是配设备。"]);
    expect(texts(splitCircledPoints(line("①建档。③配设备。")))).toHaveLength(1);
  });

  it("does not take 是 inside a word for a point's number", () => {
    expect(texts(splitCircledPoints(line("一是确保唯一二是说法。")))).toHaveLength(1);
  });
});

describe("roles around the task's words", () => {
  it("reads units written before the words, and leaves a colon inside a bracket alone", () => {
    expect(parse("1.【市发改委】实施重点项目200个。")[0]).toMatchObject({
      leads: ["市发改委"],
      text: "实施重点项目200个。",
    });
    const t = parse("1.实施县城整治工程(责任单位:县住建局、县交通局)")[0];
    expect(t).toMatchObject({ leads: ["县住建局"], coUnits: ["县交通局"], text: "实施县城整治工程" });
  });

  it("reads a closing sentence of roles only when its names end like organisations", () => {
    expect(parse("1.建设农田。县农业农村局牵头,县财政局配合。")[0]?.leads).toEqual(["县农业农村局"]);
    expect(parse("1.建设农田。各地要加强配合。\n2.推进改革。(市发改委牵头)")[0]?.coUnits).toEqual([]);
  });

  it("takes a bare label's value from the next line only when that line is unit names", () => {
    expect(bareLabelKind("责任单位")).toBe("list");
    expect(bareLabelKind("责任单位:")).toBe("list");
    expect(bareLabelKind("责任单位明确")).toBeNull();
    const tasks = parse("1.推进改革。\n责任单位\n要求各单位高度重视。\n2.盘活资产。(市国资委牵头)");
    expect(tasks.flatMap((t) => t.leads)).toEqual(["市国资委"]);
  });
});

describe("words of the vocabulary", () => {
  it.each([
    ["A、B分别负责", { leads: ["市发改委", "市统计局"], coUnits: [] }],
    [
      "市农业农村厅牵头,市粮食局、市统计局分别落实",
      { leads: ["市农业农村厅"], coUnits: ["市粮食局", "市统计局"] },
    ],
    ["市住建局为牵头单位,各街道为责任单位", { leads: ["市住建局"], coUnits: ["各街道"] }],
    ["牵头责任人:陈某,具体责任人:周某", { leads: ["陈某"], coUnits: ["周某"] }],
    ["牵头单位:县文化馆;牵头责任人:冯某", { leads: ["县文化馆"], coUnits: [] }],
    ["第一责任单位:市科技局;其他责任单位:市财政局", { leads: ["市科技局"], coUnits: ["市财政局"] }],
  ])("%s", (written, want) => {
    const text = written.replace("A、B", "市发改委、市统计局");
    const roles = readRoles(text, { bareUnits: false });
    expect({ leads: roles.leads, coUnits: roles.coUnits }).toEqual(want);
  });

  it("reads a bare bracket of units with its deadline, and 季度末 as a deadline", () => {
    expect(readRoles("省农业农村厅、省委网信办,年内", { bareUnits: true })).toMatchObject({
      listed: ["省农业农村厅", "省委网信办"],
      deadline: "年内",
    });
    expect(readRoles("省商务厅负责,季度末", { bareUnits: false }).deadline).toBe("季度末");
  });
});
