import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { NEGATIVE, POSITIVE, variants, type ProseVariant } from "../../support/proseFamilies";

// Sentence families giving work to a named unit inside running text (test/support/proseFamilies.ts), each in many
// made-up variants (other places, levels, unit names, verbs and frames), the task expected computed from the
// variant; and the look-alikes' sentences, which must read nothing.
const N = Number(process.env.PROSE_FAMILY_N ?? 30);
const SEED = Number(process.env.PROSE_FAMILY_SEED ?? 19);

/** What a variant reads wrong (null when right). */
function wrong(v: ProseVariant): object | null {
  const got = parseBreakdown(v.text).tasks.map((t) => ({
    leads: [...t.leads],
    co: [...t.coUnits],
    text: t.text,
  }));
  const ok =
    got.length === v.want.length &&
    v.want.every(
      (w, i) =>
        JSON.stringify(w.leads) === JSON.stringify(got[i]?.leads) &&
        JSON.stringify(w.co) === JSON.stringify(got[i]?.co) &&
        (got[i]?.text ?? "").includes(w.words),
    );
  return ok ? null : { text: v.text.split("\n").join(" / "), want: v.want, got };
}

const report = (families: typeof POSITIVE) => {
  const all = variants(families, N, SEED);
  const failing = all.map((v) => ({ family: v.family, w: wrong(v) })).filter((x) => x.w !== null);
  if (process.env.PROSE_FAMILY_REPORT)
    for (const name of Object.keys(families))
      console.log(`${name}: ${failing.filter((f) => f.family === name).length}/${N} failing`);
  if (process.env.PROSE_FAMILY_REPORT === "2")
    for (const f of failing) console.log(`${f.family} ${JSON.stringify(f.w)}`);
  return failing;
};

describe("sentence families giving work to a named unit, in made-up variants", () => {
  it.each(Object.keys(POSITIVE))("reads %s", (name) => {
    const failing = report({ [name]: POSITIVE[name] as (typeof POSITIVE)[string] });
    expect(failing.slice(0, 3)).toEqual([]);
  });
});

describe("look-alike sentences giving no task to a named unit, in made-up variants", () => {
  it.each(Object.keys(NEGATIVE))("reads nothing from %s", (name) => {
    const failing = report({ [name]: NEGATIVE[name] as (typeof NEGATIVE)[string] });
    expect(failing.slice(0, 3)).toEqual([]);
  });
});
