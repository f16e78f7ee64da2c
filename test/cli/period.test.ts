import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_PATH } from "../support/paths";
import { runCli } from "../support/runCli";

jest.setTimeout(120_000);

const tmp = mkdtempSync(join(tmpdir(), "taizhang-period-"));
const zhPunct = (t: string): string =>
  t.replace(
    /[():;,]/g,
    (c) => ({ "(": "\uff08", ")": "\uff09", ":": "\uff1a", ";": "\uff1b", ",": "\uff0c" })[c]!,
  );

describe("--period outside the ledger's year", () => {
  const ledger = join(tmp, "2020台账.xlsx");
  beforeAll(async () => {
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger])).code).toBe(0);
  });

  it("is refused by snapshot, dispatch, collect and report with a clear message, writing nothing (exit 2)", async () => {
    const before = readFileSync(ledger);
    const message = zhPunct(
      `--period 2026-03 不在台账 ${ledger} 的年度(2020 年)内;请写 2020 年的期次,如 2020-03(月)或 2020Q1(季度)。未写入任何文件。`,
    );
    const outDir = join(tmp, "never");
    const runs = {
      snapshot: await runCli(["snapshot", ledger, "--period", "2026-03"]),
      dispatch: await runCli(["dispatch", ledger, "-o", outDir, "--period", "2026-03"]),
      collect: await runCli(["collect", ledger, tmp, "--period", "2026-03"]),
      report: await runCli(["report", ledger, "-o", join(tmp, "never.docx"), "--period", "2026-03"]),
    };
    for (const [name, r] of Object.entries(runs))
      expect([name, r.code, r.err.trim(), r.out]).toEqual([name, 2, message, ""]);
    expect(readFileSync(ledger).equals(before)).toBe(true);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(tmp, "never.docx"))).toBe(false);
    // A quarter of another year too, in English; a period of the ledger's year is taken.
    const en = await runCli(["dispatch", ledger, "-o", outDir, "--period", "2019Q4", "--lang", "en-US"]);
    expect([en.code, en.err.trim()]).toEqual([
      2,
      `--period 2019Q4 is outside the year of the ledger ${ledger} (2020); give a period of 2020, such as 2020-03 (a month) or 2020Q1 (a quarter). Nothing was written.`,
    ]);
    expect((await runCli(["dispatch", ledger, "-o", outDir, "--period", "2020Q4"])).code).toBe(0);
  });

  it("is refused when no --period is given and the day's period lies outside the year, with the same message", async () => {
    const before = readFileSync(ledger);
    // 2026-03-15: the period of the day is 2026-03, which a 2020 ledger does not hold.
    const message = zhPunct(
      `--period 2026-03 不在台账 ${ledger} 的年度(2020 年)内;请写 2020 年的期次,如 2020-03(月)或 2020Q1(季度)。未写入任何文件。`,
    );
    const outDir = join(tmp, "never-by-day");
    const runs = {
      dispatch: await runCli(["dispatch", ledger, "-o", outDir, "--today", "2026-03-15"]),
      report: await runCli(["report", ledger, "-o", join(tmp, "never-by-day.docx"), "--today", "2026-03-15"]),
    };
    for (const [name, r] of Object.entries(runs))
      expect([name, r.code, r.err.trim(), r.out]).toEqual([name, 2, message, ""]);
    expect(readFileSync(ledger).equals(before)).toBe(true);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(join(tmp, "never-by-day.docx"))).toBe(false);
    // A day of the ledger's year gives its period, which is taken.
    const inYear = await runCli(["dispatch", ledger, "-o", outDir, "--today", "2020-03-15"]);
    expect([inYear.code, inYear.out]).toEqual([0, expect.stringContaining("2020-03")]);
  });
});

describe("--period of the other kind than the ledger's 报送周期", () => {
  const ledger = join(tmp, "季度台账.xlsx");
  beforeAll(async () => {
    expect((await runCli(["build", SAMPLE_PATH, "-o", ledger, "--period", "季度"])).code).toBe(0);
  });

  it("is refused for a quarterly ledger given a month by report, dispatch and snapshot, naming the quarter", async () => {
    const before = readFileSync(ledger);
    const message = zhPunct(
      `--period 2020-05 与台账 ${ledger} 的报送周期(按季度,见说明)不符;请写 2020Q2。未写入任何文件。`,
    );
    const runs = {
      snapshot: await runCli(["snapshot", ledger, "--period", "2020-05"]),
      dispatch: await runCli(["dispatch", ledger, "-o", join(tmp, "never-q"), "--period", "2020-05"]),
      report: await runCli(["report", ledger, "-o", join(tmp, "never-q.docx"), "--period", "2020-05"]),
    };
    for (const [name, r] of Object.entries(runs))
      expect([name, r.code, r.err.trim(), r.out]).toEqual([name, 2, message, ""]);
    expect(readFileSync(ledger).equals(before)).toBe(true);
    expect(existsSync(join(tmp, "never-q.docx"))).toBe(false);
  });
});
