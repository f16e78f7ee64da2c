import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { joinWrapped, wrapWidth } from "../../../src/core/parse/wrappedLines";
import { toLines } from "../../../src/core/text/lines";
import { hardWrap } from "../../support/transforms";

// Made-up documents in the prose and outline families, as a PDF or Word copy breaks them at a fixed width.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits, t.deadline]);

const LABEL_LINES = [
  "乙县2024年重点工作任务分解",
  "一、扎实推进产业转型升级",
  "1.加快推进城东新材料产业园基础设施建设,年内完成园区道路和污水管网配套工程。",
  "牵头单位:县发展和改革局",
  "配合单位:县住房和城乡建设局、县自然资源和规划局、县财政局、城东街道办事处",
  "完成时限:2024年12月底前",
  "2.实施规模以上工业企业智能化改造三年行动计划,新增省级数字化车间五家以上。",
  "牵头单位:县经济和信息化局",
  "配合单位:县科学技术局、县市场监督管理局、县人力资源和社会保障局",
  "完成时限:2024年11月底前",
  "二、持续改善民生福祉",
  "3.新建改扩建公办幼儿园六所,新增学位一千八百个,推进城区学校集团化办学。",
  "牵头单位:县教育局",
  "配合单位:县财政局、县住房和城乡建设局、各乡镇人民政府(街道办事处)",
  "完成时限:2024年9月底前",
].join("\n");

const BRACKETS = [
  "丙市2023年民生实事责任分工",
  "(一)推动城乡医疗资源均衡布局,建成市第二人民医院新院区并投入使用,新增床位八百张。(牵头单位:市卫生健康委员会;配合单位:市发展改革委、市财政局、市城投集团)",
  "(二)改造提升老旧小区二十个,完成雨污分流和加装电梯一百部。(市住房和城乡建设局牵头,市自然资源和规划局、各区人民政府配合)",
  "(三)新增城市公共停车泊位三千个,建成智慧停车管理平台。(市城市管理局、市公安局交通警察支队、市交通运输局按职责分工负责)",
].join("\n");

