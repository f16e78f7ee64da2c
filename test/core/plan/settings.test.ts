import { readDate, readDue } from "../../../src/core/plan/settings";

describe("reading dates", () => {
  it("reads a whole date written with dashes, slashes, dots or 年月日", () => {
    expect(readDate("2020-06-30")).toBe("2020-06-30");
    expect(readDate("2020/6/30")).toBe("2020-06-30");
    expect(readDate("2020.6.3")).toBe("2020-06-03");
    expect(readDate("2020年6月30日")).toBe("2020-06-30");
    expect(readDate(" 2020年6月30日前 ")).toBe("2020-06-30");
    expect(readDate("\uff12\uff10\uff12\uff10/6/30")).toBe("2020-06-30");
  });

  it("reads no date where the text has no year or no day, or names no real day", () => {
    for (const text of [
      "6月底前",
      "2020年13月45日",
      "明年",
      "2021-02-29",
      "2020/6",
      "2020-6/30",
      "",
      "44012",
    ])
      expect({ text, date: readDate(text) }).toEqual({ text, date: null });
    expect(readDate("2020-02-29")).toBe("2020-02-29");
  });

  it("reads an ISO date in 完成时限 as that day", () => {
    expect(readDue("2020-06-30", 2021)).toEqual({ kind: "date", date: "2020-06-30" });
  });
});
