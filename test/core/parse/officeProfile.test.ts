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
});
