import { buildPlan } from "../../src/core/workbook/buildPlan";
import type { LedgerModel, LedgerTask } from "../../src/core/ledger/types";
import { isoToday } from "../../src/core/year/ledgerLights";
import { periodsOf } from "../../src/core/cycle/periods";
import { targetsOfTasks } from "../../src/core/cycle/targets";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { csvTable, recalculatedSheets } from "../support/libreoffice";
import { sampleLedger } from "../support/sampleLedger";
import { hasTool } from "../support/tools";

// LibreOffice recalculates the lights of a ledger with statuses, due dates, progress and actuals planted. The
// ledger's year is last year, so a whole year has passed since 1 January whatever day the test runs; due dates
// are placed so that 序时进度 is 5%, 20% or 50% today.
const run = hasTool("soffice") ? describe : describe.skip;

const DAY = 86400000;
const today = isoToday();
const year = Number(today.slice(0, 4)) - 1;
const elapsed = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / DAY;
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** The due date at which today is `share` of the way from 1 January. */
const dueAt = (share: number): string =>
  isoDay(Date.parse(`${year}-01-01T00:00:00Z`) + Math.round(elapsed / share) * DAY);
const yesterday = isoDay(Date.parse(`${today}T00:00:00Z`) - DAY);

/** id → what is planted and the light expected, worked out by the rule (not read from any output). */
const PLANTED: ReadonlyArray<readonly [string, Partial<LedgerTask>, string]> = [
  ["1.1", { status: "已完成", due: yesterday }, "绿"], // done
  ["1.2", { status: "推进中", due: yesterday }, "红"], // overdue
  ["1.3", { status: "未启动", due: dueAt(0.05) }, "绿"], // 5 points behind
  ["2.1", { status: "未启动", due: dueAt(0.2) }, "黄"], // 20 behind
  ["2.2", { status: "未启动", due: dueAt(0.5) }, "红"], // 50 behind
  ["2.3", { status: "推进中", due: dueAt(0.5), rate: 45 }, "绿"], // 5 behind
  ["2.4", { status: "推进中", due: dueAt(0.5), rate: 35 }, "黄"], // 15 behind
  ["2.5", { status: "推进中", due: dueAt(0.5), rate: 10 }, "红"], // 40 behind
  ["2.6", { status: "滞后", due: dueAt(0.5) }, "黄"], // on schedule by default, but marked 滞后
  ["2.7", { status: "推进中", due: null }, "绿"], // no date, no number: on schedule
  ["2.8", { status: "已完成", due: yesterday, rate: 0 }, "绿"], // done outweighs all
  ["2.9", { status: "推进中", due: dueAt(0.5), rate: 80 }, "绿"], // ahead
];

/** Targets with actuals planted: task, place among its targets, actuals by month, expected 最新实际值 and light. */
const ACTUALS: ReadonlyArray<readonly [string, number, Record<number, number>, string, string]> = [
  ["3.1", 1, { 3: 14, 6: 20 }, "20", "黄"], // 60 亿元 by June: 30 expected, 20 is 16.7 points short
  ["2.9", 1, { 6: 7 }, "7", "绿"], // 14 亿元 by June: 7 expected
  ["2.22", 1, { 6: 10 }, "10", "红"], // 70 家 by June: 35 expected, 35.7 points short
  ["2.1", 1, { 6: 9.5 }, "9.5", "绿"], // growth 10%: 5 points short
  ["2.2", 1, { 9: 60 }, "60", "红"], // 开工率 95%: 36.8 points short
  ["3.23", 2, { 9: 42 }, "42", "黄"], // PM2.5 at most 35: 20% over
  ["3.23", 1, {}, "", ""], // no actual, no light
];

