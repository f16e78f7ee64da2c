import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import type { Task } from "../../src/core/types";
import { difference, matchTasks, normUnit, type Reading, type ReadingTask } from "../core/parse/realScore";
import { listVariants, type Variant } from "./listVariants";

// The list documents (tables and numbered lists with units: kinds.txt's "list") of the sets trained on last
// (M, N, O), the tasks of each that the parser reads right, and where a variant of the document reads them otherwise.

/** A list document and the tasks of its reading that its text reads right. */
export interface ListDoc {
  readonly slug: string;
  readonly text: string;
  readonly tasks: readonly ReadingTask[];
}

/** The list documents of `slugs` (kinds.txt's kind "list"), each with the reading's tasks read right. */
export function listDocs(dir: string, slugs: ReadonlySet<string>): ListDoc[] {
  const kinds = new Map(
    readFileSync(join(dir, "kinds.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim().split(/\s+/) as [string, string]),
  );
  return [...slugs]
    .sort()
    .filter((slug) => kinds.get(slug) === "list")
    .flatMap((slug) => {
      const reading = JSON.parse(readFileSync(join(dir, `${slug}.reading.json`), "utf8")) as Reading;
      if (!reading.breakdown) return [];
      const text = readFileSync(join(dir, `${slug}.txt`), "utf8");
      const parsed = parseBreakdown(text).tasks;
      const matched = matchTasks(reading.tasks, parsed);
      const right = reading.tasks.filter((r, i) => !r.cut && difference(r, matched[i] ?? null) === null);
      return right.length === 0 ? [] : [{ slug, text, tasks: right }];
    });
}

const units = (d: ListDoc): string[] => d.tasks.flatMap((t) => [...t.leads, ...t.coUnits]);

/** The variants of a document. */
export const variantsOf = (d: ListDoc): Variant[] => listVariants(d.text, units(d));

const key = (us: readonly string[]): string[] => us.map(normUnit);
const set = (us: readonly string[]): string[] => [...new Set(key(us))].sort();

/** Where the variant reads a task otherwise than the reading rewritten the same way ("" when all read). */
export function variantMisses(d: ListDoc, v: Variant): string[] {
  const copy = v.text(d.text);
  if (copy === d.text) return [];
  const parsed: readonly Task[] = parseBreakdown(copy).tasks;
  const want = d.tasks.map((r) => ({ ...r, text: v.words(r.text) }));
  const got = matchTasks(want, parsed);
  const out: string[] = [];
  want.forEach((r, i) => {
    const t = got[i];
    if (!t) return void out.push(`${r.id} not found`);
    const w = { leads: key(r.leads.map(v.unit)), co: set(r.coUnits.map(v.unit)) };
    const g = { leads: key(t.leads), co: set(t.coUnits) };
    if (JSON.stringify(w) !== JSON.stringify(g))
      out.push(`${r.id} want ${JSON.stringify(w)} got ${JSON.stringify(g)}`);
  });
  return out;
}
