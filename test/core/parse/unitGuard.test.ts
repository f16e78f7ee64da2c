import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleansToUnit, guardUnit } from "../../../src/core/parse/unitGuard";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readRoles } from "../../../src/core/parse/roles";
import { ROOT } from "../../support/paths";

/** What the guard made of a name, in short: [name, role, other leads, other co-units, deadline, person and words]. */
const guard = (raw: string): [string, string | null, string[], string[], string | null, string[]] => {
  const g = guardUnit(raw);
  return [
    g.name,
    g.role,
    [...g.leads],
    [...g.coUnits],
    g.deadline,
    [...(g.person ? [g.person] : []), ...g.words],
  ];
};

describe("the guard every reader's unit names pass through (unitGuard.ts)", () => {
  it("takes a label off the name with any colon, 为, a space or none, and the label's role with it", () => {
    expect(guard("牵头部门∶市政府办公室")).toEqual(["市政府办公室", "lead", [], [], null, ["牵头部门∶"]]);
    expect(guard("主办：区委办")).toEqual(["区委办", "lead", [], [], null, ["主办："]]);
    expect(guard("配合单位 镇财政所")).toEqual(["镇财政所", "co", [], [], null, ["配合单位"]]);
    expect(guard("责任单位为旗林草局")[0]).toBe("旗林草局");
    expect(guard("责任部门州统计局")[0]).toBe("州统计局");
    expect(guard("本项工作牵头单位:县审计局")).toEqual([
      "县审计局",
      "lead",
      [],
      [],
      null,
      ["本项工作牵头单位:"],
    ]);
    expect(guard("该目标责任单位为市经委")[0]).toBe("市经委");
  });

  it("takes a sentence's opening off the name (由, 请, 以上由)", () => {
    expect(guard("由区财政局")).toEqual(["区财政局", null, [], [], null, ["由"]]);
    expect(guard("请各乡镇(街道)")[0]).toBe("各乡镇(街道)");
    expect(guard("以上由市民政局")[0]).toBe("市民政局");
  });

  it("takes a person off the name: in a bracket, after a space, with a title, or a full name glued on", () => {
    expect(guard("市民政局伍泽国")).toEqual(["市民政局", null, [], [], null, ["伍泽国"]]);
    expect(guard("旗水利局 张三")).toEqual(["旗水利局", null, [], [], null, ["张三"]]);
    expect(guard("县教育局局长李四")[5]).toEqual(["局长李四"]);
    expect(guard("州卫健委王芳主任")[0]).toBe("州卫健委");
    expect(guard("区住建局区长助理王强")).toEqual(["区住建局", null, [], [], null, ["区长助理王强"]]);
    expect(guard("区城管局（赵强）")).toEqual(["区城管局", null, [], [], null, ["赵强"]]);
  });

  it("takes a duty phrase off the name, and a role word makes a role", () => {
    expect(guard("环保局按照职责")).toEqual(["环保局", null, [], [], null, ["按照职责"]]);
    expect(guard("市财政局负责")[0]).toBe("市财政局");
    expect(guard("镇政府要")[0]).toBe("镇政府");
    expect(guard("各街道具体实施")[0]).toBe("各街道");
    expect(guard("县交通局牵头")).toEqual(["县交通局", "lead", [], [], null, ["牵头"]]);
    expect(guard("县水务局配合")).toEqual(["县水务局", "co", [], [], null, ["配合"]]);
  });

  it("reads another unit's role glued to the name: X配合Y (Y leads), X会同Y (Y helps)", () => {
    expect(guard("省人事厅配合省委有关部门")).toEqual([
      "省人事厅",
      "co",
      ["省委有关部门"],
      [],
      null,
      ["配合"],
    ]);
    expect(guard("县商务局协助县发改局落实")).toEqual([
      "县商务局",
      "co",
      ["县发改局"],
      [],
      null,
      ["协助落实"],
    ]);
    expect(guard("区住建局会同区财政局")).toEqual(["区住建局", "lead", [], ["区财政局"], null, ["会同"]]);
  });

  it("takes a deadline or a count off the name: the deadline as a deadline", () => {
    expect(guard("县住建局 2020年底")).toEqual(["县住建局", null, [], [], "2020年底", []]);
    expect(guard("市城管局6月底前")[4]).toBe("6月底前");
    expect(guard("县林业局3处")).toEqual(["县林业局", null, [], [], null, ["3处"]]);
  });

  it("leaves whole the real names that look odd", () => {
    for (const name of [
      "县公安局武警中队",
      "开发区(江北)",
      "省天府新区管委会办公室",
      "市协作办",
      "供销合作社联合社",
      "市委机要局",
      "市财政局(国库科)",
      "县委县政府督查室",
      "区政府办公室秘书科",
    ]) {
      expect(guard(name)).toEqual([name, null, [], [], null, []]);
    }
  });

  it("never turns prose, a date, a place, a number or a person into a unit", () => {
    for (const text of [
      "推进城东改造",
      "2020年底前",
      "江北",
      "3处",
      "张三",
      "由于资金不足",
      "请各单位高度重视",
    ]) {
      expect(cleansToUnit(text)).toBe(false);
    }
  });

  it("passes every unit name of every reading in the real corpus through unchanged", () => {
    const dir = join(ROOT, "test", "fixtures", "real");
    // Readings that write a person with his unit as the lead (市交通局局长甄少杰), by their own convention, where the
    // product keeps the unit and the person apart (the 责任人 stays in the task's words): real.test counts these leads
    // as misses (its KNOWN list), and the guard is right to split them.
    const personsAsLeads = new Set([
      "henan-zhengzhou-dengfeng-undated-tiandizhizhong-zhanchang-zerenren-book.reading.json",
    ]);
    const changed: string[] = [];
    let count = 0;
    for (const file of readdirSync(dir).filter(
      (f) => f.endsWith(".reading.json") && !personsAsLeads.has(f),
    )) {
      const reading = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        tasks?: Array<{ leads?: string[]; coUnits?: string[] }>;
      };
      for (const task of reading.tasks ?? []) {
        for (const unit of [...(task.leads ?? []), ...(task.coUnits ?? [])]) {
          count++;
          const g = guard(unit);
          if (JSON.stringify(g) !== JSON.stringify([unit, null, [], [], null, []]))
            changed.push(`${file}: ${unit}`);
        }
      }
    }
    expect(count).toBeGreaterThan(2000);
    expect(changed).toEqual([]);
  });
});

