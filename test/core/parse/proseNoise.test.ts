import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { stripNoise } from "../../../src/core/text/noise";

// Made-up breakdowns in the shapes web and forum copies give: unnumbered paragraphs with no heading, and noise
// inserted by the page (proseRunOn.test.ts has the items a copy ran together).
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits]);
const roles = (text: string) => parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

describe("unnumbered paragraphs with no heading, each ending in its own units", () => {
  const title = "甲县2024年民生实事项目";

  it.each([
    [
      "round brackets, no blank lines",
      ["（县教育局牵头，县住建局配合）", "（县教育局）", "（县卫健委牵头，县财政局配合）"],
      "\n",
    ],
    [
      "tortoise-shell brackets, blank lines",
      ["〔县教育局牵头，县住建局配合〕", "〔县教育局〕", "〔县卫健委牵头，县财政局配合〕"],
      "\n\n",
    ],
    [
      "lenticular brackets of labels",
      [
        "【牵头单位：县教育局；配合单位：县住建局】",
        "【责任单位：县教育局】",
        "【牵头单位：县卫健委；配合单位：县财政局】",
      ],
      "\n",
    ],
  ])("reads each paragraph as a task: %s", (_name, brackets, gap) => {
    const words = ["新建城东幼儿园一所，新增学位360个。", "改造农村薄弱学校10所。", "建设乡镇卫生院3家。"];
    const text = [title, ...words.map((w, i) => `${w}${brackets[i] as string}`)].join(gap);
    expect(read(text)).toEqual([
      ["新建城东幼儿园一所，新增学位360个。", ["县教育局"], ["县住建局"]],
      ["改造农村薄弱学校10所。", ["县教育局"], []],
      ["建设乡镇卫生院3家。", ["县卫健委"], ["县财政局"]],
    ]);
  });

  it("reads a units sentence at each paragraph's end, with other places' unit names", () => {
    const text = [
      "乙旗2023年为民办实事任务分工",
      "实施苏木乡镇道路硬化工程120公里。责任单位：旗交通运输局、旗财政局。",
      "",
      "新增城镇就业岗位2000个。牵头单位：旗人社局；配合单位：旗总工会、团旗委。",
      "",
      "完成棚户区改造500户。责任单位：旗住建局。",
    ].join("\n");
    expect(roles(text)).toEqual([
      [["旗交通运输局"], ["旗财政局"]],
      [["旗人社局"], ["旗总工会", "团旗委"]],
      [["旗住建局"], []],
    ]);
  });

  it("keeps a paragraph that wraps over two lines one task, up to its bracket", () => {
    const text = [
      "丙区2024年重点工作任务清单",
      "推进老旧小区改造，完成改造小区30个，",
      "惠及居民5000户。（区住建局牵头，区财政局配合）",
      "建成区级养老服务中心1个。（区民政局）",
    ].join("\n");
    expect(roles(text)).toEqual([
      [["区住建局"], ["区财政局"]],
      [["区民政局"], []],
    ]);
  });

  it.each([
    [
      "a credit to a unit",
      [
        "本报讯 县教育局今天召开会议，部署新建幼儿园工作。（县教育局供稿）",
        "会议要求，各乡镇要抓好落实。（记者 张三）",
      ],
    ],
    [
      "units without a breakdown's title",
      ["会议听取了全县重点项目建设情况汇报。（县发改局）", "会议研究了城东幼儿园建设方案。（县教育局）"],
    ],
  ])("takes no task from a news report whose paragraphs end in %s", (_name, body) => {
    const parsed = parseBreakdown(["县政府召开常务会议", ...body].join("\n"));
    expect(parsed.tasks).toEqual([]);
    expect(parsed.issues.map((i) => i.code)).toContain("no-tasks");
  });

  it("takes no task from a news report whose paragraphs name no units at their end", () => {
    const text = [
      "县教育局召开幼儿园建设推进会",
      "县教育局今天召开会议，部署新建幼儿园工作。（记者 张三）",
      "县长指出，要抓好落实，确保年内完工。",
    ].join("\n");
    const parsed = parseBreakdown(text);
    expect(parsed.tasks).toEqual([]);
    expect(parsed.issues.map((i) => i.code)).toContain("no-tasks");
  });
});

