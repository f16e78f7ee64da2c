import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// A lead named with its partners in one role clause, no comma between them: `由交通局牵头会同财政局抓好落实` — the lead
// before 牵头, the partners after the helping verb (会同, 联合, 协同, 配合), whatever duty closes the clause; with a comma
// (`交通局牵头,协同财政局负责`) the same. In a bracket, a closing sentence, a 由… clause after a comma, unnumbered
// paragraphs closed by one.
const read = (...lines: string[]) =>
  parseBreakdown(["某县2024年重点工作任务分解", ...lines].join("\n")).tasks.map((t) => [t.leads, t.coUnits]);

const HELP = ["会同", "联合", "协同", "配合"];
const DUTY = ["负责", "抓好落实", "组织实施", "推进"];
const COMMA = ["", ","];

describe("a lead and its partners in one clause (A牵头会同B抓好落实)", () => {
  for (const help of HELP)
    for (const comma of COMMA)
      it(`reads 牵头${comma}${help}…`, () => {
        for (const duty of DUTY) {
          const clause = `交通局牵头${comma}${help}财政局${duty}`;
          expect([duty, read(`1.加强道路养护(${clause})`)]).toEqual([duty, [[["交通局"], ["财政局"]]]]);
          expect([duty, read(`1.加强道路养护。由${clause}。`)]).toEqual([duty, [[["交通局"], ["财政局"]]]]);
          expect([
            duty,
            read(`1.加强道路养护。县${clause.replace("财政局", "县财政局、县住建局")}。`),
          ]).toEqual([duty, [[["县交通局"], ["县财政局", "县住建局"]]]]);
          expect([duty, read(`1.加强道路养护,由${clause}。`)]).toEqual([duty, [[["交通局"], ["财政局"]]]]);
          expect([
            duty,
            read(`加强道路养护,由${clause}。`, `推进学校建设,由市教育局牵头${comma}${help}市住建局${duty}。`),
          ]).toEqual([
            duty,
            [
              [["交通局"], ["财政局"]],
              [["市教育局"], ["市住建局"]],
            ],
          ]);
        }
      });

  it("still reads A配合B落实 as B's lead and A's help, and A会同B as before", () => {
    expect(read("1.加强道路养护(财政局配合交通局落实)")).toEqual([[["交通局"], ["财政局"]]]);
    expect(read("1.加强道路养护(交通局会同财政局抓好落实)")).toEqual([[["交通局"], ["财政局"]]]);
    expect(read("1.加强道路养护(交通局会同财政局、住建局组织实施)")).toEqual([
      [["交通局"], ["财政局", "住建局"]],
    ]);
  });

  it("names no partner that is not a unit, and one such sentence in a news item is no breakdown", () => {
    expect(read("1.加强道路养护(交通局牵头协同推进)").flatMap(([, co]) => co)).toEqual([]);
    const news = (text: string) => parseBreakdown(`某县召开道路养护工作会议\n${text}`).tasks;
    expect(news("会议指出,道路养护由交通局牵头会同财政局抓好落实。")).toEqual([]);
  });
});
