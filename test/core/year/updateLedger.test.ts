import fc from "fast-check";
import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import type { LedgerModel, LedgerTask } from "../../../src/core/ledger/types";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { ParsedDocument, Task } from "../../../src/core/types";
import { MATCH_AT_LEAST, similarity } from "../../../src/core/year/matchTasks";
import type { ProgressRow } from "../../../src/core/year/progress";
import { updateLedger } from "../../../src/core/year/updateLedger";

const CHARS = [...Array(1000)].map((_, i) => String.fromCodePoint(0x4e00 + 17 * i));
const UNITS = ["财政局", "发改局", "经信局", "商务局", "建设局", "乌镇镇", "梧桐街道"];

/** A task of a generated document; `origin` names the old task it comes from (null for an inserted one). */
interface Spec {
  readonly origin: number | null;
  readonly text: string;
  readonly lead: string;
  readonly co: readonly string[];
  readonly section: number;
}

/** A parsed document of specs, numbered section by section as a revision would renumber them. */
function documentOf(specs: readonly Spec[]): ParsedDocument {
  const counters = new Map<number, number>();
  const tasks: Task[] = specs.map((s, i) => {
    const n = (counters.get(s.section) ?? 0) + 1;
    counters.set(s.section, n);
    return {
      id: `${s.section}.${n}`,
      part: 1,
      leader: `领导${s.section}`,
      leaderTitle: "副市长",
      text: s.text,
      leads: [s.lead],
      coUnits: [...s.co],
      collectives: [],
      deadline: null,
      line: i + 1,
    };
  });
  const document = {
    title: null,
    issuer: null,
    date: "2026年2月1日",
    recipients: [],
    roleConvention: null,
    parts: [],
    encoding: "utf-8",
  };
  return { document, tasks, issues: [] };
}

/**
 * Texts as real tasks are: different tasks share hardly any character pairs. Each task draws its characters
 * from its own pool of 24 (pool 0–14 for the document's tasks, 15–32 for inserted ones), in a random order.
 */
const textArb = (pool: number) =>
  fc.shuffledSubarray(CHARS.slice(pool * 24, pool * 24 + 24), { minLength: 12 }).map((a) => a.join(""));
const specArb = (pool: number, origin: number | null) =>
  fc
    .record({
      text: textArb(pool),
      lead: fc.constantFrom(...UNITS),
      co: fc.subarray(UNITS, { maxLength: 3 }),
      section: fc.integer({ min: 1, max: 4 }),
    })
    .map((s): Spec => ({ ...s, co: s.co.filter((u) => u !== s.lead), origin }));
const documentArb = fc
  .integer({ min: 1, max: 14 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => specArb(i, i))));

type Op =
  | { kind: "delete"; at: number }
  | { kind: "insert"; at: number; spec: Spec }
  | { kind: "reword"; at: number; changes: Array<[number, string]> }
  | { kind: "units"; at: number; lead: string }
  | { kind: "move"; at: number; section: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    spec: fc.integer({ min: 15, max: 32 }).chain((pool) => specArb(pool, null)),
  }),
  fc.record({
    kind: fc.constant("reword" as const),
    at: fc.nat(),
    changes: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CHARS)), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant("units" as const), at: fc.nat(), lead: fc.constantFrom(...UNITS) }),
  fc.record({ kind: fc.constant("move" as const), at: fc.nat(), section: fc.integer({ min: 1, max: 4 }) }),
);

function revise(specs: readonly Spec[], ops: readonly Op[]): Spec[] {
  const out = [...specs];
  for (const op of ops) {
    if (out.length === 0) break;
    const at = op.at % out.length;
    const s = out[at] as Spec;
    if (op.kind === "delete") out.splice(at, 1);
    else if (op.kind === "insert") out.splice(op.at % (out.length + 1), 0, op.spec);
    else if (op.kind === "reword") {
      const chars = [...s.text];
      for (const [i, c] of op.changes) chars[i % chars.length] = c;
      out[at] = { ...s, text: chars.join("") };
    } else if (op.kind === "units") out[at] = { ...s, lead: op.lead, co: s.co.filter((u) => u !== op.lead) };
    else out[at] = { ...s, section: op.section };
  }
  return out;
}

