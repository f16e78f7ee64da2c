import { stripNoise } from "../../../src/core/text/noise";

describe("a forum's jammer strings", () => {
  it.each([
    [') Y3 J/ M3 J" R! Z', ""],
    [", I% H9 r: m2 |* {对城南小区进行改造", "对城南小区进行改造"],
    ["新建公厕(城管局牵头) x& L1 ]8 N) l6 J( k", "新建公厕(城管局牵头)"],
    ["新建公厕(城管局牵头)9 @! _2 C* M0 C% r+ U' q", "新建公厕(城管局牵头)"],
    ["新建公厕(城管局牵头)' l1 J8 n9 Y9 x", "新建公厕(城管局牵头)"],
  ])("are taken out of %s", (line, clean) => {
    expect(stripNoise(line).trim()).toBe(clean);
  });

  it.each(["| 1 | 2 | 3 | 4 |", "| A | B | C | D |", "A B C D E", "编号 1 2 3 4 5", "G 3 1 8 线"])(
    "leave a spaced list or table row as it is: %s",
    (line) => {
      expect(stripNoise(line)).toBe(line);
    },
  );
});
