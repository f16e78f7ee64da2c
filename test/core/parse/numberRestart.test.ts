import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A section heading without a number (配合做好专项整治工作) before items numbered from (一) again: the numbers start
// again, they are not repeated, and the heading is no text left out. Made-up texts.
const codes = (text: string) =>
  parseBreakdown(text).issues.map((i) => [i.code, i.params.id ?? i.params.text, i.params.heading ?? null]);

describe("numbering that starts again after a heading without a number", () => {
  it("says that the numbers start again after the heading, not that they repeat", () => {
    const text = [
      "(一)整治建筑工地扬尘。责任部门:建工科、安全站",
      "(二)整治背街小巷路面。责任部门:城建科",
      "配合做好专项整治工作",
      "(一)配合区执法局做好环境卫生保洁。配合部门:园林科",
      "(二)配合区交通局做好户外广告整治。配合部门:城建科",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks.map((t) => t.id)).toEqual(["1", "2", "1-2", "2-2"]);
    expect(codes(text)).toEqual([
      ["number-restarted", "1", "配合做好专项整治工作"],
      ["number-restarted", "2", "配合做好专项整治工作"],
    ]);
  });

  it("still reports a number written twice with nothing between as repeated", () => {
    const text = [
      "(一)整治建筑工地扬尘。责任部门:建工科、安全站",
      "(二)整治背街小巷路面。责任部门:城建科",
      "(二)整治农贸市场周边。责任部门:市场科",
    ].join("\n");
    expect(codes(text)).toEqual([["number-duplicated", "2", null]]);
  });
});
