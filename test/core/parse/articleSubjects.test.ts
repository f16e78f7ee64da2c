import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { subjectDuty } from "../../../src/core/parse/subjectDuty";

// Made-up regulation articles whose bodies are the subjects of their sentences: a name with its alias bracket
// (X(以下简称Y)负责…), the body in charge named with 是…主管部门, a body commissioned by another (受…委托,负责…), an
// office whose name holds 监督 — and the other bodies given duties in the same article, co-units.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ id: t.id, leads: t.leads, co: t.coUnits }));

describe("a regulation article's subjects", () => {
  it.each([
    ["青州市数据资源管理局(以下简称市数据局)负责平台建设。", ["青州市数据资源管理局"]],
    ["市档案馆(以下称档案馆)是电子档案的主管部门。", ["市档案馆"]],
    ["市信息中心受市数据局委托,负责平台运维。", ["市信息中心"]],
    ["要素保障组负责用地和资金保障。", ["要素保障组"]],
  ])("%s opens with its subject", (text, units) => {
    expect(subjectDuty(text)?.units).toEqual(units);
  });

  it.each([
    "市档案馆是一座老建筑。",
    "市信息中心受到表彰,获评先进。",
    // An article's sub-item whose requirement has no subject: 要 opens no name, though a 机构 ends the words.
    "要指定一名分管领导和一个机构负责日常协调管理工作。",
  ])("%s names no duty", (text) => {
    expect(subjectDuty(text)).toBeNull();
  });

  it("reads the first subject as the article's lead and the bodies after it with duties of their own as co-units", () => {
    const text =
      "青州市电子档案管理办法\n" +
      "第一章 总则\n" +
      "第一条 为规范电子档案管理,制定本办法。\n" +
      "第二条 青州市市场监督管理局(以下简称市监管局)是电子档案平台的主管部门,市档案馆(以下简称档案馆)负责平台日常管理工作。" +
      "第三方服务机构受市监管局委托,负责平台运行维护。各使用单位依据本办法使用平台。\n" +
      "第三条 市财政局负责经费保障。\n";
    expect(read(text).filter((t) => t.leads.length > 0)).toEqual([
      { id: "1.2", leads: ["青州市市场监督管理局"], co: ["市档案馆", "第三方服务机构"] },
      { id: "1.3", leads: ["市财政局"], co: [] },
    ]);
  });
});
