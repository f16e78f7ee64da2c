import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { htmlToText } from "../../../src/core/files/html";
import type { ParsedDocument } from "../../../src/core/types";
import { sampleText } from "../../support/paths";

describe("Word HTML to text", () => {
  it("writes one line per paragraph and one tab-separated line per table row", () => {
    expect(
      htmlToText("<p>标题</p><table><tr><td>1</td><td><p>财政局</p><p>发改局</p></td></tr></table>"),
    ).toBe("标题\n1\t财政局、发改局");
  });

  it("repeats a cell merged down over the rows it covers, and leaves columns a merged row spans empty", () => {
    const html =
      "<table>" +
      "<tr><td>序号</td><td>工作任务</td><td>分管领导</td><td>牵头单位</td></tr>" +
      '<tr><td colspan="4">一、稳增长</td></tr>' +
      '<tr><td>1</td><td>扩大投资。</td><td rowspan="3">张三</td><td>发改局</td></tr>' +
      '<tr><td>2</td><td>稳定外贸。</td><td rowspan="2">商务局</td></tr>' +
      "<tr><td>3</td><td>促进消费。</td></tr>" +
      "<tr><td>4</td><td>招商引资。</td><td>李四</td><td>投促中心</td></tr>" +
      "</table>";
    expect(htmlToText(html).split("\n")).toEqual([
      "序号\t工作任务\t分管领导\t牵头单位",
      "一、稳增长\t\t\t",
      "1\t扩大投资。\t张三\t发改局",
      "2\t稳定外贸。\t张三\t商务局",
      "3\t促进消费。\t张三\t商务局",
      "4\t招商引资。\t李四\t投促中心",
    ]);
  });
});

describe("the sample as a Word table", () => {
  it("reads the same tasks when 序号 starts again at 1 for each leader", () => {
    const sample = parseBreakdown(sampleText());
    const cell = (s: string) => `<td><p>${s}</p></td>`;
    const rows = sample.tasks.map((t) => {
      const n = t.id.split(".")[1] as string;
      return `<tr>${cell(n)}${cell(t.text)}${cell([...t.leads, ...t.coUnits].join("、"))}${cell(`${t.leader}${t.leaderTitle}`)}</tr>`;
    });
    const html = `<p>${sample.document.title}</p><table><tr>${["序号", "工作任务", "责任单位", "分管领导"].map(cell).join("")}</tr>${rows.join("")}</table>`;
    const essence = (doc: ParsedDocument) =>
      doc.tasks.map((t) => ({
        id: t.id,
        leader: t.leader,
        leads: t.leads,
        coUnits: t.coUnits,
        text: t.text,
      }));
    const fromTable = parseBreakdown(htmlToText(html));
    expect(essence(fromTable)).toEqual(essence(sample));
    expect(fromTable.issues.map((i) => i.code)).toEqual(["task-no-units"]);
  });
});
