import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// The clerk trial (L1, L2): a line 黑龙江省人民政府 2013年3月27日 above the title was joined into the title and
// neither issuer nor date was read; 桐乡市人民政府办公室 2020年5月22日 under the title gave issuer and date null.
const TABLE = [
  "序号\t工作任务\t牵头单位\t配合单位",
  "1\t推进重点项目建设。\t省发改委\t财政厅",
  "2\t做好统计工作。\t统计局\t农委",
];

describe("an issuer and a date on one line at the head of a document", () => {
  it("above the title: not joined into it, read as issuer and date", () => {
    const doc = parseBreakdown(
      ["黑龙江省人民政府\u30002013年3月27日", "2013年《政府工作报告》重点工作责任分工", ...TABLE].join("\n"),
    );
    expect(doc.document.title).toBe("2013年《政府工作报告》重点工作责任分工");
    expect([doc.document.issuer, doc.document.date]).toEqual(["黑龙江省人民政府", "2013年3月27日"]);
    expect(doc.tasks.map((t) => t.leads)).toEqual([["省发改委"], ["统计局"]]);
  });

  it("under the title: read as issuer and date", () => {
    const doc = parseBreakdown(
      ["桐乡市2020年政府工作报告重点工作责任分解", "桐乡市人民政府办公室\u30002020年5月22日", ...TABLE].join(
        "\n",
      ),
    );
    expect(doc.document.title).toBe("桐乡市2020年政府工作报告重点工作责任分解");
    expect([doc.document.issuer, doc.document.date]).toEqual(["桐乡市人民政府办公室", "2020年5月22日"]);
    expect(doc.tasks).toHaveLength(2);
  });
});
