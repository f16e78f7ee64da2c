import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// 由A牵头,会同B抓好落实: the verb opening the helpers' clause (会同/协同/联合/配合/协助) is no part of B's name.
const CASES: Array<[string, string[], string[]]> = [
  ["由交通局牵头,会同财政局抓好落实", ["交通局"], ["财政局"]],
  ["由市交通运输局牵头,会同市财政局、市住建局抓好落实", ["市交通运输局"], ["市财政局", "市住建局"]],
  ["由县交通局牵头，联合县财政局负责", ["县交通局"], ["县财政局"]],
  ["由区交通局牵头,协助区财政局落实", ["区交通局"], ["区财政局"]],
  ["由交通局牵头,配合财政局推进", ["交通局"], ["财政局"]],
  ["由交通局牵头,协同财政局推进", ["交通局"], ["财政局"]],
  ["由教育局牵头,会同卫健委共同推进", ["教育局"], ["卫健委"]],
  ["由交通局牵头,会同有关部门抓好落实", ["交通局"], ["有关部门"]],
];

describe("the verb before the units that help a lead", () => {
  it.each(CASES)("%s: in a bracket and after the task's sentence", (roles, leads, coUnits) => {
    const parsed = parseBreakdown(`一、王某副市长\n1.推进道路建设。(${roles})\n2.推进公交建设。${roles}。\n`);
    expect(parsed.tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [leads, coUnits],
      [leads, coUnits],
    ]);
  });

  it("keeps a unit whose name merely starts like one (联合 is only cut when a unit follows)", () => {
    const parsed = parseBreakdown(
      "一、王某副市长\n1.推进道路建设。(由交通局牵头,会同联合执法大队抓好落实)\n",
    );
    expect(parsed.tasks[0]?.coUnits).toEqual(["联合执法大队"]);
    const named = parseBreakdown("一、王某副市长\n1.推进道路建设。(由交通局牵头,联合执法大队、财政局配合)\n");
    expect(named.tasks[0]?.coUnits).toEqual(["联合执法大队", "财政局"]);
  });
});
