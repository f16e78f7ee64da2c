import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readPerson } from "../../../src/core/parse/leader";

// A clause after the lead's names how the work is done (按照预案抓好落实, 及时落实, 依法负责): its opening words are no
// person (realLeaders' yiningxian minutes read 按照預案 as the leader). Made-up texts: other bases, manners, verbs.
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leader, t.leads, t.coUnits]);

describe("a clause's manner is no leader", () => {
  it.each([
    ["按照预案抓好落实", "县水利局"],
    ["依据方案组织实施", "区应急管理局"],
    ["根据要求落实", "市住建局"],
    ["结合实际负责", "镇人民政府"],
    ["对照任务清单推进落实", "县发改委"],
    ["及时抓好落实", "县交通运输局"],
    ["认真组织实施", "市教育局"],
    ["依法负责", "区市场监管局"],
    ["尽快落实", "县卫健委"],
    ["按要求落实", "县财政局"],
  ])("由X牵头,%s: X leads, no one else is named", (clause, unit) => {
    const text = ["一、审议《关于防汛工作的请示》", `会议议定:原则同意。由${unit}牵头,${clause}。`].join(
      "\n",
    );
    expect(roles(text)).toEqual([["1", null, [unit], []]]);
  });

  it("the same clause in Traditional script, and a person named there still leads", () => {
    const text = [
      "1.審議《關於防洪應急預案的請示》",
      "會議議定:原則同意。由水利局牽頭,針對可能出現的旱情汛情,按照預案抓好落實。",
      "2.審議《關於道路養護的請示》",
      "會議議定:原則同意。由交通局牽頭,張明抓好落實。",
    ].join("\n");
    expect(roles(text)).toEqual([
      ["1", null, ["水利局"], []],
      ["2", "張明", ["交通局"], []],
    ]);
  });

  it("a bare name is never a clause's opening words, a two- to four-character name still is one", () => {
    for (const words of ["按照预案", "依据方案", "及时", "依法", "根据要求"])
      expect(readPerson(words)).toBeNull();
    expect(readPerson("张明")).toEqual({ name: "张明", title: null, others: [] });
    expect(readPerson("欧阳修文")).toEqual({ name: "欧阳修文", title: null, others: [] });
  });
});
