import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

// A breakdown sorted by office: each office's name alone as a numbered heading, at any level, with or without its
// other names in a bracket (offices merged into it), over its duties as a list, circled numbers or (1)(2) run
// together on one line. The office leads every duty under it; the bracket is its other names, never co-units.
describe("an office's heading over its duties", () => {
  it("reads circled duties run together on one line, under a title line, as tasks of the office with its other names", () => {
    const text = [
      "某开发区2023年机关科室工作职责",
      "(一)行政服务科(档案室、机要室)",
      "(1)本年度重点工作:",
      "①完成档案数字化扫描3万页;②做好机要文件收发登记;③组织全区公文培训两次。",
      "(二)规划建设局",
      "(1)本年度重点工作:",
      "①编制片区控制性详细规划;②年内建成污水管网12公里。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1.1", "完成档案数字化扫描3万页;", ["行政服务科(档案室、机要室)"], []],
      ["1.1.2", "做好机要文件收发登记;", ["行政服务科(档案室、机要室)"], []],
      ["1.1.3", "组织全区公文培训两次。", ["行政服务科(档案室、机要室)"], []],
      ["2.1.1", "编制片区控制性详细规划;", ["规划建设局"], []],
      ["2.1.2", "年内建成污水管网12公里。", ["规划建设局"], []],
    ]);
  });

  it("reads circled duties with no separator and numbered duties on lines of their own", () => {
    const text = [
      "镇机关各办职责分工",
      "一、社会事务办(民政所、残联)",
      "①落实低保动态管理②开展高龄老人走访慰问",
      "二、综治信访中心",
      "1.排查化解矛盾纠纷,每月报送排查台账。",
      "2.做好重点人员稳控工作。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "落实低保动态管理", ["社会事务办(民政所、残联)"], []],
      ["1.2", "开展高龄老人走访慰问", ["社会事务办(民政所、残联)"], []],
      ["2.1", "排查化解矛盾纠纷,每月报送排查台账。", ["综治信访中心"], []],
      ["2.2", "做好重点人员稳控工作。", ["综治信访中心"], []],
    ]);
  });

  it("leaves a topic heading that ends like an office to the units its tasks name", () => {
    const text = [
      "2024年基层党建重点任务",
      "一、加强党支部",
      "1.开展支部书记轮训。(责任单位:区委组织部)",
      "2.推进党员积分管理。(责任单位:各街道党工委)",
    ].join("\n");
    expect(read(text).map(([, , leads]) => leads)).toEqual([["区委组织部"], ["各街道党工委"]]);
  });
});

// A document whose whole text came as one line (a document-sharing site's copy): its title, then the first office's
// heading glued to it, each heading glued to its first duty. Cut where the numbering shows, then read as above.
describe("a breakdown by office on one line", () => {
  it("reads each office's duties when the first heading is glued to the title", () => {
    const duties = [
      "做好辖区内河道两岸的保洁工作,落实河长巡查制度,每周巡查不少于一次。",
      "开展节水宣传进社区活动,发放宣传资料,营造全民节水的良好氛围。",
    ];
    const text = [
      "资源描述",
      "",
      `某县创建节水型城市责任分工某县创建节水型城市责任分工一、东城街道办事处(一)${duties[0]}(二)${duties[1]}` +
        `二、县水利局(一)编制全县节水规划,明确年度用水总量和强度控制指标,报县政府批准后实施。(二)建立重点用水户监控名录。(三)推广农业高效节水灌溉面积两千亩,对年度考核排名靠后的乡镇进行约谈,并在全县范围内通报。`,
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", duties[0], ["东城街道办事处"], []],
      ["1.2", duties[1], ["东城街道办事处"], []],
      ["2.1", "编制全县节水规划,明确年度用水总量和强度控制指标,报县政府批准后实施。", ["县水利局"], []],
      ["2.2", "建立重点用水户监控名录。", ["县水利局"], []],
      [
        "2.3",
        "推广农业高效节水灌溉面积两千亩,对年度考核排名靠后的乡镇进行约谈,并在全县范围内通报。",
        ["县水利局"],
        [],
      ],
    ]);
  });

  it("reads no office from a heading that ends in the work of holding an event (亚运会筹办, 博览会举办)", () => {
    const text = [
      "某市今年要干的大事",
      "一、亚运会筹办",
      "场馆改造全部完成",
      "二、博览会举办",
      "展馆建成投用",
    ].join("\n");
    expect(read(text)).toEqual([]);
  });
});
