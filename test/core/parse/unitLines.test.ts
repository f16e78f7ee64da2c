import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Unit lines, brackets and numbering as documents of other places write them (Set E1), in made-up words.
const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.leads, t.coUnits]);

describe("labelled unit lines", () => {
  it("reads 主要协作单位: as the label of the co-units", () => {
    const text = [
      "1.推进某某中心建设。",
      "牵头责任单位:县甲局、县乙局",
      "主要协作单位:各乡镇人民政府、县政府有关部门",
      "2.完善某某服务体系。",
      "牵头责任单位:县甲局",
      "主要配合单位:县丙局",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["县甲局", "县乙局"], ["各乡镇人民政府", "县政府有关部门"]],
      ["2", ["县甲局"], ["县丙局"]],
    ]);
  });

  it("lets the first unit of a plain list lead, with or without a co-unit label beside it", () => {
    const text = [
      "1.新建某某服务中心。",
      "责任部门:民政局、财政局 配合部门:各街道",
      "2.建设某某公园。",
      "责任部门:城建局、农林局",
    ];
    expect(read(text.join("\n"))).toEqual([
      ["1", ["民政局"], ["财政局", "各街道"]],
      ["2", ["城建局"], ["农林局"]],
    ]);
  });
});

describe("the document's convention on a line of its own", () => {
  it("reads 责任单位中排在第一位的为牵头单位 as the convention even though it ends like a unit name", () => {
    const doc = parseBreakdown(
      "1.建设某某公园。\n责任部门:城建局、农林局\n2.建设某某广场。\n责任单位中排在第一位的为牵头单位\n责任部门:城建局",
    );
    expect(doc.document.roleConvention?.text).toBe("责任单位中排在第一位的为牵头单位");
    expect(doc.tasks.map((t) => t.text)).toEqual(["建设某某公园。", "建设某某广场。"]);
  });
});

describe("a standing note inside a unit bracket", () => {
  it("does not read 除专门列出外,以下任务均涉及…,不再重复 after the units as a unit", () => {
    const text = [
      "1.发展某某产业。(责任单位:省甲局、省乙厅,各市〔州〕数据管理部门。除专门列出外,以下任务均涉及各市〔州〕数据管理部门,不再重复)",
      "2.培育某某企业。(责任单位:省甲局、某某集团)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["省甲局"], ["省乙厅", "各市〔州〕数据管理部门"]],
      ["2", ["省甲局"], ["某某集团"]],
    ]);
  });
});

describe("labels inside a bracket after another label's value", () => {
  it("reads 牵头单位:A(配合单位:B) without a bracket in either name", () => {
    expect(read("1.推进某某。\n牵头单位:市甲局(配合单位:市乙局、市丙局)")).toEqual([
      ["1", ["市甲局"], ["市乙局", "市丙局"]],
    ]);
  });
});

describe("a standing note inside a unit bracket, for the other tasks", () => {
  it("does not read 其他各项任务均需…落实 after the units as a unit", () => {
    const text =
      "1.推进某某。(责任单位:市甲局、市乙局。其他各项任务均需各县落实,下同)\n2.加强某某。(市丙局负责)";
    expect(read(text)).toEqual([
      ["1", ["市甲局"], ["市乙局"]],
      ["2", ["市丙局"], []],
    ]);
  });
});

describe("numbers that run on across headings", () => {
  it("reads 3、 followed by a year under the next (二) heading as the next task, not as words of the heading", () => {
    const text = [
      "一、加快基础设施建设",
      "(一)完善公路网络。",
      "1、加快构建快速通道。(省甲委、省乙厅负责)",
      "2、加快国省道升级改造。(省甲委、省丙厅负责)",
      "(二)加快铁路建设。",
      "3、2017年,某某铁路建成通车。(省甲委、省丁局负责)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1.1", ["省甲委"], ["省乙厅"]],
      ["1.1.2", ["省甲委"], ["省丙厅"]],
      ["1.2.3", ["省甲委"], ["省丁局"]],
    ]);
  });
});

describe("roles in prose and labels with a level", () => {
  it("reads 牵头督导, 抓总 and 主责 as verbs of the lead", () => {
    const text = [
      "1.整治某某企业。(市甲局、市乙局牵头督导,市丙局参与)",
      "2.推进某某改革。(市甲局抓总,市乙局、市丙局具体落实)",
      "3.完善某某制度。(市丁局主责,市乙局协同)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["市甲局", "市乙局"], ["市丙局"]],
      ["2", ["市甲局"], ["市乙局", "市丙局"]],
      ["3", ["市丁局"], ["市乙局"]],
    ]);
  });

  it("reads units that support or guide (B支持, B业务指导) as co-units, and a supervising clause (B跟踪督办) as none", () => {
    const text = [
      "1.推进某某工作。(市甲局牵头,市乙局、市丙局支持)",
      "2.推进某某改革。(各县区负责,市甲局业务指导)",
      "3.完善某某制度。(市甲局牵头实施,市乙局跟踪督办)",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", ["市甲局"], ["市乙局", "市丙局"]],
      ["2", ["各县区"], ["市甲局"]],
      ["3", ["市甲局"], []],
    ]);
  });

  it("reads labels that name the level of their units (市级责任单位, 县级责任单位) without a unit 县级", () => {
    expect(read("1.推进某某工作。(市级责任单位:市甲局、市乙局;县级责任单位:各县区政府)")).toEqual([
      ["1", ["市甲局"], ["市乙局", "各县区政府"]],
    ]);
  });

  it("reads a task's closing clause 由A负责,B、C配合 set off by a comma", () => {
    expect(read("1.推进某某工作,由市甲局负责,市乙局、市丙局协助。\n2.加强某某管理。(市乙局负责)")).toEqual([
      ["1", ["市甲局"], ["市乙局", "市丙局"]],
      ["2", ["市乙局"], []],
    ]);
  });
});

describe("a heading that names the lead of its tasks", () => {
  it("reads (一)由A牵头 as A leading the tasks under it, without 由 in the name", () => {
    expect(read("(一)由县甲局牵头\n1.推进某某。\n2.加强某某。(县乙局配合)")).toEqual([
      ["1.1", ["县甲局"], []],
      ["1.2", ["县甲局"], ["县乙局"]],
    ]);
  });
});
