import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Made-up notices of the family "a body is set up and its office, seated in a bureau, is given the daily work"
// (fallback/officeSeat.ts): the office has no name of its own, so the bureau hosting it leads that work.
const read = (text: string) =>
  parseBreakdown(text)
    .tasks.filter((t) => t.leads.length > 0)
    .map((t) => [t.text.slice(0, 10), t.leads]);

const setUp = (body: string, office: string) =>
  [
    "各乡镇人民政府,县直各有关单位:",
    `为加快推进全县冷链物流发展,经县政府研究,决定成立某县冷链物流发展${body}。现将有关事项通知如下:`,
    "一、组成人员",
    "组长:王某某 县政府副县长",
    "成员:李某某 县商务局局长",
    "赵某某 县交通运输局局长",
    office,
  ].join("\n");

describe("a set-up body's office seated in a bureau with its duty", () => {
  it("is a task led by the bureau, whatever the body and the duty's verb", () => {
    expect(
      read(setUp("工作专班", "专班下设办公室,办公室设在县商务局,负责专班日常工作,办公室主任由李某某兼任。")),
    ).toEqual([["专班下设办公室,办公", ["县商务局"]]]);
    expect(read(setUp("领导小组", "领导小组办公室设在县交通运输局,承担领导小组日常工作。"))).toEqual([
      ["领导小组办公室设在县", ["县交通运输局"]],
    ]);
    expect(
      read(setUp("指挥部", "指挥部下设办公室,办公室设在县发展和改革局,主要负责统筹调度,督促落实议定事项。")),
    ).toEqual([["指挥部下设办公室,办", ["县发展和改革局"]]]);
  });

  it("is read beside the body's own duties, in Traditional script too", () => {
    const text = [
      "為加強統籌協調,經市政府同意,決定建立某市數字經濟發展聯席會議(以下簡稱聯席會議)制度。",
      "一、主要職責",
      "(一)統籌協調全市數字經濟發展工作。",
      "(二)研究提出促進數字經濟發展的政策措施。",
      "二、組成人員",
      "召集人:張某某 市政府副市長",
      "聯席會議辦公室設在市工業和信息化局,承擔聯席會議日常工作。",
    ].join("\n");
    expect(read(text)).toEqual([
      ["統籌協調全市數字經濟", ["聯席會議"]],
      ["研究提出促進數字經濟", ["聯席會議"]],
      ["聯席會議辦公室設在市", ["市工業和信息化局"]],
    ]);
  });

  it("gives nothing for an office seated with no duty, in a room, or in a plan that sets up no body by a decision", () => {
    expect(read(setUp("工作专班", "专班下设办公室,办公室设在县商务局。"))).toEqual([]);
    expect(read(setUp("工作专班", "专班办公室设在县政府二楼会议室,负责接待来访。"))).toEqual([]);
    const plan = [
      "某县冷链物流发展实施方案",
      "五、保障措施",
      "(一)加强组织领导。成立县冷链物流发展领导小组,领导小组下设办公室,办公室设在县商务局,负责日常工作。",
      "(二)强化要素保障。统筹用地指标,保障项目建设。",
    ].join("\n");
    expect(read(plan)).toEqual([]);
  });
});
