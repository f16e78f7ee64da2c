import { splitUnitList } from "../../../src/core/parse/splitUnits";

// A collective written with 、 inside it whose middle or closing piece is a special or autonomous level of a place
// (特区, 新区, 自治县, 自治州): one group of governments, not three units.
describe("a collective of levels with 、 inside it", () => {
  it.each([
    ["各县、特区、区人民政府,各经济开发区管委会", ["各县、特区、区人民政府", "各经济开发区管委会"]],
    ["市财政局、各县、自治县、区政府", ["市财政局", "各县、自治县、区政府"]],
    ["各区、新区政府、市教育局", ["各区、新区政府", "市教育局"]],
    ["各特区、县人民政府", ["各特区、县人民政府"]],
    // 有关 / 相关 in 各's place: the governments concerned, one group.
    ["市财政局、有关市、区政府", ["市财政局", "有关市、区政府"]],
    ["相关县、区人民政府,市教育局", ["相关县、区人民政府", "市教育局"]],
  ])("%s", (raw, expected) => {
    expect(splitUnitList(raw)).toEqual(expected);
  });

  it("still splits units that only start with a level", () => {
    expect(splitUnitList("县教育局、区卫健委、市人社局")).toEqual(["县教育局", "区卫健委", "市人社局"]);
  });
});
