import fc from "fast-check";
import { generateBreakdown } from "../../../bench/generate";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { nearPairs } from "../../../src/core/units/nearPairs";
import { suggestAliases, suggestRegistry } from "../../../src/core/units/registry";
import * as similar from "../../../src/core/units/similar";

describe("the name pairs compared for alias suggestions", () => {
  // Names from a few characters, so that abbreviations, slips, prefixes and brackets are common.
  const char = fc.constantFrom("发", "改", "局", "卫", "健", "生", "委", "财", "政", "镇", "一", "1");
  const name = fc
    .tuple(
      fc.constantFrom("", "", "市", "区"),
      fc.array(char, { minLength: 1, maxLength: 7 }),
      fc.constantFrom("", "", "", "(服务业局)", "(国资办)"),
    )
    .map(([prefix, chars, bracket]) => prefix + chars.join("") + bracket);

  it("holds every pair that closeness scores as an abbreviation or a slip (60 to 84), in loop order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 25 }), (names) => {
        const pairs = nearPairs(names);
        const listed = new Set(pairs.map(([i, j]) => `${i},${j}`));
        for (let i = 0; i < names.length; i++)
          for (let j = i + 1; j < names.length; j++) {
            const score = similar.closeness(names[i] as string, names[j] as string);
            if (score >= 60 && score < 85) expect(listed.has(`${i},${j}`)).toBe(true);
          }
        const order = pairs.map(([i, j]) => i * names.length + j);
        expect(pairs.every(([i, j]) => i < j)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it("suggests the same for abbreviations and slips as before (卫生健康局 → 卫健局, 发展改革局 → 发展和改革局)", () => {
    const counts = new Map([
      ["卫健局", 2],
      ["卫生健康局", 1],
      ["发展和改革局", 2],
      ["发展改革局", 1],
      ["民政局", 1],
      ["财政局", 1],
    ]);
    expect(suggestAliases(counts).map((s) => [s.alias, s.canonical, s.reason])).toEqual([
      ["卫生健康局", "卫健局", "abbreviation"],
      ["发展改革局", "发展和改革局", "abbreviation"],
    ]);
  });

  it("compares each of 3,000 units with a few others, not with all 3,000 (the build grew with their square)", () => {
    const parsed = parseBreakdown(generateBreakdown({ tasks: 3000, units: 3000, everyUnit: true }).text);
    const spy = jest.spyOn(similar, "closeness");
    try {
      const registry = suggestRegistry(parsed);
      expect(registry.units.length).toBeGreaterThanOrEqual(3000);
      // Every pair of the same kind was scored before: about 3,000² / 2 / 7 = 640,000 calls.
      expect(spy.mock.calls.length).toBeLessThan(10 * registry.units.length);
    } finally {
      spy.mockRestore();
    }
  });
});
