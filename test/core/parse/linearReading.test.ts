/**
 * The parser stays linear in the text's length (a 10,000-task document is benchmarked): a stage must not copy, scan
 * or fold the rest of the text, or the whole of a value, again for every line or clause. Counted, not timed.
 */
import { uniqueIds } from "../../../src/core/parse/fallback/index";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { generateBreakdown } from "../../../bench/generate";
import { prepareLines } from "../../../src/core/parse/prepare";
import { readTabbed } from "../../../src/core/parse/tableTabbed";
import { joinWrapped } from "../../../src/core/parse/wrappedLines";
import { toLines, type SourceLine } from "../../../src/core/text/lines";
import type * as FoldModule from "../../../src/core/text/fold";
import type { Task } from "../../../src/core/types";

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

/**
 * The work `f` does, counted: the elements arrays yield to iteration (spreads, for…of), the calls array methods make
 * to their callbacks, and the lookups in sets and maps. Patched for the call only.
 */
function work(f: () => void): number {
  let n = 0;
  const patched: Array<[Record<string | symbol, unknown>, string | symbol, unknown]> = [];
  const patch = (
    proto: object,
    key: string | symbol,
    make: (orig: (...a: unknown[]) => unknown) => unknown,
  ) => {
    const target = proto as Record<string | symbol, unknown>;
    patched.push([target, key, target[key]]);
    target[key] = make(target[key] as (...a: unknown[]) => unknown);
  };
  patch(
    Array.prototype,
    Symbol.iterator,
    (orig) =>
      function (this: unknown[]) {
        const it = orig.call(this) as Iterator<unknown>;
        return {
          next: () => (n++, it.next()),
          [Symbol.iterator]() {
            return this;
          },
        };
      },
  );
  for (const name of ["some", "every", "find", "findIndex", "filter", "map", "forEach", "flatMap"])
    patch(
      Array.prototype,
      name,
      (orig) =>
        function (this: unknown[], cb: (...a: unknown[]) => unknown, ...rest: unknown[]) {
          return orig.call(this, (...a: unknown[]) => (n++, Reflect.apply(cb, undefined, a)), ...rest);
        },
    );
  for (const proto of [Set.prototype, Map.prototype])
    patch(
      proto,
      "has",
      (orig) =>
        function (this: unknown, ...a: unknown[]) {
          n++;
          return orig.apply(this, a);
        },
    );
  try {
    f();
  } finally {
    for (const [target, key, orig] of patched.reverse()) target[key] = orig;
  }
  return n;
}

/** How much more work `size` items take than half as many: about 2 when the work is linear in them. */
const growth = (read: (size: number) => void, size: number): number =>
  work(() => read(size)) / work(() => read(size / 2));

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

  it("a heading's several leaders over many tasks name them in one finding, the ids not copied for each task", () => {
    const heading = (size: number): string[] => {
      const lines = ["一、经济发展(牵头领导:赵明、钱亮)"];
      for (let k = 1; k <= size; k++) lines.push(`${k}.推进第${k}项城东改造工程建设。(责任单位:区发改局)`);
      return lines;
    };
    const found = parseBreakdown(heading(3).join("\n")).issues.filter((i) => i.code === "leader-multiple");
    expect(found.map((i) => i.params)).toEqual([
      { id: "1.1", ids: ["1.1", "1.2", "1.3"], leader: "赵明", others: ["钱亮"] },
    ]);
    // Copying the ids for each task: 2.27 at 600 tasks, and on up with more.
    expect(growth((size) => parseBreakdown(heading(size).join("\n")), 600)).toBeLessThan(2.1);
  });

  it("a numbered row of many sub-rows, those without units first, looks for a sibling with units once", () => {
    const row = (size: number): string[] => {
      const lines = ["某市重点民生实事落实情况", "", "序号 考核指标 单 位 工作目标 已完成数 完成比例 备  注"];
      lines.push("1 新增城镇就业 万人 3.1 3.4  109.7% 人社局", "2 所有乡镇实现污水处理设施全覆盖 - - -");
      for (let k = 1; k <= size; k++) lines.push(`新建第${k}处农村公厕 17 17 100.0%`);
      for (let k = 1; k <= size; k++) lines.push(`改建第${k}处农村公厕 17 17 100.0% 城管局`);
      lines.push("3 改造农村危房1200户以上 1250 1180 94.4% 住建局");
      return lines;
    };
    const tasks = parseBreakdown(row(2).join("\n")).tasks;
    expect(tasks.map((t) => [t.id, t.leads])).toEqual([
      ["1", ["人社局"]],
      ["2.1", []],
      ["2.2", []],
      ["2.3", []],
      ["2.4", ["城管局"]],
      ["2.5", ["城管局"]],
      ["3", ["住建局"]],
    ]);
    // Each sub-row without units looking through its siblings for one with: 2.71 at 600.
    expect(growth((size) => parseBreakdown(row(size).join("\n")), 600)).toBeLessThan(2.1);
  });

  it("an id repeated many times gets its suffixes without trying every taken one again", () => {
    const tasks = (size: number): Task[] => Array.from({ length: size }, () => ({ id: "5" }) as Task);
    expect(uniqueIds([...tasks(3), { id: "5-2" } as Task, ...tasks(2)]).map((t) => t.id)).toEqual([
      "5",
      "5-2",
      "5-3",
      "5-2-2",
      "5-4",
      "5-5",
    ]);
    // Trying 5, 5-2, 5-3 … again for every task: 4.0 at 2,000 (quadratic).
    expect(growth((size) => uniqueIds(tasks(size)), 2000)).toBeLessThan(2.1);
  });

  it("unnumbered items between numbered ones take free numbers without walking the taken ones again", () => {
    const section = (size: number): string[] => {
      const lines = ["一、经济发展"];
      for (let k = 1; k <= size; k++)
        lines.push(
          `${k}.推进第${k}项城东改造工程建设。(责任单位:区发改局)`,
          `加强第${k}项监督工作。(责任单位:区财政局)`,
        );
      return lines;
    };
    const tasks = parseBreakdown(section(3).join("\n")).tasks;
    expect(tasks.map((t) => t.id)).toEqual(["1.1", "1.4", "1.2", "1.5", "1.3", "1.6"]);
    // Each unnumbered item walking from the number after its neighbour's past all the taken ones: 2.22 at 600.
    expect(growth((size) => parseBreakdown(section(size).join("\n")), 600)).toBeLessThan(2.1);
  });

  it("the bench's generated document (five headings of many items): the work grows as the document does", () => {
    const doc = (size: number): string => generateBreakdown({ tasks: size, units: 200 }).text;
    expect(parseBreakdown(doc(10)).tasks.map((t) => t.id)).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
      "4.1",
      "4.2",
      "5.1",
      "5.2",
    ]);
    // npm run bench's parse.linearity is a wall-clock figure on a shared machine (2.45 printed in round 19, when
    // the counted work, the statements run and the CPU time all grew 2.0×): this is the count it stands for.
    const sizes = { half: doc(400).length, whole: doc(800).length };
    expect(growth((size) => parseBreakdown(doc(size)), 800)).toBeLessThan(1.05 * (sizes.whole / sizes.half));
    mockFolded.chars = 0;
    parseBreakdown(doc(800));
    const folded = mockFolded.chars;
    mockFolded.chars = 0;
    parseBreakdown(doc(400));
    expect(folded / mockFolded.chars).toBeLessThan(1.05 * (sizes.whole / sizes.half));
  });
});
