/** A line of nothing but a cell border under a table's header (a cut '|' row) is read past, never a crash. */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

describe("a lone '|' line under a one-line header", () => {
  it("is read past: the document parses, and no row is made of it", () => {
    const text = [
      "某县2024年重点工作任务分解",
      "序号 工作任务 责任科室 时间",
      "|",
      "1 新建城区停车场3处 县住建局 10月底前",
    ].join("\n");
    const doc = parseBreakdown(text);
    expect(doc.tasks.every((t) => t.text !== "|")).toBe(true);
  });
});
