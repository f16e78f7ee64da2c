import { splitUnitList } from "../../../src/core/parse/unitLike";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up units lists whose groups share 各 over bare place levels (各镇、街道, 各乡镇、街道, 各乡、镇、社区: one group,
// as the clerk test reads it: the collective as the document writes it, 各 shared by each level), beside the groups
// that share a body named after them (各县、市、区政府, 各区、县(市)政府及开发区管委会) and a zone's body of its own
// after them (区属功能区管委会, 县属工业园区管委会).
describe("groups that share 各 over bare place levels, and a zone's body after them", () => {
  it.each([
    ["区税务局、各镇、街道、区属功能区管委会", ["区税务局", "各镇、街道", "区属功能区管委会"]],
    ["县财政局、各乡、镇、县属工业园区管委会", ["县财政局", "各乡、镇", "县属工业园区管委会"]],
    ["各县、市、区政府、市财政局", ["各县、市、区政府", "市财政局"]],
    ["各区、县(市)政府及开发区管委会", ["各区、县(市)政府", "开发区管委会"]],
    ["13个街道、镇", ["13个街道、镇"]],
    // A township's and a village's levels too (乡镇, 村, 社区), after 各 or 有关: one group, as written.
    ["县民政局、各乡镇、街道", ["县民政局", "各乡镇、街道"]],
    ["各乡、镇、社区、县民政局", ["各乡、镇、社区", "县民政局"]],
    ["有关乡镇、村(社区)、县农业农村局", ["有关乡镇、村(社区)", "县农业农村局"]],
    ["各街道、社区", ["各街道、社区"]],
  ])("splits %s", (list, want) => {
    expect(splitUnitList(list)).toEqual(want);
  });

  it("reads each group as a co-unit of the task", () => {
    const text = "一、推进重点项目建设\n责任单位:区发改局、区财政局、各镇、街道、区属功能区管委会\n";
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["区发改局"], ["区财政局", "各镇、街道", "区属功能区管委会"]],
    ]);
  });

  it.each([
    ["市畜牧局、高新区党工委和管委会。", ["市畜牧局", "高新区党工委和管委会"]],
    ["县农业局、经开区党工委和管委会;", ["县农业局", "经开区党工委和管委会"]],
    ["市林业局、各县区党委和人民政府。", ["市林业局", "各县区党委和人民政府"]],
  ])("keeps a place's two bodies whole when a stop closes the list: %s", (list, want) => {
    expect(splitUnitList(list)).toEqual(want);
  });
});
