import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { sampleText } from "../../support/paths";

const parsed = parseBreakdown(sampleText());
const task = (id: string) => {
  const t = parsed.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

describe("the Tongxiang 2020 sample", () => {
  it("has 73 tasks under 4 leaders, in section order", () => {
    expect(parsed.tasks).toHaveLength(73);
    const leaders = [...new Set(parsed.tasks.map((t) => `${t.leader} ${t.leaderTitle}`))];
    expect(leaders).toEqual(["于会游 市长", "冯中海 常务副市长", "朱伟强 常委", "徐刚 副市长"]);
    const count = (name: string) => parsed.tasks.filter((t) => t.leader === name).length;
    // Sections 一 to 四 hold 3, 25, 26 and 19 numbered items (counted in the document).
    expect([count("于会游"), count("冯中海"), count("朱伟强"), count("徐刚")]).toEqual([3, 25, 26, 19]);
    expect(parsed.tasks.map((t) => t.id).slice(0, 5)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2"]);
    expect(parsed.tasks[72]?.id).toBe("4.19");
  });

  it("reads 1.1 as led by 财政局 with 11 co-units, the convention stripped from the last", () => {
    expect(task("1.1").leads).toEqual(["财政局"]);
    expect(task("1.1").coUnits).toEqual([
      "发改局",
      "经信局",
      "科技局",
      "商务局",
      "人才办",
      "金融发展服务中心",
      "服务业局",
      "建设局",
      "农业农村局",
      "文化和广电旅游体育局",
      "工商联",
    ]);
  });

  it("reads 2.4 as led by 梧桐街道 with 4 co-units, keeping the alias form as written", () => {
    expect(task("2.4").leads).toEqual(["梧桐街道"]);
    expect(task("2.4").coUnits).toEqual(["发改局(服务业局)", "宣传部", "商务局", "文化和广电旅游体育局"]);
  });

  it("keeps 开发区(高桥街道) as one unit and marks collectives", () => {
    expect(task("2.3").leads).toEqual(["开发区(高桥街道)"]);
    expect(task("3.9").coUnits).toEqual(["开发区(高桥街道)", "乌镇镇"]);
    expect(task("1.3").collectives).toEqual(["各镇(街道)"]);
    expect(task("3.21").collectives).toEqual(["相关镇(街道)"]);
    expect(task("1.1").collectives).toEqual([]);
  });

  it("reports 4.19, which has no unit line, at the line where it stands", () => {
    const lines = sampleText().split("\n");
    const at = lines.findIndex((l) => l.startsWith("19.深化农村人居环境整治")) + 1;
    expect(task("4.19").line).toBe(at);
    expect(task("4.19").leads).toEqual([]);
    expect(parsed.issues).toEqual([
      { code: "task-no-units", severity: "error", line: at, params: { id: "4.19" } },
    ]);
  });

  it("turns nothing of the notice above the title into a task", () => {
    const titleLine = parsed.document.parts[0]?.line ?? 0;
    expect(titleLine).toBe(8);
    expect(parsed.tasks.every((t) => t.line > titleLine)).toBe(true);
    expect(parsed.tasks.some((t) => t.text.includes("印发给你们"))).toBe(false);
  });

  it("reads the document's title, issuer, date, addressees and role convention", () => {
    expect(parsed.document).toMatchObject({
      title: "2020年政府工作报告主要工作责任分解",
      issuer: "桐乡市人民政府办公室",
      date: "2020年5月22日",
      recipients: ["各镇人民政府", "街道办事处", "市政府各部门", "市直各单位"],
      roleConvention: { text: "列第一位者为牵头或汇总单位,下同", line: 11 },
    });
  });

  it("keeps task text as written, without its number", () => {
    expect(task("2.13").text.startsWith("推进“一站式”政务服务")).toBe(true);
    expect(task("2.24").text).toBe("做好第七次人口普查工作");
    expect(task("4.10").leads).toEqual(["农业农村局"]);
  });
});
