import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string): Array<[readonly string[], readonly string[]]> =>
  parseBreakdown(text).tasks.map((t) => [t.leads, t.coUnits]);

// A role sentence after a task that first gives the work to city leaders by given name and 同志, then names the
// units that carry it out (由小军同志负责,市A、市B承办。): the units are the task's, the first leading; the persons
// are never units. On the paragraph's own line or on a line of its own, under a heading or a number.
describe("a role sentence naming persons by 同志, then the units", () => {
  it.each([
    ["承办, on the paragraph's line", "由建华同志负责,县教育局、县财政局承办。"],
    ["负责落实, two persons with 请", "请立新、国强同志负责,县教育局、县财政局负责落实。"],
    ["组织实施, a person who leads", "由晓东同志牵头,县教育局、县财政局组织实施。"],
  ])("%s", (_, roles) => {
    const text = [
      "(一)办好人民满意的教育",
      `新建改扩建中小学校舍三万平方米,消除城区大班额。完成薄弱学校改造六所。${roles}`,
      "(二)加强文化阵地建设",
      "建成乡镇综合文化站四个。由建华同志负责,县文旅局承办。",
    ].join("\n");
    expect(read(text)).toEqual([
      [["县教育局"], ["县财政局"]],
      [["县文旅局"], []],
    ]);
  });
});
