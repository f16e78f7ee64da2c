import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentYear } from "../../../src/core/ledger/documentYear";
import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import type { ParsedDocument } from "../../../src/core/types";
import { ROOT } from "../../support/paths";

const real = (name: string): ParsedDocument =>
  parseBreakdown(readFileSync(join(ROOT, "test", "fixtures", "real", `${name}.txt`), "utf8"));
const EMPTY = { units: [], suggestions: [] };

const TASKS = ["一、稳增长", "1.扩大有效投资。", "牵头单位:发改局", "完成时限:6月底前"].join("\n");
/** The same tasks with the document's title, date and tasks' deadlines set by hand. */
const withDocument = (
  doc: Partial<ParsedDocument["document"]>,
  deadline?: string,
  text?: string,
): ParsedDocument => {
  const p = parseBreakdown(TASKS);
  return {
    ...p,
    document: { ...p.document, ...doc },
    tasks: p.tasks.map((t) => ({
      ...t,
      ...(deadline !== undefined ? { deadline } : {}),
      ...(text !== undefined ? { text } : {}),
    })),
  };
};

describe("the ledger's year, from the document", () => {
  it("takes 六安's 2021 from its 完成时限 when no title is read, and reads 6月底前 in that year", () => {
    const parsed = real("anhui-luan-2021");
    expect(parsed.document.title).toBeNull(); // the parser reads no title here: the deadlines give the year
    expect(documentYear(parsed)).toEqual({ year: 2021, from: "deadlines" });
    const model = ledgerFromParsed(parsed, EMPTY, { ...DEFAULT_SETTINGS, year: 2026 });
    expect(model.settings.year).toBe(2021);
    expect(model.tasks.find((t) => t.deadline === "2021年12月31日")?.due).toBe("2021-12-31");
  });

  it("builds real documents of several years with their own year", () => {
    const years = ["chongqing-shapingba-2022", "anhui-luan-2021"].map(
      (n) => ledgerFromParsed(real(n), EMPTY, { ...DEFAULT_SETTINGS, year: 2026 }).settings.year,
    );
    expect(years).toEqual([2022, 2021]);
    const sample = parseBreakdown(readFileSync(join(ROOT, "seeds", "tongxiang-2020-breakdown.txt"), "utf8"));
    expect(documentYear(sample)?.year).toBe(2020);
  });

  it("puts the title before the date (a 2021 plan issued in December 2020), deadlines before the date", () => {
    expect(
      documentYear(withDocument({ title: "关于2021年重点工作责任分解", date: "2020年12月28日" })),
    ).toEqual({
      year: 2021,
      from: "title",
    });
    expect(documentYear(withDocument({ title: null, date: "2020年12月28日" }, "2021年9月30日"))).toEqual({
      year: 2021,
      from: "deadlines",
    });
    expect(documentYear(withDocument({ title: null, date: "2020年12月28日" }))).toEqual({
      year: 2020,
      from: "date",
    });
  });

  it("reads 年度 words in the tasks last, and names no year when the document names none", () => {
    const text = withDocument({ title: null, date: null }, undefined, "完成2023年度目标任务。");
    expect(documentYear(text)).toEqual({ year: 2023, from: "text" });
    const none = withDocument({ title: null, date: null }, undefined, "完成目标任务。");
    expect(documentYear(none)).toBeNull();
    // No year named: the settings' year (this year by default) stands; an explicit year (build --year) wins.
    expect(ledgerFromParsed(none, EMPTY, { ...DEFAULT_SETTINGS, year: 2026 }).settings.year).toBe(2026);
    const given = ledgerFromParsed(real("anhui-luan-2021"), EMPTY, DEFAULT_SETTINGS, { year: 2019 });
    expect(given.settings.year).toBe(2019);
  });
});
