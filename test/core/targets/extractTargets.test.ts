import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { extractTargets } from "../../../src/core/targets/extractTargets";
import type { TargetReading } from "../../../src/core/targets/targetTypes";

interface Expected {
  readonly value: number;
  readonly unit: string;
  readonly kind: string;
  readonly bound: string | null;
  readonly indicator: string;
}

const root = join(__dirname, "../../..");
const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(join(root, "test/fixtures/targets", name), "utf8")) as T;

/** The fields a golden list fixes exactly, and whether the indicator holds the golden phrase. */
const shape = (t: TargetReading) => ({ value: t.value, unit: t.unit, kind: t.kind, bound: t.bound });
const expectMatches = (got: readonly TargetReading[], want: readonly Expected[]): void => {
  expect(got.map(shape)).toEqual(
    want.map((w) => ({ value: w.value, unit: w.unit, kind: w.kind, bound: w.bound })),
  );
  want.forEach((w, i) => expect(got[i]?.indicator).toContain(w.indicator));
};

describe.each(["tongxiang-2020", "r2-04-county-yishi", "r3-06-quarterly", "r3-10-city-inline-space"])(
  "the golden targets of %s",
  (name) => {
    const golden = fixture<{ document: string; targets: Record<string, Expected[]> }>(`${name}.targets.json`);
    const parsed = parseBreakdown(readFileSync(join(root, golden.document), "utf8"));

    it("names only tasks the document has", () => {
      const ids = new Set(parsed.tasks.map((t) => t.id));
      expect(Object.keys(golden.targets).filter((id) => !ids.has(id))).toEqual([]);
    });

    it.each(parsed.tasks.map((t) => [t.id, t.text] as const))(
      "task %s has exactly its targets",
      (id, text) => {
        expectMatches(extractTargets(text), golden.targets[id] ?? []);
      },
    );
  },
);

describe("targets in made-up sentences", () => {
  const { cases } = fixture<{ cases: Array<{ text: string; targets: Expected[] }> }>("made-up.targets.json");
  it.each(cases.map((c) => [c.text, c.targets] as const))("%s", (text, targets) => {
    expectMatches(extractTargets(text), targets);
  });
});

describe("what a target records", () => {
  it("keeps the quantity as written with its bound words, in the document's own characters", () => {
    const [a, b] = extractTargets("引进项目不少于10个，森林覆盖率达到５０％以上。");
    expect(a?.written).toBe("不少于10个");
    expect(b?.written).toBe("５０％以上");
    expect(b?.value).toBe(50);
  });

  it("takes the sample's issue examples: 12.4% for 1.3, 60 亿元 for 3.1, 4 家 for 3.14, 36 公里 and 15 座 for 4.6", () => {
    const parsed = parseBreakdown(readFileSync(join(root, "seeds/tongxiang-2020-breakdown.txt"), "utf8"));
    const of = (id: string) =>
      extractTargets(parsed.tasks.find((t) => t.id === id)?.text ?? "").map((t) => `${t.value}${t.unit}`);
    expect(of("1.3")).toEqual(["12.4%"]);
    expect(of("3.1")).toEqual(["60亿元"]);
    expect(of("3.14")).toContain("4家");
    expect(of("4.6")).toEqual(["36公里", "15座"]);
  });

  it("never takes a number from 1.1 (“1+4+8”), 1.2's “22条”, 2.10's 三年行动 or 4.3's 320国道", () => {
    const parsed = parseBreakdown(readFileSync(join(root, "seeds/tongxiang-2020-breakdown.txt"), "utf8"));
    const values = (id: string) =>
      extractTargets(parsed.tasks.find((t) => t.id === id)?.text ?? "").map((t) => t.value);
    expect(values("1.1")).toEqual([]);
    expect(values("1.2")).not.toContain(22);
    expect(values("2.10")).toEqual([]);
    expect(values("4.3")).toEqual([]);
  });
});