const read = (text: string): Array<[string, readonly string[], readonly string[], string | null]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits, t.deadline]);
const trimmed = (text: string): string[] =>
  parseBreakdown(text)
    .issues.filter((i) => i.code === "unit-trimmed")
    .map((i) => `${String(i.params.unit)}→${String(i.params.name)}:${String(i.params.words)}`);

describe("every reader hands its names to the guard", () => {
  it("a table cell: a person, a duty word, a count glued to a unit", () => {
    const text = [
      "某县2024年重点工作任务分解表",
      "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
      "1\t推进城东片区改造\t县住建局伍泽国\t县财政局\t年底前",
      "2\t建设城西公园\t县城管局 李明华\t县自然资源局要\t6月底前",
      "3\t改造老旧小区\t县住建局（张伟）\t县发改局3处\t9月底前",
    ].join("\n");
    // The persons stay in the task's words.
    expect(parseBreakdown(text).tasks.map((t) => t.text)).toEqual([
      "推进城东片区改造(责任人:县住建局 伍泽国)",
      "建设城西公园(责任人:县城管局 李明华)",
      "改造老旧小区(责任人:县住建局 张伟)",
    ]);
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局"], "年底前"],
      ["2", ["县城管局"], ["县自然资源局"], "6月底前"],
      ["3", ["县住建局"], ["县发改局"], "9月底前"],
    ]);
    expect(trimmed(text)).toEqual([
      "县住建局伍泽国→县住建局:伍泽国",
      "县自然资源局要→县自然资源局:要",
      "县住建局(张伟)→县住建局:张伟",
      "县发改局3处→县发改局:3处",
    ]);
  });

  it("a bracket: a person with a title, a deadline after the unit", () => {
    const text = [
      "一、重点工作",
      "1.推进城东片区改造。(区住建局伍泽国)",
      "2.建设城西公园。(区城管局局长李四、区财政局)",
      "3.改造老旧小区。(区住建局 2024年底)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", ["区住建局"], [], null],
      ["1.2", ["区城管局"], ["区财政局"], null],
      ["1.3", ["区住建局"], [], "2024年底"],
    ]);
    expect(trimmed(text)).toContain("区城管局局长李四→区城管局:局长李四");
  });

  it("a label line: a person and duty phrases after the units", () => {
    const text = [
      "一、重点工作",
      "1.推进城东片区改造。",
      "牵头单位：市住建局局长李四",
      "配合单位：市财政局按照职责",
      "2.建设城西公园。",
      "牵头单位：市城管局",
      "配合单位：市发改局要",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", ["市住建局"], ["市财政局"], null],
      ["1.2", ["市城管局"], ["市发改局"], null],
    ]);
  });

  it("a prose subject: units whose list names a lead with a short name", () => {
    const text = [
      "一、重点工作",
      "1.推进城东改造。(建设局、城投集团牵头)",
      "2.改造老旧小区。县发改局按照职责负责。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", ["建设局", "城投集团"], [], null],
      ["1.2", ["县发改局"], [], null],
    ]);
  });
});

