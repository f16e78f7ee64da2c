import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isBreakdownTitle } from "../../../src/core/parse/docInfo";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { readNumbering } from "../../../src/core/parse/numbering";
import { detectHeader } from "../../../src/core/parse/table";
import { fold } from "../../../src/core/text/fold";
import { toLines } from "../../../src/core/text/lines";
import type { ParsedDocument, Task } from "../../../src/core/types";
import { ROOT, sampleText } from "../../support/paths";

// Thousands of mutated documents per run (issue 11): the sample, the golden fixtures and the clerk documents,
// each cut, with lines deleted, duplicated or inserted, brackets left open and punctuation widths swapped.
// Never a crash; and every task the mutation did not touch reads the same (text, leads, co-units).

const readDir = (dir: string): Array<{ name: string; text: string }> =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }))
    // Only the UTF-8 inputs (the GBK and UTF-16 fixtures test decoding, not the parser).
    .filter(({ bytes }) => !bytes.includes(0) && !new TextDecoder().decode(bytes).includes("\ufffd"))
    .map(({ name, bytes }) => ({ name, text: bytes.toString("utf8").replace(/^\ufeff/, "") }));

const SOURCES: ReadonlyArray<{ name: string; text: string }> = [
  { name: "sample", text: sampleText() },
  ...readDir(join(ROOT, "test", "fixtures", "parse")),
  ...readDir(join(ROOT, "test", "fixtures", "clerk")),
].map(({ name, text }) => ({ name, text: text.replace(/\r\n?/g, "\n") }));

// Lines to insert: task-like lines, unit lines, debris, stray brackets and punctuation. Not table headers or
// breakdown titles: those legitimately change how everything after them is read (a new table, a new part).
const INSERTED = [
  "9.新增一条任务。",
  "责任单位:市财政局、市发改委",
  "牵头单位:",
  "配合单位:各镇(街道",
  "(市商务局牵头",
  "分管副市长:王某某",
  "完成时限:2024年底",
  "推进某某工作",
  "(",
  "\uff08",
  ")",
  "】",
  "、、,,;;",
  "朗读",
  "— 3 —",
  "",
  "\t",
  "2024年3月1日",
];

type Mutation =
  | { op: "delete"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "insert"; at: number; text: string }
  | { op: "open-bracket"; at: number; pos: number; ch: string }
  | { op: "cut-chars"; at: number; pos: number; len: number }
  | { op: "swap-width"; at: number }
  | { op: "truncate"; at: number; pos: number };

const WIDE = "\uff0c\uff1a\uff1b\uff08\uff09";
const NARROW = ",:;()";
const swapWidth = (s: string): string =>
  [...s]
    .map((c) =>
      WIDE.includes(c) ? NARROW[WIDE.indexOf(c)] : NARROW.includes(c) ? WIDE[NARROW.indexOf(c)] : c,
    )
    .join("");

/** Applies a mutation to the lines (0-based `at`); returns the new lines and how old line numbers map. */
function mutate(
  lines: readonly string[],
  m: Mutation,
): { lines: string[]; map: (line: number) => number | null } {
  const out = [...lines];
  const at = m.at;
  switch (m.op) {
    case "delete":
      out.splice(at, 1);
      return { lines: out, map: (l) => (l - 1 === at ? null : l - 1 > at ? l - 1 : l) };
    case "duplicate":
      out.splice(at, 0, lines[at] as string);
      return { lines: out, map: (l) => (l - 1 > at ? l + 1 : l) };
    case "insert":
      out.splice(at, 0, m.text);
      return { lines: out, map: (l) => (l - 1 >= at ? l + 1 : l) };
    case "open-bracket": {
      const s = lines[at] as string;
      const p = Math.min(m.pos, s.length);
      out[at] = s.slice(0, p) + m.ch + s.slice(p);
      return { lines: out, map: (l) => l };
    }
    case "cut-chars": {
      const s = lines[at] as string;
      out[at] = s.slice(0, m.pos) + s.slice(m.pos + m.len);
      return { lines: out, map: (l) => l };
    }
    case "swap-width":
      out[at] = swapWidth(lines[at] as string);
      return { lines: out, map: (l) => l };
    case "truncate": {
      // The file cut in the middle of line `at` (at a byte: a half character is dropped by the decoder).
      const bytes = new TextEncoder().encode(lines[at] as string).slice(0, m.pos);
      out.length = at + 1;
      out[at] = new TextDecoder().decode(bytes).replace(/\ufffd$/, "");
      return { lines: out, map: (l) => (l - 1 > at ? null : l) };
    }
  }
}

/** The lines a mutation touches (1-based). */
function touched(m: Mutation, total: number): [number, number] {
  return m.op === "truncate" ? [m.at + 1, total] : [m.at + 1, m.at + 1];
}

/**
 * Lines every task may depend on (1-based): everything above the first task (the title, a table's header,
 * the convention), every breakdown title (a page's running header repeats it) and every table header.
 */
function contextLines(text: string, doc: ParsedDocument): Set<number> {
  const lines = toLines(text);
  const first = Math.min(...doc.tasks.map((t) => t.line), lines.length + 1);
  const context = new Set<number>();
  for (let n = 1; n < first; n++) context.add(n);
  lines.forEach((line, i) => {
    // Section headings: ids hang from them, and a table's numbering restarts under each.
    const numbering = readNumbering(line.folded);
    if (isBreakdownTitle(line.folded) || numbering?.style === "cn") context.add(line.no);
    const header = line.text === "" ? null : detectHeader(lines, i);
    if (header) for (let k = i; k < header.next; k++) context.add(k + 1);
  });
  return context;
}

