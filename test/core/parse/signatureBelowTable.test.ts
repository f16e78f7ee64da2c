import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const TABLE = [
  "关于印发2026年重点工作任务责任分解的通知",
  "各镇(街道)、市级有关部门:",
  "序号\t重点工作\t牵头单位\t配合单位\t完成时限",
  "1\t推进老旧小区改造20个\t建设局\t财政局\t12月底前",
  "2\t完成农村公路提档升级100公里\t交通运输局\t自然资源和规划局\t2026年9月30日",
];

describe("the signature below a tabbed table (a .docx, or a copy of one)", () => {
  it("ends the table: the last row's deadline is not continued with the issuer and the date", () => {
    const doc = parseBreakdown([...TABLE, "桐乡市人民政府办公室", "2026年2月1日", ""].join("\n"));
    expect(doc.tasks.map((t) => [t.id, t.deadline])).toEqual([
      ["1", "12月底前"],
      ["2", "2026年9月30日"],
    ]);
    expect([doc.document.issuer, doc.document.date]).toEqual(["桐乡市人民政府办公室", "2026年2月1日"]);
    expect(doc.issues).toEqual([]);
  });

  it("ends it at a date alone as the last line, and still lets a cell's wrapped line continue it", () => {
    expect(parseBreakdown([...TABLE, "2026年2月1日"].join("\n")).tasks[1]?.deadline).toBe("2026年9月30日");
    const wrapped = [
      ...TABLE.slice(0, 4),
      "2\t完成农村公路提档升级100公里\t交通运输局\t自然资源和规划局\t2026年9月",
      "30日前",
    ];
    expect(parseBreakdown(wrapped.join("\n")).tasks[1]?.deadline).toBe("2026年9月30日前");
  });
});
