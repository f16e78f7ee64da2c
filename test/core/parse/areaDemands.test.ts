import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up news reports of a leader's speech that goes through the areas one by one, each given its work for the
// year (城关镇要…;东坪要… / 青溪县要…。白沙区要…) — and the look-alikes: a group or the whole as the subject, offices
// told to 加强领导, bare words that are no place (one area alone is a named unit's demand: namedDemand.test.ts).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text.slice(0, 8), leads: t.leads, co: t.coUnits }));

describe("a leader's demands on the areas one by one", () => {
  it("reads each ';' clause opening with an area and 要 as a task it leads, a bare area beside a levelled one", () => {
    const text =
      "县委召开经济工作会议\n" +
      "昨天,县委召开经济工作会议,各乡镇和县直各部门汇报了去年工作。县委书记王某讲话,要求各地各部门拿出更大干劲。\n" +
      "王某强调,今年,城关镇要加快推进老街区改造,确保年内完工;东坪要全力抓好茶叶基地建设,特别要抓好龙头企业培育;西河乡要认真做好招商引资工作;\n";
    expect(read(text)).toEqual([
      { text: "城关镇要加快推进", leads: ["城关镇"], co: [] },
      { text: "东坪要全力抓好茶", leads: ["东坪"], co: [] },
      { text: "西河乡要认真做好", leads: ["西河乡"], co: [] },
    ]);
  });

  it("keeps an area's subject-less ';' clauses with it up to its sentence's end", () => {
    const text =
      "市长参加代表团审议\n" +
      "市长指出,全市上下要坚定信心。青溪县要进一步重视生态保护;进一步重视乡村旅游,打造精品线路。白沙区要充分发挥港口优势;大力发展临港产业。\n";
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([["青溪县"], ["白沙区"]]);
    expect(tasks[0]?.text).toBe("青溪县要进一步重视生态保护;进一步重视乡村旅游,打造精品线路。");
  });

  it.each([
    ["a group or the whole", "会议强调,全市上下要坚定信心;各县区要抓好项目建设;各乡镇要做好服务。"],
    ["offices told to 加强领导", "会议强调,市住建局要加强领导,压实责任;市交通局要主动作为,做好服务。"],
    ["bare words that are no place", "王某指出,我们要坚定信心;同时要抓好项目;企业要加快转型。"],
    ["two bare names with no area named with its level", "王某指出,东坪要抓好茶叶基地;西河要做好招商引资。"],
  ])("reads nothing from %s", (_why, sentence) => {
    expect(parseBreakdown(`全县召开重点工作推进会\n${sentence}\n`).tasks).toEqual([]);
  });
});