run("lights recalculated by LibreOffice", () => {
  const months = periodsOf(year, "month");
  const planted = (m: LedgerModel): LedgerModel => {
    const tasks = m.tasks.map((t) => {
      const p = PLANTED.find(([id]) => id === t.id);
      return p ? { ...t, ...p[1] } : t;
    });
    const targets = targetsOfTasks(tasks).map((t) => {
      const a = ACTUALS.find(([id, seq]) => id === t.taskId && seq === t.seq);
      if (!a) return t;
      return {
        ...t,
        actuals: Object.fromEntries(Object.entries(a[2]).map(([k, v]) => [months[Number(k) - 1], v])),
      };
    });
    return { ...m, tasks, targets, settings: { ...m.settings, year } };
  };
  const { model } = sampleLedger(planted);
  // The values the file holds before recalculation are those of a day long ago, so only recalculation gives the
  // expected lights.
  const plan = buildPlan(model, { today: "1990-01-01", version: "test" });
  let sheets = new Map<string, string[][]>();
  beforeAll(async () => {
    sheets = recalculatedSheets(await writeWorkbook(plan));
  }, 150_000);

  it("shows the right light on 任务台账 in every planted case", () => {
    const rows = csvTable(sheets.get("任务台账") ?? [], "编号");
    const got = PLANTED.map(([id]) => [id, rows.find((r) => r["编号"] === id)?.["亮灯"]]);
    expect(got).toEqual(PLANTED.map(([id, , want]) => [id, want]));
  });

  it("shows the same lights on the leader and unit sheets", () => {
    const leader = csvTable(sheets.get("冯中海") ?? [], "编号");
    expect(leader.find((r) => r["编号"] === "2.5")?.["亮灯"]).toBe("红");
    expect(leader.find((r) => r["编号"] === "2.4")?.["亮灯"]).toBe("黄");
    const unit = csvTable(sheets.get("梧桐街道") ?? [], "编号");
    expect(unit.find((r) => r["编号"] === "2.4")?.["亮灯"]).toBe("黄");
  });

  it("shows the latest actual and the right light on 量化指标 in every planted case", () => {
    const rows = csvTable(sheets.get("量化指标") ?? [], "编号");
    const got = ACTUALS.map(([id, seq]) => {
      const r = rows.find((x) => x["编号"] === id && x["序号"] === String(seq));
      return [id, seq, r?.["最新实际值"], r?.["亮灯"]];
    });
    expect(got).toEqual(ACTUALS.map(([id, seq, , latest, want]) => [id, seq, latest, want]));
  });

  it("counts the lights per leader on 汇总 as the ledger shows them", () => {
    const ledger = csvTable(sheets.get("任务台账") ?? [], "编号");
    const byLeader = csvTable(sheets.get("汇总") ?? [], "分管领导", 1);
    for (const leader of ["于会游", "冯中海", "朱伟强", "徐刚"]) {
      const mine = ledger.filter((r) => r["分管领导"] === leader);
      const row = byLeader.find((r) => r["分管领导"] === leader);
      for (const w of ["绿", "黄", "红"])
        expect([leader, w, row?.[w]]).toEqual([
          leader,
          w,
          String(mine.filter((r) => r["亮灯"] === w).length),
        ]);
    }
    // 于会游's three tasks: 1.1 green, 1.2 red, 1.3 green.
    expect(byLeader.find((r) => r["分管领导"] === "于会游")).toMatchObject({
      绿: "2",
      黄: "0",
      红: "1",
      合计: "3",
    });
    const byLead = csvTable(sheets.get("汇总") ?? [], "牵头单位");
    expect(byLead.reduce((n, r) => n + (r["牵头单位"] === "合计" ? 0 : Number(r["合计"])), 0)).toBe(72); // 4.19 has none
  });
});

// The year lives in one place, 说明's 时限年度: a ledger written for the wrong year (three years on, so that every
// 序时进度 would be 0 and the not-done tasks green) with only that cell corrected shows the lights of its year.
run("lights follow 说明's 时限年度", () => {
  const planted = (m: LedgerModel): LedgerModel => ({
    ...m,
    tasks: m.tasks.map((t) => {
      const p = PLANTED.find(([id]) => id === t.id);
      return p ? { ...t, ...p[1] } : t;
    }),
    settings: { ...m.settings, year: year + 3 },
  });
  const { model } = sampleLedger(planted);
  const plan = buildPlan(model, { today: "1990-01-01", version: "test" });
  // The clerk's one edit: 时限年度 on 说明 set to the right year.
  const edited = {
    ...plan,
    sheets: plan.sheets.map((s) =>
      s.kind !== "about"
        ? s
        : {
            ...s,
            blocks: s.blocks.map((b) =>
              b.kind === "values"
                ? { ...b, values: b.values.map((r) => (r[0] === "时限年度" ? [r[0], year] : r)) }
                : b,
            ),
          },
    ),
  };
  let sheets = new Map<string, string[][]>();
  beforeAll(async () => {
    sheets = recalculatedSheets(await writeWorkbook(edited));
  }, 150_000);

  it("shows on 任务台账 the lights of the year 说明 names", () => {
    const rows = csvTable(sheets.get("任务台账") ?? [], "编号");
    const got = PLANTED.map(([id]) => [id, rows.find((r) => r["编号"] === id)?.["亮灯"]]);
    expect(got).toEqual(PLANTED.map(([id, , want]) => [id, want]));
  });
});