/** The ledger of a document with a marker typed into every field a clerk types, and history per task. */
function typed(doc: ParsedDocument): { model: LedgerModel; progress: ProgressRow[] } {
  const base = ledgerFromParsed(doc, { units: [], suggestions: [] }, DEFAULT_SETTINGS, {
    importedAt: "2026-02-01T00:00:00Z",
  });
  const tasks: LedgerTask[] = base.tasks.map((t, i) => ({
    ...t,
    status: "推进中",
    progress: `进展#${i}`,
    note: `备注#${i}`,
    rate: i,
    extra: { 核实人: `人#${i}` },
  }));
  const progress: ProgressRow[] = tasks.flatMap((t, i) =>
    [1, 2].map((n) => ({
      id: t.id,
      period: `2026-0${n}`,
      unit: t.lead,
      status: "推进中",
      progress: `史#${i}#${n}`,
      problems: "",
      nextSteps: "",
      reportedOn: null,
      source: "录入",
    })),
  );
  return { model: { ...base, tasks }, progress };
}

describe("updating a ledger with a revised document", () => {
  it("keeps every typed value on its task or in 已撤销, whatever the revision deletes, inserts, renumbers, rewords or reassigns", () => {
    fc.assert(
      fc.property(documentArb, fc.array(opArb, { maxLength: 8 }), (specs, ops) => {
        // Tasks of one document read in section order, as a document lists them.
        const ordered = [...specs].sort((a, b) => a.section - b.section);
        const revised = revise(ordered, ops).sort((a, b) => a.section - b.section);
        const oldDoc = documentOf(ordered);
        const newDoc = documentOf(revised);
        const { model, progress } = typed(oldDoc);
        const result = updateLedger(model, progress, newDoc);
        ordered.forEach((spec, i) => {
          // A task reworded beyond recognition is another task: its values go to 已撤销 like a deleted one's.
          const at = revised.findIndex(
            (r) => r.origin === spec.origin && similarity(r.text, spec.text) >= MATCH_AT_LEAST,
          );
          if (at >= 0) {
            const task = result.model.tasks[at] as LedgerTask;
            expect(task.id).toBe(newDoc.tasks[at]?.id);
            expect([task.progress, task.note, task.rate, task.extra]).toEqual([
              `进展#${i}`,
              `备注#${i}`,
              i,
              { 核实人: `人#${i}` },
            ]);
            expect(result.progress.filter((r) => r.progress.startsWith(`史#${i}#`)).map((r) => r.id)).toEqual(
              [task.id, task.id],
            );
          } else {
            const gone = result.revoked.find((r) => r.task.note === `备注#${i}`);
            expect(gone?.task.progress).toBe(`进展#${i}`);
            expect(gone?.progress.map((r) => r.progress)).toEqual([`史#${i}#1`, `史#${i}#2`]);
          }
        });
        // Inserted tasks are added, fresh; nothing else is.
        const recognised = (k: number): boolean => {
          const r = revised[k] as Spec;
          const o = r.origin === null ? undefined : ordered.find((x) => x.origin === r.origin);
          return o !== undefined && similarity(r.text, o.text) >= MATCH_AT_LEAST;
        };
        expect(result.report.added).toEqual(newDoc.tasks.filter((_, k) => !recognised(k)).map((t) => t.id));
        expect(result.progress.length + result.revoked.reduce((n, r) => n + r.progress.length, 0)).toBe(
          progress.length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("rates texts alike by their character pairs", () => {
    expect(similarity("实施农村公路改造和县道大中修36公里", "实施农村公路改造和县道大中修36公里。")).toBe(1);
    expect(
      similarity("实施农村公路改造和县道大中修36公里", "实施农村公路改造和县道大中修40公里"),
    ).toBeGreaterThan(0.8);
    expect(similarity("实施农村公路改造和县道大中修36公里", "全力办好第七届世界互联网大会")).toBeLessThan(
      0.1,
    );
  });
});