describe("noise a web page inserts inside the text", () => {
  it("takes out random strings, watermark phrases and source brackets, and keeps names and links", () => {
    expect(stripNoise("新建幼儿园x3kq一所，新增学位360个。")).toBe("新建幼儿园一所，新增学位360个。");
    expect(stripNoise("改造农村本文来自甲县政府网薄弱学校10所。")).toBe("改造农村薄弱学校10所。");
    expect(stripNoise("建设卫生院3家（来源：甲县融媒体中心）。")).toBe("建设卫生院3家。");
    expect(stripNoise("【来源：人民网】完善路网。")).toBe("完善路网。");
    expect(stripNoise("推进园区建设kqzx。转载请注明出处。")).toBe("推进园区建设。");
    // A link is the task's own words (a clerk trial lost 网址www.tx.gov.cn from a task): it stays.
    expect(stripNoise("详见www.example.gov.cn。")).toBe("详见www.example.gov.cn。");
    expect(stripNoise("在“浙里办”(https://www.zjzwfw.gov.cn/a?b=1)完成申报")).toBe(
      "在“浙里办”(https://www.zjzwfw.gov.cn/a?b=1)完成申报",
    );
    expect(stripNoise("会议要求抓好落实。（县教育局供稿）")).toBe("会议要求抓好落实。");
    expect(stripNoise("做好宣传。（记者 张三 摄）")).toBe("做好宣传。");
    expect(stripNoise("做好宣传。（县委宣传部负责拍摄报道）")).toBe("做好宣传。（县委宣传部负责拍摄报道）");
    // Names and figures that look like Latin runs stay: a road, a virus, a network, a pollutant, an app.
    for (const kept of [
      "改造G318国道",
      "防控H7N9疫情",
      "建设5G基站",
      "降低PM2.5浓度",
      "推广政务app",
      "数据来源：县统计局",
    ])
      expect(stripNoise(kept)).toBe(kept);
  });

  it("never makes noise a unit or lets it split a task", () => {
    const text = [
      "甲县2024年重点工作任务分解",
      "一、教育",
      "1.新建城东幼儿园一所a7b3，新增学位360个。（县教育局x3kq牵头，县住建局配合）",
      "kqzx",
      "2.改造农村薄弱学校10所（来源：甲县融媒体中心）。（县教育局）",
      "打印 | 关闭",
      "【大】【中】【小】",
      "3.建设乡镇卫生院3家。本文来自甲县政府网（县卫健委\u200b牵头，县财政局\u00a0配合）",
      "文章来源：http://www.jiaxian.gov.cn/2024/0101/1.shtml",
      "4.推动企业在“浙里办”(https://www.zjzwfw.gov.cn)完成申报，网址www.jx.gov.cn公开。（县政务办）",
      "上一篇：甲县召开会议",
      "下一篇：乙县召开会议",
    ].join("\n");
    expect(read(text)).toEqual([
      ["新建城东幼儿园一所，新增学位360个。", ["县教育局"], ["县住建局"]],
      ["改造农村薄弱学校10所。", ["县教育局"], []],
      ["建设乡镇卫生院3家。", ["县卫健委"], ["县财政局"]],
      ["推动企业在“浙里办”(https://www.zjzwfw.gov.cn)完成申报，网址www.jx.gov.cn公开。", ["县政务办"], []],
    ]);
  });

  it("takes out the @@ marks a copy site puts after words and inside names, and keeps an address's @", () => {
    const text = [
      "一@@、交通互联@@",
      "(一@@)建设城际快线@@,实现一@@体化运营@@。(责任单位@@:区发改局@@@@、区交通@@局@@,区城投@@集团有限公司按职责分工负责@@)",
      "(二@@)开通定制公交@@,咨询邮箱bus@jiaxian.gov.cn@@。(责任单位@@:区交通局@@)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["建设城际快线,实现一体化运营。", ["区发改局"], ["区交通局", "区城投集团有限公司"]],
      ["开通定制公交,咨询邮箱bus@jiaxian.gov.cn。", ["区交通局"], []],
    ]);
  });

  it("keeps unnumbered paragraphs apart when noise lines stand between them", () => {
    const text = [
      "甲县2024年民生实事项目",
      "新建城东幼儿园一所x3kq，新增学位360个。（县教育局牵头，县住建局配合）",
      "qwrt",
      "改造农村薄弱学校10所(来源：甲县融媒体中心)。（县教育局）",
      "分享到：微信 微博 QQ空间",
      "建设乡镇卫生院3家。本文来自甲县政府网（县卫健委牵头，县财政局配合）",
    ].join("\n");
    expect(roles(text)).toEqual([
      [["县教育局"], ["县住建局"]],
      [["县教育局"], []],
      [["县卫健委"], ["县财政局"]],
    ]);
  });
});

describe("the page's staff and original title lines", () => {
  it.each(["编辑：张三", "（校对：李四）", "原标题：甲县召开会议", "终审：王五"])(
    "are never a task or units: %s",
    (debris) => {
      const text = [
        "甲县2024年民生实事项目",
        "1.新建城东幼儿园一所。（县教育局）",
        debris,
        "2.改造农村薄弱学校10所。",
        debris,
        "责任单位：县住建局",
        debris,
      ].join("\n");
      expect(read(text)).toEqual([
        ["新建城东幼儿园一所。", ["县教育局"], []],
        ["改造农村薄弱学校10所。", ["县住建局"], []],
      ]);
    },
  );
});