describe("the same guard behind the other readers", () => {
  it("a record's label lines: a person with a title, a person after a space, a duty phrase", () => {
    const text = [
      "工作任务：推进城东改造",
      "牵头单位：区住建局区长助理王强",
      "配合单位：区财政局按照职责",
      "完成时限：年底前",
      "工作任务：建设城西公园",
      "牵头单位：区城管局 赵立新",
      "完成时限：6月底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["区住建局"], ["区财政局"], "年底前"],
      ["2", ["区城管局"], [], "6月底前"],
    ]);
    expect(parseBreakdown(text).tasks[0]?.text).toBe("推进城东改造(责任人:区住建局 区长助理王强)");
  });

  it("a sentence naming the unit of the targets above it, with its head's name glued on", () => {
    const text = [
      "某市目标",
      "一、经济目标",
      "1.地区生产总值增长8%;",
      "2.财政收入增长6%;",
      "以上目标的责任单位为市发改委伍泽国。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", ["市发改委"], [], null],
      ["1.2", ["市发改委"], [], null],
    ]);
  });

  it("a unit heading over tasks whose co-unit lines carry a duty word or a person", () => {
    const text = [
      "二、市住建局牵头的工作",
      "1.推进城东改造。",
      "协同单位：市财政局要",
      "2.建设城西公园。",
      "协同单位：市城管局(李四)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["2.1", ["市住建局"], ["市财政局"], null],
      ["2.2", ["市住建局"], ["市城管局"], null],
    ]);
  });

  it("a table whose cells are set apart by runs of spaces", () => {
    const text = [
      "序号  工作任务  责任单位  完成时间",
      "1  推进城东改造  县住建局伍泽国、县财政局  2024年底",
      "2  建设城西公园  县城管局局长李四  2024年6月",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["县住建局"], ["县财政局"], "2024年底"],
      ["2", ["县城管局"], [], "2024年6月"],
    ]);
  });

  it("keeps a name it cannot clean whole, and says so (由 before a unit and a person run together)", () => {
    const text = [
      "一、重点工作",
      "1.推进城东改造。",
      "责任单位：由县住建局张三",
      "2.建设城西公园。",
      "责任单位：县城管局会同县财政局",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["由县住建局张三"], []],
      [["县城管局"], ["县财政局"]],
    ]);
    expect(parsed.issues.filter((i) => i.code === "unit-unusual").map((i) => i.params.unit)).toEqual([
      "由县住建局张三",
    ]);
  });

  it("still reads no task in a notice whose sentences name a unit and a person", () => {
    const text = [
      "关于开展活动的通知",
      "一、活动安排",
      "1.由县住建局伍泽国同志主持会议。",
      "2.请各单位高度重视。",
    ].join("\n");
    expect(parseBreakdown(text).tasks).toEqual([]);
  });
});

describe("prose roles", () => {
  it("reads 建设局、城投集团牵头 as two lead units, not a person", () => {
    const r = readRoles("建设局、城投集团牵头", { bareUnits: false });
    expect(r.leader).toBeNull();
    expect(r.leads).toEqual(["建设局", "城投集团"]);
  });
});
