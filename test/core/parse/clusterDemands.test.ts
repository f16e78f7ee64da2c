import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up reports of the family "places grouped into clusters, each cluster given its work" (fallback/clusterDemands.ts):
// the places that make up a cluster lead its work together; believed only with two or more clusters.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 6), t.leads]);

describe("clusters of places each given their work", () => {
  it("reads each cluster's clause as a task its places lead, bare or with their level, set apart by ; or 。", () => {
    const text =
      "全县划分为三大片区。由城关镇、河口镇和柳林乡组成的中心片区,要打造县域商贸中心;由东坪、西坪组成的东部协作区要发展茶叶产业。由南山街道、北山街道组成的城区板块,要提升城市品质。";
    expect(read(text)).toEqual([
      ["由城关镇、河", ["城关镇", "河口镇", "柳林乡"]],
      ["由东坪、西坪", ["东坪", "西坪"]],
      ["由南山街道、", ["南山街道", "北山街道"]],
    ]);
  });

  it("gives nothing for one cluster alone, or for a group that is no cluster of places", () => {
    expect(read("由城关镇、河口镇组成的中心片区,要打造县域商贸中心。全县经济稳步增长。")).toEqual([]);
    expect(
      read("由县发改局、县财政局组成的工作组,要加强督查;由县委办、县政府办组成的督导组,要跟踪问效。"),
    ).toEqual([]);
  });
});
