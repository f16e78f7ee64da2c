/**
 * The parser stays linear in the text's length (a 10,000-task document is benchmarked): a stage must not copy, scan
 * or fold the rest of the text, or the whole of a value, again for every line or clause. Counted, not timed.
 */
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { prepareLines } from "../../../src/core/parse/prepare";
import { readTabbed } from "../../../src/core/parse/tableTabbed";
import { joinWrapped } from "../../../src/core/parse/wrappedLines";
import { toLines, type SourceLine } from "../../../src/core/text/lines";
import type * as FoldModule from "../../../src/core/text/fold";

// How many characters fold() has been given (every stage folds what it looks at).
const mockFolded = { chars: 0 };
jest.mock("../../../src/core/text/fold", () => {
  const actual: typeof FoldModule = jest.requireActual("../../../src/core/text/fold");
  return {
    ...actual,
    fold: (s: string): string => {
      mockFolded.chars += s.length;
      return actual.fold(s);
    },
  };
});

/** The lines, and how many times an element of them was read. */
function counted(lines: readonly SourceLine[]): { lines: readonly SourceLine[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(lines as SourceLine[], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { lines: proxy, reads: () => reads };
}

describe("linear readings", () => {
  it("a tabbed table whose every row's cell wraps onto a line without tabs reads each line a bounded number of times", () => {
    const text = ["序号\t工作任务\t责任单位\t完成时限"];
    const rows = 2000;
    for (let k = 1; k <= rows; k++) text.push(`${k}\t推进第${k}项城东改造工程\t县教育局\t年底`, "前");
    const { lines, reads } = counted(prepareLines(text.join("\n")));
    const table = readTabbed(lines, ["seq", "task", "units", "deadline"], 1, 1, () => false);
    expect(table.items).toHaveLength(rows);
    expect(table.items[rows - 1]).toMatchObject({
      row: { cells: expect.arrayContaining([{ kind: "deadline", text: "年底前" }]) },
    });
    // Each of the 4,001 lines a few times over; copying the rest of the text at every wrapped line reads millions.
    expect(reads()).toBeLessThan(20 * lines.length);
  });

  it("a units label whose long list is set off by commas folds the value a bounded number of times", () => {
    const names = Array.from({ length: 300 }, (_, k) => `第${k + 1}工作组`);
    const text = ["一、重点工作", "1.推进城东改造。", `责任单位:${names.join(",")},县财政局配合`].join("\n");
    mockFolded.chars = 0;
    const task = parseBreakdown(text).tasks[0];
    expect(task?.coUnits).toContain("县财政局");
    // Folding the whole value again for each clause and each clause after it: 300 × 300 / 2 × 2,400 characters.
    expect(mockFolded.chars).toBeLessThan(200 * text.length);
  });

  it("a one-line page hard-wrapped at a width is joined again whole (its time: npm run bench, parse.linearity.wrapped)", () => {
    let page = "";
    for (let k = 1; k <= 6000; k++) page += `${k}.推进第${k}项城东改造工程建设。(县建设局牵头)`;
    const lines: string[] = [];
    for (let at = 0; at < page.length; at += 40) lines.push(page.slice(at, at + 40));
    const physical = toLines(lines.join("\n"));
    const joined = joinWrapped(physical);
    expect(joined.map((l) => l.text).join("")).toBe(page);
    expect(joined.length).toBeLessThan(physical.length);
    // Its speed is a bench figure, not a timed assertion: some 7,000 lines of 40 joined again took 0.7 s with each
    // piece added once, 10.9 s when the whole line built so far was copied and scanned again for every line joined.
  });
});
