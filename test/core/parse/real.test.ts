import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { ROOT } from "../../support/paths";
import {
  addScore,
  difference,
  emptyScore,
  figures,
  matchTasks,
  scoreDocument,
  type Reading,
  type Score,
} from "./realScore";

// Real documents of other places, each with a reading written before the parser ran on it (see
// test/fixtures/real/README.md). Every reading task must be found with its leads and co-units, except the
// ones listed in KNOWN below; look-alikes must yield no task. The scores are printed.
const DIR = join(ROOT, "test", "fixtures", "real");
const README = readFileSync(join(DIR, "README.md"), "utf8");
const slugs = readdirSync(DIR)
  .filter((f) => f.endsWith(".reading.json"))
  .map((f) => f.slice(0, -".reading.json".length))
  .filter((slug) => readdirSync(DIR).includes(`${slug}.txt`));
// The held-out set: the documents listed under the README's "Set B" heading.
const setB = README.slice(README.indexOf("## Set B"));
const heldOut = new Set(slugs.filter((s) => setB.includes(`- ${s} `)));

/**
 * Tasks the parser still misreads, by `slug#reading id`, with the reason. They count as misses in the score.
 */
const KNOWN: Readonly<Record<string, string>> = {};

const load = (slug: string) => ({
  reading: JSON.parse(readFileSync(join(DIR, `${slug}.reading.json`), "utf8")) as Reading,
  parsed: parseBreakdown(readFileSync(join(DIR, `${slug}.txt`), "utf8")),
});

describe("real documents of other places", () => {
  it("has real documents, some held out", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.size).toBeGreaterThan(0);
  });

  it.each(slugs)("%s reads as its reading says", (slug) => {
    const { reading, parsed } = load(slug);
    if (!reading.breakdown) {
      expect(parsed.tasks).toEqual([]);
      expect(parsed.issues.map((i) => i.code)).toContain("no-tasks");
      return;
    }
    const matches = matchTasks(reading.tasks, parsed.tasks);
    const wrong = reading.tasks
      .map((r, i) => ({ key: `${slug}#${r.id}`, diff: difference(r, matches[i] ?? null) }))
      .filter((d) => d.diff !== null && !(d.key in KNOWN));
    expect(wrong).toEqual([]);
  });

  it("scores leads exact and co-unit precision, recall and F1 (printed)", () => {
    const all = emptyScore();
    const held = emptyScore();
    for (const slug of slugs) {
      const { reading, parsed } = load(slug);
      const s: Score = scoreDocument(reading, parsed);
      addScore(all, s);
      if (heldOut.has(slug)) addScore(held, s);
    }
    const line = (name: string, s: Score) => {
      const f = figures(s);
      return `${name}: ${s.tasks} tasks, leads exact ${(100 * f.leads).toFixed(1)}%, co-units P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}`;
    };
    console.log(`${line("held-out (set B)", held)}\n${line("all", all)}`);
    expect(all.tasks).toBeGreaterThan(0);
  });
});
