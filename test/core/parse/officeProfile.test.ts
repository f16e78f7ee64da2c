import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A made-up office profile (简介): its history, the sentence saying what the office is, its sections, then its
// numbered functions under their label, each a task of the office so named; and the look-alikes: a profile with no
// functions label, and functions under a label where no sentence says which office they are.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ id: t.id, text: t.text.slice(0, 8), leads: t.leads }));

const profile = (label: string, definition: string) =>
  [
    "某县档案局简介",
    "某县档案局始建于1958年,1984年与县档案馆合署办公。",
    definition,
    "县档案局内设办公室、业务指导股、编研股3个股室,现有在职人员12人。",
    label,
    "(一)贯彻执行党和国家档案工作的法律法规;拟订全县档案事业发展规划。",
    "(二)负责全县机关、团体、企事业单位档案工作的监督和指导。",
    "(三)负责接收、征集、保管县级各机关的档案资料,",
    "并向社会提供利用。",
  ].join("\n");

describe("an office's profile with its numbered functions", () => {
  it("reads each function as a task of the office the profile defines, past debris after the label", () => {
    const text = profile(
      "主要职责: k3.9Qw,7!e",
      "某县档案局是县政府主管全县档案事业的工作部门,负责全县档案工作。",
    );
    expect(read(text)).toEqual([
      { id: "1", text: "贯彻执行党和国家", leads: ["某县档案局"] },
      { id: "2", text: "负责全县机关、团", leads: ["某县档案局"] },
      { id: "3", text: "负责接收、征集、", leads: ["某县档案局"] },
    ]);
  });

  it("reads nothing where no functions label stands over the numbered lines", () => {
    const text = profile(
      "近年来主要开展了以下工作:",
      "某县档案局是县政府主管全县档案事业的工作部门,负责全县档案工作。",
    );
    expect(read(text)).toEqual([]);
  });

  it("reads nothing where no sentence says which office the functions are", () => {
    const text = profile("主要职责:", "全县档案事业在县委、县政府的领导下取得长足发展。");
    expect(read(text)).toEqual([]);
  });

  it("reads the functions under a title naming the office and its functions at once, in any numbering", () => {
    for (const [title, items] of [
      ["某市新区招商服务中心主要职责", ["1.负责拟订新区招商引资规划;", "2.会同有关部门组织重大项目洽谈;"]],
      [
        "某县城市管理综合执法局机构职能",
        ["(一)负责全县市容环境卫生管理工作;", "(二)承办县政府交办的其他事项。"],
      ],
    ] as const) {
      const office = title.replace(/(主要职责|机构职能)$/, "");
      const text = ["当前位置:", title, ...items, "相关附件", "相关新闻"].join("\n");
      expect(read(text)).toEqual([
        { id: "1", text: items[0].replace(/^(\d\.|\([一二]\))/, "").slice(0, 8), leads: [office] },
        { id: "2", text: items[1].replace(/^(\d\.|\([一二]\))/, "").slice(0, 8), leads: [office] },
      ]);
    }
    // The last function ends before the page's link words.
    const last = parseBreakdown(
      [
        "某县城市管理综合执法局机构职能",
        "(一)负责市容管理;",
        "(二)承办县政府交办的其他事项。",
        "相关新闻",
      ].join("\n"),
    ).tasks[1];
    expect(last?.text).toBe("承办县政府交办的其他事项。");
  });

  it("reads the duties in the sentence after the definition, with no label, as one task of the office", () => {
    const text = [
      "某市城乡融合发展服务中心为正科级公益一类事业单位,核定编制12人,内设综合科、规划科2个科室。承担市城乡融合发展领导小组办公室的日常工作;负责城乡融合发展相关事务性工作。",
      "近年来,中心紧紧围绕中心工作,扎实推进各项工作。",
    ].join("\n");
    expect(read(text)).toEqual([{ id: "1", text: "承担市城乡融合发", leads: ["某市城乡融合发展服务中心"] }]);
  });

  it("reads nothing under a title of a topic's duties, or where the definition's own sentence holds the duty", () => {
    const topic = ["安全生产工作职责", "(一)落实安全生产责任制;", "(二)开展隐患排查治理。"].join("\n");
    expect(read(topic)).toEqual([]);
    const same =
      "某市城乡融合发展服务中心为公益一类事业单位,负责城乡融合发展相关事务性工作。\n近年来,中心扎实推进各项工作。";
    expect(read(same)).toEqual([]);
  });
});
