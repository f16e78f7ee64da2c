import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

// Targets whose unit is named once, in a sentence after them, for several at a time (docs/layouts.md, "Set K's
// shapes").
describe("a sentence naming the unit of the targets above it", () => {
  it("gives each of the last N open targets the unit, and one target the unit of 该目标", () => {
    const text = [
      "某市2019年目标管理方案",
      "一、经济发展目标",
      "1.地区生产总值增长8%;",
      "2.一般公共预算收入增长6%;",
      "3.固定资产投资增长10%;",
      "3项目标的责任单位均为市发改委。",
      "4.社会消费品零售总额增长9%;",
      "该目标责任单位为市商务局。",
      "二、生态环境目标",
      "1.PM2.5平均浓度下降3%;",
      "2.化学需氧量排放下降2%;",
      "以上目标的牵头单位为市生态环境局、市水利局、市住建局。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "地区生产总值", ["市发改委"], []],
      ["1.2", "一般公共预算", ["市发改委"], []],
      ["1.3", "固定资产投资", ["市发改委"], []],
      ["1.4", "社会消费品零", ["市商务局"], []],
      // 牵头单位为A、B、C: every unit leads, as under a 牵头单位 label.
      ["2.1", "PM2.5平", ["市生态环境局", "市水利局", "市住建局"], []],
      ["2.2", "化学需氧量排", ["市生态环境局", "市水利局", "市住建局"], []],
    ]);
  });

  it("counts in Chinese numerals, and leaves the targets before the counted ones to their own units", () => {
    const text = [
      "某县年度考核目标",
      "1.新增就业岗位2000个(县人社局负责)",
      "2.新建幼儿园2所;",
      "3.改造农村公路50公里;",
      "二项目标的责任单位均为县教体局。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "新增就业岗位", ["县人社局"], []],
      ["2", "新建幼儿园2", ["县教体局"], []],
      ["3", "改造农村公路", ["县教体局"], []],
    ]);
  });

  it("covers only the counted targets of 以上2项, and targets that end in a weight ((分值:5分))", () => {
    const text = [
      "某市2010年考核目标",
      "1.地区生产总值增长8%;(分值:10分)",
      "2.财政收入增长6%;(分值:10分)",
      "3.新增就业5000人;(5分)",
      "4.城镇登记失业率控制在4%以内;(5分)",
      "以上两项目标的责任单位均为市人社局。",
      "5.完成造林1万亩;",
      "该目标责任单位为市林业局、市自然资源局。",
    ].join("\n");
    expect(read(text).map((t) => [t[0], t[2], t[3]])).toEqual([
      ["1", [], []],
      ["2", [], []],
      ["3", ["市人社局"], []],
      ["4", ["市人社局"], []],
      ["5", ["市林业局"], ["市自然资源局"]],
    ]);
  });

  it("is left alone when what it names is no unit, or when no target stands right above it", () => {
    const noUnit = [
      "某区工作目标",
      "1.完成造林1万亩;",
      "2.新建公园3个;",
      "2项目标的责任单位均为年底前完成。",
      "3.新建学校1所(区教育局负责)",
    ].join("\n");
    const tasks = read(noUnit);
    expect(tasks.map((t) => t[2])).toEqual([[], [], ["区教育局"]]);
    const prose = ["某区工作目标", "各项目标的完成情况纳入考核。", "该目标责任单位为区林业局。"].join("\n");
    expect(read(prose)).toEqual([]);
  });
});
