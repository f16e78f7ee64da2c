import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { fold } from "../../../src/core/text/fold";
import { simplify } from "../../../src/core/text/script";
import { toTraditional, TRADITIONAL_WORDS } from "../../support/transforms";

// Traditional-script copies (a mirror site, a Hong Kong or Taiwan gateway): labels, role words and unit
// suffixes are read as in simplified script; units, words and deadlines come back as the document wrote them.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits, t.deadline]);

describe("a document in Traditional script", () => {
  it("reads labelled unit lines and keeps the units as written", () => {
    const text = [
      "甲縣2024年重點工作任務分解",
      "一、推進產業轉型",
      "1.加快城東園區建設。",
      "牽頭單位:縣發展和改革局",
      "配合單位:縣財政局、縣住房和城鄉建設局",
      "完成時限:2024年12月底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1.1", "加快城東園區建設。", ["縣發展和改革局"], ["縣財政局", "縣住房和城鄉建設局"], "2024年12月底前"],
    ]);
  });

  it("reads a 責任單位 line whose first unit leads, and brackets of prose roles", () => {
    const text = [
      "乙市民生實事責任分工",
      "(一)新建養老服務中心三處。",
      "責任單位:市民政局、市衛生健康委、各區人民政府",
      "(二)改造農村公路二百公里。(市交通運輸局牽頭,市財政局、市農業農村局配合)",
      "(三)建設智慧停車平台。(市城市管理局會同市公安局負責)",
    ].join("\n");
    expect(read(text).map((t) => [t[2], t[3]])).toEqual([
      [["市民政局"], ["市衛生健康委", "各區人民政府"]],
      [["市交通運輸局"], ["市財政局", "市農業農村局"]],
      [["市城市管理局"], ["市公安局"]],
    ]);
  });

  it("reads the copy of a simplified document as the document, in the copy's characters", () => {
    const simplified = [
      "丙县2023年政府工作报告重点工作责任分解",
      "1.实施乡村振兴项目十个。(牵头单位:县农业农村局;协办单位:县财政局、县自然资源局)",
      "2.推进政务服务一网通办。(县政务服务数据管理局负责,年底前完成)",
    ].join("\n");
    const plain = parseBreakdown(simplified).tasks;
    const copy = parseBreakdown(toTraditional(simplified)).tasks;
    expect(copy.map((t) => [t.leads, t.coUnits, t.deadline])).toEqual(
      plain.map((t) => [t.leads.map(toTraditional), t.coUnits.map(toTraditional), t.deadline]),
    );
    expect(copy[0]?.coUnits).toEqual(["縣財政局", "縣自然資源局"]);
  });

  it("folds every Traditional word of the transforms' list to its simplified form", () => {
    const unread = TRADITIONAL_WORDS.filter(([s, t]) => fold(t) !== s).map(([s, t]) => `${s}/${t}`);
    expect(unread).toEqual([]);
  });

  it("leaves a simplified document that quotes a few Traditional words as it is", () => {
    const text = "1.办理“於”姓户籍。(县公安局负责)";
    expect(simplify(text).text).toBe(text);
    expect(read(text)).toEqual([["1", "办理“於”姓户籍。", ["县公安局"], [], null]]);
  });

  it("gives a character back only where the document wrote it in one way", () => {
    const s = simplify("牽頭單位:縣財政局");
    expect(s.text).toBe("牵头单位:县财政局");
    expect(s.restore("县财政局")).toBe("縣財政局");
  });
});
