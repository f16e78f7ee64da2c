/** Which sheets a generation rewrites: the chosen ones, what their counts depend on, and 说明. */

import { generationKinds } from "../../src/taskpane/generationKinds";
import type { GenerateParts } from "../../src/taskpane/services";

const parts = (chosen: Partial<GenerateParts>): GenerateParts => ({
  units: false,
  leaders: false,
  summary: false,
  formatting: true,
  ...chosen,
});

describe("generation kinds", () => {
  it("rewrite leader sheets and 说明 alone when only leader sheets are chosen", () => {
    expect(generationKinds(parts({ leaders: true }))).toEqual(["leader", "about"]);
  });

  it("rewrite 任务分工, 汇总 and the unit sheets together when either unit sheets or 汇总 is chosen", () => {
    const counting = ["assignments", "summary", "unit", "about"];
    expect(generationKinds(parts({ units: true }))).toEqual(counting);
    expect(generationKinds(parts({ summary: true }))).toEqual(counting);
    expect(generationKinds(parts({ units: true, summary: true }))).toEqual(counting);
  });

  it("list every kind once, in the plan's order, when all are chosen", () => {
    expect(generationKinds(parts({ units: true, leaders: true, summary: true }))).toEqual([
      "assignments",
      "summary",
      "leader",
      "unit",
      "about",
    ]);
  });

  it("rewrite nothing when no sheet is chosen, whatever the formatting", () => {
    expect(generationKinds(parts({}))).toEqual([]);
    expect(generationKinds(parts({ formatting: false }))).toEqual([]);
  });

  it("never rewrite the ledger or the unit list the clerk keeps", () => {
    const all = generationKinds(parts({ units: true, leaders: true, summary: true }));
    expect(all).not.toContain("ledger");
    expect(all).not.toContain("units");
  });
});