/**
 * The tasks of the original whose reading cannot depend on the mutated lines: the mutation meets no context
 * line; the task's block (its line to the line before the next task), with one line of margin either side,
 * does not meet it; and the task names its own units (units inherited from a heading depend on the heading).
 */
function untouchedTasks(
  doc: ParsedDocument,
  lines: readonly string[],
  m: Mutation,
  context: Set<number>,
): Task[] {
  const total = lines.length;
  const [from, to] = touched(m, total);
  // With a line of margin: a line added next to a table's header may read as one more column name.
  for (let n = from - 1; n <= to + 1; n++) if (context.has(n)) return [];
  const ids = (code: string) => new Set(doc.issues.filter((i) => i.code === code).map((i) => i.params.id));
  const inherited = ids("units-inherited");
  const unnumbered = ids("task-unnumbered");
  const starts = [...new Set(doc.tasks.map((t) => t.line))].sort((a, b) => a - b);
  // A section (一、 / (一)) that has units of its own is a task only while no numbered item comes under it:
  // a numbered line added, copied or removed after it may change that.
  const numberedLine = (text: string | undefined) => text !== undefined && readNumbering(fold(text)) !== null;
  const structural =
    (m.op === "insert" && numberedLine(m.text)) ||
    ((m.op === "delete" || m.op === "duplicate") && numberedLine(lines[m.at]));
  const isSection = (t: Task) => /^(cn|pcn)$/.test(readNumbering(fold(lines[t.line - 1] ?? ""))?.style ?? "");
  return doc.tasks.filter((t) => {
    if (inherited.has(t.id) || t.leads.length + t.coUnits.length === 0) return false;
    if (structural && isSection(t) && t.line <= to) return false;
    // A heading with units of its own is a task only while no item under it takes them over: its block runs
    // to the next task that is not under it.
    const next = doc.tasks.find((u) => u.line > t.line && !u.id.startsWith(`${t.id}.`))?.line ?? total + 1;
    // An unnumbered task starts only where the task before it was closed by its units: it depends on that
    // task's block too.
    const previous = unnumbered.has(t.id) ? [...starts].reverse().find((s) => s < t.line) : undefined;
    const blockFrom = (previous ?? t.line) - 1;
    const blockTo = next; // the next task's first line, as margin
    return to < blockFrom || from > blockTo;
  });
}

const reading = (t: Task) => ({ text: t.text, leads: t.leads, coUnits: t.coUnits });

const mutation = (lines: number): fc.Arbitrary<Mutation> => {
  const at = fc.integer({ min: 0, max: Math.max(0, lines - 1) });
  return fc.oneof(
    at.map((a) => ({ op: "delete" as const, at: a })),
    at.map((a) => ({ op: "duplicate" as const, at: a })),
    fc.tuple(at, fc.constantFrom(...INSERTED)).map(([a, text]) => ({ op: "insert" as const, at: a, text })),
    fc
      .tuple(at, fc.nat(60), fc.constantFrom("(", "\uff08", "[", "【", "\u300a"))
      .map(([a, pos, ch]) => ({ op: "open-bracket" as const, at: a, pos, ch })),
    fc
      .tuple(at, fc.nat(40), fc.integer({ min: 1, max: 6 }))
      .map(([a, pos, len]) => ({ op: "cut-chars" as const, at: a, pos, len })),
    at.map((a) => ({ op: "swap-width" as const, at: a })),
    fc.tuple(at, fc.nat(90)).map(([a, pos]) => ({ op: "truncate" as const, at: a, pos })),
  );
};

const originals = SOURCES.map(({ name, text }) => ({
  name,
  context: contextLines(text, parseBreakdown(text)),
  lines: text.split("\n"),
  doc: parseBreakdown(text),
}));

describe("mutated documents (fuzz)", () => {
  it("has documents to mutate", () => expect(originals.length).toBeGreaterThan(100));

  it("never throw, and every task the mutation did not touch reads the same", () => {
    const docIndex = fc.integer({ min: 0, max: originals.length - 1 });
    const input = docIndex.chain((i) =>
      mutation((originals[i] as { lines: string[] }).lines.length).map((m) => ({ i, m })),
    );
    fc.assert(
      fc.property(input, ({ i, m }) => {
        const { name, lines, doc, context } = originals[i] as {
          context: Set<number>;
          name: string;
          lines: string[];
          doc: ParsedDocument;
        };
        const mutated = mutate(lines, m);
        const after = parseBreakdown(mutated.lines.join("\n"));
        // Tasks by line, in order: a line may hold several tasks (each closed by its own role bracket).
        const onLine = (tasks: readonly Task[]): Map<number, Task[]> => {
          const map = new Map<number, Task[]>();
          for (const t of tasks) map.set(t.line, [...(map.get(t.line) ?? []), t]);
          return map;
        };
        const byLine = onLine(after.tasks);
        const before = onLine(doc.tasks);
        for (const task of untouchedTasks(doc, lines, m, context)) {
          const line = mutated.map(task.line);
          const k = (before.get(task.line) ?? []).indexOf(task);
          const found = line === null ? undefined : byLine.get(line)?.[k];
          expect({ name, id: task.id, line, reading: found ? reading(found) : null }).toEqual({
            name,
            id: task.id,
            line,
            reading: reading(task),
          });
        }
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});
