import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitOnePage } from "../../../src/core/parse/onePage";
import { assistedRoles } from "../../../src/core/parse/assistedLead";
import { emptyRoles } from "../../../src/core/parse/rolesData";
import { fold } from "../../../src/core/text/fold";

const line = (text: string) => ({ no: 1, text, folded: fold(text), raw: text });
const read = (text: string): Array<[string, readonly string[], readonly string[], string | null]> =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 4), t.leads, t.coUnits, t.leader]);
const preamble =
  "为做好创建全国文明城市工作,根据总体部署的要求,结合本行业实际情况,重点抓好背街小巷、市政设施等专项整治工作,现制定本实施方案:".repeat(
    2,
  );

// A one-line page whose parts are glued with no stop between them: an unnumbered heading before its (一), the next
// item glued after a label's unit names, the next section's heading glued after the last unit, labels glued to the
// words before them, and a section of work the bureau only helps with (docs/layouts.md, "One-line pages, glued
// labels and broken brackets").
describe("a one-line page with its parts glued together", () => {
  const page = (sep: string, lead: string, co: string) =>
    `某区住建局创建工作实施方案下载后可任意编辑${preamble}成立工作领导小组,负责日常协调督查工作。专项整治工作(一)背街小巷整治背街小巷:修复破损路面。${lead}:李明副局长${sep}:市政科、质监站(二)建筑工地整治建筑工地:做到围挡到位。${lead}:王强副局长${sep}:建管科第 1 页共 3 页下载后可任意编辑(三)绿化养护:做好树木修剪工作。${lead}:赵刚副局长${sep}:园林所配合做好整治工作(一)配合区城管局做好门前三包工作${co}领导:赵刚副局长${co}部门:园林所(二)协助区交警大队、区交通局开展占道整治${co}领导:王强副局长${co}部门:市政科(三)配合区消防大队做好`;

  it.each([
    ["责任部门", "牵头领导", "配合"],
    ["责任科室", "分管领导", "协助"],
  ])("reads each item with its units and leader: %s / %s / %s", (sep, lead, co) => {
    expect(read(page(sep, lead, co))).toEqual([
      ["背街小巷", ["市政科"], ["质监站"], "李明"],
      ["建筑工地", ["建管科"], [], "王强"],
      ["绿化养护", ["园林所"], [], "赵刚"],
      ["配合区城", ["区城管局"], ["园林所"], "赵刚"],
      ["协助区交", ["区交警大队"], ["区交通局", "市政科"], "王强"],
      ["配合区消", [], [], null],
    ]);
  });

  it("cuts an unnumbered heading glued before its first item off the sentence before it", () => {
    const text = `${preamble}${preamble}负责日常协调督查工作。专项整治工作(一)背街小巷整治。责任部门:市政科(二)建筑工地整治。责任部门:建管科`;
    expect(splitOnePage(line(text)).map((l) => l.text.slice(0, 6))).toEqual([
      preamble.slice(0, 6),
      "专项整治工作",
      "(一)背街小",
      "(二)建筑工",
    ]);
  });

  it("leaves a marker glued inside a sentence alone", () => {
    const text = `${preamble}主要包括背街小巷、建筑工地和绿化养护等(一)类问题的整治,以及1.5公里道路的修复。`;
    expect(splitOnePage(line(text)).map((l) => l.text)).toEqual([text]);
  });
});

describe("the body a task's units help", () => {
  const co = { ...emptyRoles(), coUnits: ["区园林局"], matched: true };
  it("leads when the task's own units only help (配合/协助 X 做好…)", () => {
    expect(assistedRoles("配合区执法局、区城管局做好保洁", [co])).toEqual([
      { ...emptyRoles(), listed: ["区执法局", "区城管局"], matched: true },
      co,
    ]);
  });

  it.each([
    ["a lead is named", [{ ...emptyRoles(), leads: ["区住建局"], coUnits: ["区园林局"], matched: true }]],
    ["no unit is named", [emptyRoles()]],
  ])("changes nothing when %s", (_, roles) => {
    expect(assistedRoles("配合区执法局做好保洁", roles)).toBe(roles);
  });

  it.each(["配合相关工作做好迎检", "配合做好整治工作", "积极配合区执法局做好保洁"])(
    "changes nothing when the sentence names no unit at its start: %s",
    (text) => {
      expect(assistedRoles(text, [co])).toEqual([co]);
    },
  );
});
