import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[string, string, readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

// A paragraph holding several sentences, each closed by a bare bracket of units with the stop after it: each
// sentence is a task of its own, its bracket's first unit leading. A numbered paragraph's short title sentence
// before them is the heading over those tasks, not a task's words.
describe("several bracket-closed sentences in one paragraph", () => {
  it.each([
    ["round brackets and full stops", ["(", ")", "。"]],
    ["lenticular brackets and semicolons", ["【", "】", ";"]],
    ["full-width brackets and stops", ["（", "）", "。"]],
  ])("are several tasks under the paragraph's title: %s", (_, [open, close, stop]) => {
    const text = [
      "2025年某区营商环境工作要点",
      "一、优化政务服务",
      `(一)深化一网通办改革。推行高频事项免申即享${open}区政务服务办、区大数据局${close}${stop}` +
        `开展帮办代办服务进园区${open}区投促中心${close}${stop}` +
        `压减企业开办时间至一个工作日${open}区市场监管局、区税务局、区人社局${close}${stop}`,
      `(二)强化要素保障。建立重点企业用工服务专员制度${open}区人社局${close}${stop}`,
    ].join("\n");
    const sentence = (s: string) => `${s}${stop}`;
    expect(read(text)).toEqual([
      ["1.1.1", sentence("推行高频事项免申即享"), ["区政务服务办"], ["区大数据局"]],
      ["1.1.2", sentence("开展帮办代办服务进园区"), ["区投促中心"], []],
      ["1.1.3", sentence("压减企业开办时间至一个工作日"), ["区市场监管局"], ["区税务局", "区人社局"]],
      ["1.2", expect.stringContaining("建立重点企业用工服务专员制度"), ["区人社局"], []],
    ]);
  });

  it("reads the whole names of the last sentence's bracket when the text breaks off inside it", () => {
    const text = [
      "某区2024年就业工作要点",
      "一、稳定就业岗位",
      "落实援企稳岗返还政策(区人社局、区财政局)。开展春风行动专场招聘会(区人社局、区总工会、区妇联、区团",
    ].join("\n");
    expect(read(text).map(([, , leads, co]) => [leads, co])).toEqual([
      [["区人社局"], ["区财政局"]],
      [["区人社局"], ["区总工会", "区妇联"]],
    ]);
  });

  it("keeps a sentence whose bracket holds no unit names in its paragraph", () => {
    const text = [
      "某县2024年重点工作",
      "1.新建公办幼儿园三所(含配套设施)。扩大普惠性学位供给(县教育局)。",
      "2.改造老旧小区十个(县住建局)。",
    ].join("\n");
    expect(read(text).map(([id, , leads]) => [id, leads])).toEqual([
      ["1", ["县教育局"]],
      ["2", ["县住建局"]],
    ]);
  });
});

// The page's end cutting a numbered item's second run after its first role bracket (…(C牵头)。继续清理和调整行): the
// cut words are a run of their own, never the document's signature, though they end like a unit (…行).
describe("a run the page's end cut after an item's role bracket", () => {
  it("reads it as the item's last run, not a signature", () => {
    const text = [
      "1.产业协同。统一编制全市产业布局规划。(市发改局、市工信局牵头,市自然资源局,各县、区政府配合)",
      "2.服务同城。制定园区审批服务细则(市政务服务中心牵头,市财政局配合)。继续清理和调整行",
    ].join("\n");
    expect(read(text).map(([id, words, leads]) => [id, words, leads])).toEqual([
      ["1", "产业协同。统一编制全市产业布局规划。", ["市发改局", "市工信局"]],
      ["2.1", "制定园区审批服务细则。", ["市政务服务中心"]],
      ["2.2", "继续清理和调整行", []],
    ]);
  });
});
