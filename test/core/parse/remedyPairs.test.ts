import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { pairRemedies } from "../../../src/core/parse/remedyPairs";
import { toLines } from "../../../src/core/text/lines";

// Forum copies of a flattened problem / rectification table (remedyPairs.ts): a problem's line and its remedy's
// line start with the same number, the unit and the date tacked onto the remedy line's end after single spaces,
// the next category's name stuck onto a date, numbering restarting under each category. Made-up variants: other
// places' units, other markers, other date words, with and without the stuck category.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits, t.deadline]);

/** Three places' units: a city's, a county's, a district's. */
const PLACES = [
  ["市城管局", "市市场监管局", "市卫健委", "各区人民政府"],
  ["县住建局", "县商务局", "县卫生健康局", "各乡镇人民政府"],
  ["区环卫所", "区市场监督管理局", "区疾控中心", "各街道办事处"],
] as const;

describe("problem lines each followed by a remedy line of the same number, unit and date tacked on", () => {
  it.each(["、", ".", "．"])(
    "reads one task per problem, lead first, ids by category (marker %s)",
    (mark) => {
      for (const [a, b, c, d] of PLACES) {
        const text = [
          "创建国家卫生城市复审问题整改清单",
          "一、环境卫生",
          `1${mark}部分背街小巷垃圾清运不及时问题`,
          `1${mark}建立垃圾日产日清机制,加密清运频次 ${a} 2014年6月底`,
          `2${mark}农贸市场周边占道经营问题突出`,
          `2${mark}开展集中整治,设置临时疏导点 ${b}、${a} 2014年5月底二、健康教育`,
          `1${mark}宣传栏内容更新不及时`,
          `1${mark}每月更新宣传栏内容 ${c} 长期坚持`,
          `2${mark}公共场所控烟标识缺失问题`,
          `2${mark}在公共场所张贴禁烟标识 ${c}、${d} 7月底前`,
        ].join("\n");
        expect(read(text)).toEqual([
          ["1.1", "部分背街小巷", [a], [], "2014年6月底"],
          ["1.2", "农贸市场周边", [b], [a], "2014年5月底"],
          ["2.1", "宣传栏内容更", [c], [], "长期坚持"],
          ["2.2", "公共场所控烟", [c], [d], "7月底前"],
        ]);
      }
    },
  );

  it("keeps the remedy's words in the task after the problem's", () => {
    const [a, b] = PLACES[0];
    const text = [
      "1、垃圾清运不及时问题",
      `1、加密清运频次 ${a} 2014年6月底`,
      "2、占道经营问题",
      `2、设置临时疏导点 ${b} 2014年5月底`,
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => t.text)).toEqual([
      "垃圾清运不及时问题加密清运频次",
      "占道经营问题设置临时疏导点",
    ]);
  });

  it.each([
    [
      "the next line does not repeat the number",
      [
        "1、垃圾清运不及时问题",
        "2、加密清运频次 市城管局 2014年6月底",
        "3、占道经营问题",
        "4、设置临时疏导点 市场监管局 5月底",
      ],
    ],
    [
      "the remedy line ends in no unit",
      ["1、垃圾清运不及时问题", "1、加密清运频次 2014年6月底", "2、占道经营问题", "2、设置临时疏导点 5月底"],
    ],
    [
      "only one pair is found",
      ["1、垃圾清运不及时问题", "1、加密清运频次 市城管局 2014年6月底", "2、占道经营问题"],
    ],
  ])("leaves the lines as they are when %s", (_, written) => {
    const lines = toLines(written.join("\n"));
    expect(pairRemedies(lines)).toEqual(lines);
  });

  it("reads cells over several lines with blank lines between, the units and date on a line of their own", () => {
    // A forum copy: an editor's line, the title run together with the header, problem and remedy cells each over
    // one or two lines, the units and the date tacked onto the remedy's last line or on a line of their own, the
    // next category after a date set apart by a space, a name that is no office's beside a unit, the copy cut.
    for (const [a, b, c, d] of PLACES) {
      const text = [
        "编辑: someone 2019-07-04",
        "创建国家卫生城市任务一览表 项目具体任务及要求责任部门 完成时限 问题 整改要求 环境卫生",
        "",
        "1、背街小巷垃圾清运不及时",
        "",
        "1、建立垃圾日产日清机制.",
        "",
        `${a} 2014年8月10日`,
        "",
        "2、农贸市场周边占道经营;",
        "",
        "流动摊贩较多",
        "",
        `2、开展集中整治,设置临时疏导点. ${b} 2014年8月10日`,
        "",
        "3、公厕保洁不到位.",
        "",
        "3、落实专人保洁;",
        "",
        `加大巡查力度. ${d} 2014年8月10日 健康教育`,
        "",
        "1、宣传栏内容更新不及时",
        "",
        `1、每月更新宣传栏内容. ${c} 南方商场 2014年8月10日`,
        "",
        "2、公共场所控烟标识缺失;",
        "",
        "2、在公共场所张贴禁烟",
      ].join("\n");
      expect(read(text).map((t) => t.slice(1, 4))).toEqual([
        ["背街小巷垃圾", [a], []],
        ["农贸市场周边", [b], []],
        ["公厕保洁不到", [d], []],
        ["宣传栏内容更", [c], ["南方商场"]],
        ["公共场所控烟", [], []],
        ["在公共场所张", [], []],
      ]);
    }
  });

  it("keeps a unit cell of levels sharing one office's name whole (市、区政府办)", () => {
    const text = [
      "1、爱卫会领导机构需要加强",
      "1、调整充实爱国卫生组织机构. 市、区政府办 2014年8月10日",
      "2、健康教育所专业人员偏少",
      "2、增加专业人员. 市、县、区编办、市财政局 2014年8月10日",
    ].join("\n");
    expect(read(text).map((t) => t.slice(2, 4))).toEqual([
      [["市、区政府办"], []],
      [["市、县、区编办"], ["市财政局"]],
    ]);
  });

  it("never reads a remedy's last words as a unit beside the date", () => {
    const text = [
      "1、垃圾清运不及时问题",
      "1、加密清运频次 市城管局 2014年6月底",
      "2、占道经营问题",
      "2、设置临时疏导点 市场监管局 加强巡查 5月底",
    ].join("\n");
    expect(parseBreakdown(text).tasks.flatMap((t) => [...t.leads, ...t.coUnits])).not.toContain("加强巡查");
  });
});
