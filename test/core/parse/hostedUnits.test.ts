import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitConjunctions, splitUnitList } from "../../../src/core/parse/splitUnits";

// Made-up documents: a 主办 label beside a 牵头 label names the units that do the work under the lead (co-units);
// alone, 主办 leads. And a collective of places joined by 及/和 to the body named once after them is one unit.
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

describe("a 主办 label beside a 牵头 label", () => {
  it.each([
    ["a bracket with ;", "1.修缮文物古迹。(牵头领导:李某;牵头单位:县文旅局;主办单位:县住建局、各乡镇)"],
    ["a bracket with spaces, 主办 first", "1.修缮文物古迹。【主办部门:县住建局、各乡镇 牵头部门:县文旅局】"],
    ["labels after the item on its line", "1.修缮文物古迹。 牵头单位:县文旅局 主办单位:县住建局、各乡镇"],
  ])("names co-units (%s)", (_name, item) => {
    const text = ["丙县重点工作落实表", item, "2.整治河道。(牵头单位:县水务局;主办单位:县农业农村局)"].join(
      "\n",
    );
    expect(roles(text)).toEqual([
      [["县文旅局"], ["县住建局", "各乡镇"]],
      [["县水务局"], ["县农业农村局"]],
    ]);
  });

  it("names the leads when no 牵头 label stands beside it", () => {
    const text = [
      "丙县重点工作落实表",
      "1.修缮文物古迹。(主办单位:县文旅局;协办单位:县住建局)",
      "2.整治河道。(主办单位:县水务局)",
    ].join("\n");
    expect(roles(text)).toEqual([
      [["县文旅局"], ["县住建局"]],
      [["县水务局"], []],
    ]);
  });
});

describe("places joined to the body named once after them", () => {
  it.each([["各县(市)及相关区政府"], ["各区(县)和有关乡镇政府"], ["各乡镇及相关街道党委"]])(
    "is one unit: %s",
    (name) => {
      expect(splitConjunctions(name)).toEqual([name]);
      expect(splitUnitList(`市文化局、${name}`)).toEqual(["市文化局", name]);
    },
  );

  it("still parts two units that each name their body", () => {
    expect(splitConjunctions("县财政局及县审计局")).toEqual(["县财政局", "县审计局"]);
    expect(splitConjunctions("各县(市)政府及相关区政府")).toEqual(["各县(市)政府", "相关区政府"]);
  });
});

describe("bare levels sharing the office named after them", () => {
  it.each(["盟、旗农牧业局", "盟、旗社会主义新农村新牧区领导小组", "市、县防汛抗旱指挥部"])(
    "is one unit: %s",
    (name) => {
      expect(splitUnitList(name)).toEqual([name]);
    },
  );
});