describe("a document hard-wrapped at a fixed width", () => {
  it.each([17, 22, 26, 31, 38])(
    "reads the labelled-lines family wrapped at %i characters as unwrapped",
    (width) => {
      expect(read(hardWrap(LABEL_LINES, width))).toEqual(read(LABEL_LINES));
      expect(read(LABEL_LINES)[0]?.[2]).toContain("县住房和城乡建设局");
    },
  );

  it.each([16, 20, 25, 33, 40])("reads role brackets wrapped at %i characters as unwrapped", (width) => {
    expect(read(hardWrap(BRACKETS, width))).toEqual(read(BRACKETS));
    expect(read(BRACKETS).map((t) => t[1])).toEqual([
      ["市卫生健康委员会"],
      ["市住房和城乡建设局"],
      ["市城市管理局"],
    ]);
  });

  it("finds the width from lines of one length, indent included, and joins each such line with the next", () => {
    const text = hardWrap(`    ${LABEL_LINES.split("\n").join("\n    ")}`, 24);
    expect(wrapWidth(toLines(text))).toBe(24);
    const joined = joinWrapped(toLines(text)).map((l) => l.text);
    expect(joined).toContain("配合单位:县住房和城乡建设局、县自然资源和规划局、县财政局、城东街道办事处");
  });

  it("joins an item's number the width cut in two after a unit label's line (…市城管局) 2 / 3.建设…)", () => {
    // Lines of 20 characters, each item's label line ending in the first digit of the next item's number.
    const lines = ["丁市海绵城市建设任务", "21.建设城区公园海绵示范项目一处(牵头", "单位:市住建局;"];
    for (const n of [22, 23, 24, 25, 26, 27])
      lines.push(
        `协办单位:财政局、水务局、市城管局) ${Math.floor(n / 10)}`,
        `${n % 10}.建设城区公园海绵示范项目一处(牵头单`,
        "位:市住建局;",
      );
    lines.push("协办单位:财政局、水务局、市城管局)");
    expect(lines.filter((l) => l.length === 20)).toHaveLength(13);
    expect(read(lines.join("\n"))).toEqual(
      [21, 22, 23, 24, 25, 26, 27].map((n) => [
        String(n),
        ["市住建局"],
        ["财政局", "水务局", "市城管局"],
        null,
      ]),
    );
  });

  it("mends a bracket closed by the wrong kind and then its own when the width broke it over lines", () => {
    // [A牵头,B配合,各县(市)区负责落实)]: the stray ')' closes nothing once the lines are one.
    const text = [
      "戊市2018年水污染防治重点工作",
      "1.控制用水总量。严格取水许可管理,实行计划",
      "用水管理,建立重点监控用水单位名录,新改扩建",
      "项目用水达到行业先进水平。[市水务局牵头,市",
      "工信委、市住建局配合,各县(市)区政府负责落",
      "实)]",
      "2.加强工业水污染防治。依法取缔不符合产业政",
      "策的小型造纸、制革、印染企业,集中治理工业园",
      "区水污染问题。[市环保局牵头,市工信委、市发",
      "改委配合,各县(市)区政府负责落实)]",
      "3.推进城镇污水处理设施建设,完成城区污水处",
      "理厂提标改造,新建污水管网二十公里以上。[市",
      "住建局牵头,市环保局配合,各县(市)区政府负",
      "责落实)]",
    ].join("\n");
    expect(wrapWidth(toLines(text))).toBe(22);
    expect(parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["市水务局"], ["市工信委", "市住建局", "各县(市)区政府"]],
      [["市环保局"], ["市工信委", "市发改委", "各县(市)区政府"]],
      [["市住建局"], ["市环保局", "各县(市)区政府"]],
    ]);
  });

  it("leaves a document whose lines are of many lengths alone", () => {
    expect(wrapWidth(toLines(LABEL_LINES))).toBeNull();
    expect(wrapWidth(toLines(BRACKETS))).toBeNull();
  });

  it("takes no width from a line repeated word for word, nor from table rows", () => {
    const repeated = Array.from({ length: 12 }, (_, i) => [
      `${i + 1}.推进第${i + 1}批项目`,
      "责任领导:张明 牵头单位:县供电公司",
    ]);
    expect(wrapWidth(toLines(repeated.flat().join("\n")))).toBeNull();
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1}\t推进第${i + 1}批老旧小区改造项目\t县住建局`);
    expect(wrapWidth(toLines(["序号\t工作任务\t责任单位", ...rows].join("\n")))).toBeNull();
  });

  it("never joins a table row whose cells are set apart by runs of spaces", () => {
    const rows = Array.from(
      { length: 10 },
      (_, i) => `${i + 1}  推进第${i + 1}批老旧小区改造  县住建局  县财政局`,
    );
    const text = ["序号  工作任务  牵头单位  配合单位", ...rows].join("\n");
    expect(joinWrapped(toLines(text)).map((l) => l.text)).toEqual(text.split("\n"));
  });

  it("joins a full line with a role word alone after it (分别 / 牵头), which is no label", () => {
    const lines = [
      "　　1.城乡居民收入增速保持全省领先、",
      "农民收入增速快于城镇居民。",
      "　　责任单位:市人力社保局、市农业农",
      "村局分别牵头",
      "　　2.城镇新增就业、节能减排降碳完成",
      "省定任务。",
      "　　责任单位:市人力社保局、市发改委分",
      "别牵头",
      "　　3.一般公共预算收入与经济增长基本",
      "同步。",
      "　　责任单位:市财政局、市税务局、市统",
      "计局",
    ];
    expect(read(lines.join("\n")).map((t) => t[1])).toEqual([
      ["市人力社保局", "市农业农村局"],
      ["市人力社保局", "市发改委"],
      ["市财政局"],
    ]);
  });

  it("joins a line cut mid-sentence with a number after it that does not go on from the last of its style", () => {
    const lines = [
      "　　二、加快流通业发展的重点工作任务",
      "　　1.提高流通管理部门管理效能。建立分工明确、权责统",
      "一、协调高效的流通管理体制,加快职能转变,健全部门协作",
      "机制,提高管理效能。(牵头单位:市商务局;责任单位:市编",
      "办、市发改委)",
      "　　2.规范商贸流通市场秩序,加快建立健全市场监管长效机",
      "制,推进商务诚信体系建设,严厉打击侵权假冒违法犯罪行为",
      "。(牵头单位:市市场监管局;责任单位:市公安局、市商务局)",
    ];
    const joined = joinWrapped(toLines(lines.join("\n"))).map((l) => l.text);
    expect(joined[1]).toBe(
      "1.提高流通管理部门管理效能。建立分工明确、权责统一、协调高效的流通管理体制,加快职能转变,健全部门协作机制,提高管理效能。(牵头单位:市商务局;责任单位:市编办、市发改委)",
    );
    expect(joined).toHaveLength(3);
  });

  it("leaves a table one cell a line alone even when its task cells share one length", () => {
    const cells = ["序号", "工作任务", "牵头单位", "完成时限"];
    for (let i = 1; i <= 10; i++)
      cells.push(String(i), `推进第${i}批城镇老旧小区改造项目建设和管网更新`, "县住建局", "年底前");
    expect(wrapWidth(toLines(cells.join("\n")))).toBeNull();
  });

  it("leaves a table one cell a line alone: its short cells share lengths below any wrap width", () => {
    const cells = ["序号", "工作任务", "责任单位", "完成时限"];
    for (let i = 1; i <= 12; i++) cells.push(String(i), `推进第${i}批项目建设`, "县发改局", "年底前");
    expect(wrapWidth(toLines(cells.join("\n")))).toBeNull();
  });

  it("does not join a full units line with an item whose number skips one (an item lost between them)", () => {
    // Lines of 22 characters; item 3 is missing, so 4. does not go on from 2.
    const lines = [
      "丁县2024年重点工作任务分解",
      "1.实施城区防洪排涝工程，消除易涝点十五处以",
      "上。（牵头单位：县住建局；配合单位：县水利局）",
      "2.深化安全生产治本攻坚三年行动，事故起数和",
      "死亡人数“双下降”。",
      "责任单位：县应急管理局、县级有关部门、各乡镇",
      "4.开展自建房安全专项整治，完成经营性自建房",
      "隐患整改。（牵头单位：县住建局；配合单位：县",
      "应急管理局、各乡镇人民政府）",
      "5.做好防汛抗旱和森林防灭火工作，健全应急预",
      "案体系。（牵头单位：县应急管理局；配合单位：",
      "县水利局、县林业局）",
    ];
    const joined = joinWrapped(toLines(lines.join("\n"))).map((l) => l.text);
    expect(joined).toContain("责任单位：县应急管理局、县级有关部门、各乡镇");
    const fourth = parseBreakdown(lines.join("\n")).tasks.find((t) => t.text.startsWith("开展自建房"));
    expect(fourth?.leads).toEqual(["县住建局"]);
    expect(fourth?.coUnits).toEqual(["县应急管理局", "各乡镇人民政府"]);
  });

  it("does not carry a bracket left open before an item into the next item", () => {
    // Lines of 22 characters; a stray '(' before 2. is never closed.
    const lines = [
      "丁县2024年重点工作任务分解",
      "1.实施城区防洪排涝工程，消除易涝点十五处以",
      "上。（牵头单位：县住建局；配合单位：县水利局）",
      "(2.开展自建房安全专项整治，完成经营性自建房",
      "隐患整改。（牵头单位：县住建局；配合单位：县",
      "应急管理局、各乡镇人民政府、各街道办事处）",
      "3.做好防汛抗旱和森林防灭火工作，健全应急预",
      "案体系。（牵头单位：县应急管理局；配合单位：",
      "县水利局、县林业局）",
    ];
    const third = joinWrapped(toLines(lines.join("\n"))).find((l) => l.text.startsWith("3.做好"));
    expect(third?.no).toBe(7);
    const task = parseBreakdown(lines.join("\n")).tasks.find((t) => t.text.startsWith("做好防汛"));
    expect([task?.line, task?.leads, task?.coUnits]).toEqual([7, ["县应急管理局"], ["县水利局", "县林业局"]]);
  });

  it("does not join a full line with a numbered line or a label line after it, unless it stops mid-list", () => {
    const lines = [
      "甲县2024年重点工作任务分解表",
      "1.完成城西片区棚户区改造任务。",
      "责任单位:县住建局",
      "2.推进城东老旧街区微改造提升",
      "工程。责任单位:县城管局、县住",
      "建局、县财政局、各乡镇人民政、",
      "3.开展全县农村人居环境整治。",
      "责任单位:县农业农村局、县生态",
      "环境局、县卫生健康局、各乡镇。",
      "4.新建城区公共停车泊位五百个以",
      "上。责任单位:县城管局",
    ];
    const joined = joinWrapped(toLines(lines.join("\n"))).map((l) => l.text);
    expect(joined).toEqual([
      "甲县2024年重点工作任务分解表",
      "1.完成城西片区棚户区改造任务。",
      "责任单位:县住建局",
      "2.推进城东老旧街区微改造提升工程。责任单位:县城管局、县住建局、县财政局、各乡镇人民政、3.开展全县农村人居环境整治。",
      "责任单位:县农业农村局、县生态环境局、县卫生健康局、各乡镇。",
      "4.新建城区公共停车泊位五百个以上。责任单位:县城管局",
    ]);
  });
});

describe("a units line wrapped before its shared role (分别牵头)", () => {
  // Indented paragraphs, as a page saved as text gives them; at 20 characters the wrap falls just before 分别牵头.
  const text = [
    "丁市2023年政府工作报告重点工作责任分解",
    "一、全市经济社会发展主要预期目标",
    "1.地区生产总值增长6%以上,高质量前提下能快则快。",
    "责任单位:市发改委",
    "2.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。",
    "责任单位:县人力社保局、县农业农村局分别牵头",
    "3.城镇新增就业、节能减排降碳完成省定任务,居民消费价格涨幅控制在3%以内。",
    "责任单位:市人力社保局、市发改委、市财政局分别牵头",
  ]
    .map((l) => `\u3000\u3000${l}`)
    .join("\n\n");

  it("gives the wrapped line its role: every unit before it leads", () => {
    const wrapped = hardWrap(text, 20);
    expect(wrapped).toContain("县农业农村局\n分别牵头");
    expect(read(wrapped)).toEqual(read(text));
    expect(read(text)[1]?.[1]).toEqual(["县人力社保局", "县农业农村局"]);
  });
});

describe("a line of inline labels set apart by spaces, wrapped at any width", () => {
  // Each item one line: its words, then `责任单位: A,B 完成时限: 2025年6月` with a space after each colon. At some
  // widths the wrap falls right after the space (完成时限: / 2025年6月), at others inside the label (完成 / 时限:).
  const text = [
    "甲市2025年民生实事项目",
    "为切实解决群众急难愁盼问题,根据民生实事项目办理工作规定,现将本月民生实事项目公布如下,欢迎社会各界监督。",
    "一、 开展道路交通安全隐患治理 对市域内七条道路采取增设信号灯、安装限速牌等措施消除道路交通安全隐患。 责任单位: 甲市经开区管委会,各区(市、县)人民政府 完成时限: 2025年6月",
    "二、 打通金河西路断头路 金河西路因历史遗留问题长期未贯通,致使周边停车资源匮乏、车流汇集拥堵。 责任单位: 乙市人民政府 完成时限: 2025年8月",
    "三、 硬化会龙镇村组道路 群众通过热线反映会龙村、青杠村部分道路路面破损,雨天泥泞出行困难。 责任单位: 丙县人民政府 完成时限: 2025年9月",
  ].join("\n");

  it("reads the units and the deadline of every item as the unwrapped text does", () => {
    expect(read(text)).toEqual([
      ["1", ["甲市经开区管委会"], ["各区(市、县)人民政府"], "2025年6月"],
      ["2", ["乙市人民政府"], [], "2025年8月"],
      ["3", ["丙县人民政府"], [], "2025年9月"],
    ]);
    const cuts = { afterSpace: 0, inLabel: 0 };
    for (let width = 20; width <= 40; width++) {
      const wrapped = hardWrap(text, width);
      if (/完成时限: \n/.test(wrapped)) cuts.afterSpace++;
      if (/ 完成\n时限/.test(wrapped)) cuts.inLabel++;
      expect({ width, tasks: read(wrapped) }).toEqual({ width, tasks: read(text) });
    }
    expect(cuts.afterSpace).toBeGreaterThan(0);
    expect(cuts.inLabel).toBeGreaterThan(0);
  });
});

// A page that came as one line (a document-sharing site's copy), then hard-wrapped: its items run on inside the
// line, so a marker or a label the width puts at a line's start is no line of its own; a site's stamp the width
// cuts in two is taken out once the line is whole; a space the width cuts at stays between fields.
describe("a one-line page hard-wrapped at a fixed width", () => {
  const sameAtEveryWidth = (page: string) => {
    const want = read(page);
    const widths = Array.from({ length: 21 }, (_, k) => 20 + k);
    return widths.filter((w) => JSON.stringify(read(hardWrap(page, w))) !== JSON.stringify(want));
  };

  it("reads glued headings, items and labels (with a page stamp in them) as the unwrapped page at every width", () => {
    const page =
      "某区住建局2023年创建文明城市工作方案局机关各科室:为做好创建工作,根据区委的总体部署,结合本局实际,制定本方案。" +
      "组织领导成立创建工作领导小组,由局长任组长。实施专项整治工作(一)建筑工地专项整治:要求施工企业做到围挡封闭、" +
      "净车出场、文明施工。牵头领导:李明副局长责任部门:建工科、安全站(二)背街小巷专项整治:对路面坑洼、路灯照明、" +
      "绿化缺损开展整治。牵头领导:王强副局长责任部门:城建科、市政所(三)园林绿化专项整治:做好行道树修剪和补植工作。" +
      "第 1 页共 5 页下载后可任意编辑牵头领导:赵刚副局长责任部门:园林所配合做好专项整治工作(一)配合区城管局做好门前" +
      "三包工作配合领导:李明副局长配合部门:城建科(二)配合区交警大队做好停车秩序整治配合领导:王强副局长配合部门:" +
      "安全站(三)配合区消防大队做好小区消防通道整治配合领导:赵刚副局长配合部门:园林所";
    expect(read(page).map((t) => [t[1], t[2]])).toEqual([
      [["建工科"], ["安全站"]],
      [["城建科"], ["市政所"]],
      [["园林所"], []],
      [["区城管局"], ["城建科"]],
      [["区交警大队"], ["安全站"]],
      [["区消防大队"], ["园林所"]],
    ]);
    expect(sameAtEveryWidth(page)).toEqual([]);
  });

  it("reads fields set apart by single spaces as the unwrapped page at every width", () => {
    const page =
      "某县创建卫生县城督查曝光 近日,县创卫指挥部督查组对城区重点场所开展督查,发现问题如下: 1.员工食堂橱柜杂物乱堆放 " +
      "2.操作间地面积水 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前 1.农贸市场排水沟堵塞 2.市场外围垃圾" +
      "未及时清运 整改责任单位:县住房和城乡建设局 整改时限:2021年8月15日前 宾馆客房未配备控烟标识 责任单位:县卫生健康局 " +
      "整改时限:2021年8月20日前 1.学校周边占道经营 2.流动摊点油烟扰民 整改责任单位:县综合执法局 整改时限:2021年8月13日" +
      "前 1.小区楼道堆放杂物 2.绿化带缺株断垄 整改责任单位:城关镇人民政府 整改时限:2021年8月30日前 (来源:县创卫办)";
    expect(read(page).map((t) => [t[1], t[3]])).toEqual([
      [["县市场监督管理局"], "2021年8月13日前"],
      [["县住房和城乡建设局"], "2021年8月15日前"],
      [["县卫生健康局"], "2021年8月20日前"],
      [["县综合执法局"], "2021年8月13日前"],
      [["城关镇人民政府"], "2021年8月30日前"],
    ]);
    expect(sameAtEveryWidth(page)).toEqual([]);
  });
});
