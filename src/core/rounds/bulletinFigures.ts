/**
 * The figures of a 通报: every task in one of four classes (done, on schedule, behind, overdue), totals and
 * shares by status and light, tallies per 分管领导 and per lead unit, the behind and overdue lists, units that
 * reported late or not at all, and targets against their actuals — all from what the ledger holds.
 */

import { deriveAssignments } from "../workbook/assignments";
import type { LedgerModel, LedgerTask } from "../ledger/types";
import { lightsOf, taskLight } from "../cycle/lights";
import { targetLight } from "../year/ledgerLights";
import { zh } from "../text/cnPunct";
import { cycleOf, periodsOf } from "../cycle/periods";
import { PROGRESS_SOURCES, type ProgressRow } from "../year/progress";
import type { Target } from "../targets/targetTypes";
import { reportingUnits } from "./dispatch";
import { indexRegistry, resolveName } from "../units/registry";

/** The class of a task on a day: 已完成, 正常推进 (green light), 滞后 (yellow or red light), 逾期 (past due, not done). */
export type TaskClass = "done" | "onSchedule" | "behind" | "overdue";

/** Tasks, and how many of each class; `rate` is the share done, in percent with one decimal. */
export interface Tally {
  readonly name: string;
  readonly tasks: number;
  readonly done: number;
  readonly onSchedule: number;
  readonly behind: number;
  readonly overdue: number;
  readonly rate: number;
}

/** A task of the behind or overdue list. */
export interface ListedTask {
  readonly id: string;
  readonly text: string;
  readonly lead: string;
  readonly leader: string;
  readonly deadline: string;
  /** 截止日期 as the sheet reads it (ISO): the date that makes an overdue task overdue. */
  readonly due: string | null;
  readonly status: string;
  readonly light: string;
}

/** Everything the 通报 states. */
export interface BulletinFigures {
  readonly period: string;
  readonly today: string;
  readonly total: Tally;
  readonly byStatus: ReadonlyArray<{ readonly name: string; readonly count: number; readonly share: number }>;
  readonly byLight: ReadonlyArray<{ readonly name: string; readonly count: number; readonly share: number }>;
  readonly byLeader: readonly Tally[];
  readonly byLead: readonly Tally[];
  readonly behind: readonly ListedTask[];
  readonly overdue: readonly ListedTask[];
  /** Units with tasks and when they reported for the period; `late` past `reportDue`, `missing` never. */
  readonly late: ReadonlyArray<{ readonly unit: string; readonly reportedOn: string }>;
  readonly missing: ReadonlyArray<{ readonly unit: string; readonly tasks: number }>;
  readonly reportDue: string;
  /**
   * Tasks not done whose 截止日期 is text that reads as a date (2020.3.5): neither the sheet's 亮灯 nor the 通报
   * judges them overdue by it; the 通报 names them to be typed as dates (absent in figures made before).
   */
  readonly textDates?: ReadonlyArray<{ readonly id: string; readonly written: string }>;
  /**
   * A past period (the ledger has moved on since: a later period's rows in 进展记录, or the next period over too)
   * is reported as it was: each task's 完成状态 as 进展记录's rows of the period give it, judged on the period's
   * last day (`asOf`); `statusesNow` lists the tasks that have no record of the period and are counted with
   * today's 完成状态. Absent for the period just ended or running, which today's ledger tells.
   */
  readonly past?: { readonly asOf: string; readonly statusesNow: readonly string[] };
  readonly targets: ReadonlyArray<{
    readonly id: string;
    readonly indicator: string;
    readonly target: string;
    readonly actual: string;
    readonly light: string;
  }>;
}

/** Percent with one decimal: share(1, 3) === 33.3; 0 of nothing is 0. */
export const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** The class of a task on `today`, by the light rule. */
export function classOf(task: LedgerTask, model: LedgerModel, today: string): TaskClass {
  if (task.status === model.settings.doneStatus) return "done";
  const due = dueSeen(task);
  if (due && due < today) return "overdue";
  const light = taskLight({ status: task.status, due, rate: task.rate ?? null }, model.settings, today);
  return light === lightsOf(model.settings).words[0] ? "onSchedule" : "behind";
}

function tally(name: string, classes: readonly TaskClass[]): Tally {
  const n = (c: TaskClass) => classes.filter((x) => x === c).length;
  return {
    name,
    tasks: classes.length,
    done: n("done"),
    onSchedule: n("onSchedule"),
    behind: n("behind"),
    overdue: n("overdue"),
    rate: share(n("done"), classes.length),
  };
}

/** Groups tasks' classes under the keys each task has (its leader; each of its lead units), in first-seen order. */
function grouped(
  tasks: readonly LedgerTask[],
  classes: ReadonlyMap<string, TaskClass>,
  keys: (t: LedgerTask) => readonly string[],
): Tally[] {
  const groups = new Map<string, TaskClass[]>();
  for (const t of tasks)
    for (const k of keys(t)) groups.set(k, [...(groups.get(k) ?? []), classes.get(t.id) as TaskClass]);
  return [...groups].map(([k, list]) => tally(k, list));
}

/**
 * 截止日期 as the sheet's formulas read it: the date of a date cell; none for text, even text that reads as a date
 * (2020.3.5), which the 通报 names instead (`textDates`), so that it and the sheet's 亮灯 give one answer.
 */
const dueSeen = (t: LedgerTask): string | null => (t.dueWritten !== undefined ? null : t.due);

/**
 * An actual as the 通报 shows it, with its period: a number with the target's unit (2亿元(2020-03)). Text (80%
 * typed as text) is shown as typed and said to be left out of the light, as the sheet's formula leaves it out; a
 * fraction against a percentage target of 1% or more (0.05, which Excel keeps when 5% is typed into a cell shown
 * as a percentage) is shown with what it may mean, to be checked.
 * @example actualShown({ unit: "%", value: 95, actuals: { "2020-04": "80%" } }, "2020-04") === "80%（2020-04，文字，未计入亮灯）"
 */
export function actualShown(t: Pick<Target, "unit" | "value" | "actuals">, period: string): string {
  const v = t.actuals?.[period];
  if (typeof v !== "number") return zh`${String(v ?? "")}(${period},文字,未计入亮灯)`;
  if (t.unit === "%" && t.value >= 1 && v > 0 && v < 1) {
    const meant = Math.round(v * 100 * 1e6) / 1e6;
    return zh`${v}%(${period},疑为 ${meant}%,请核对)`;
  }
  return `${v}${t.unit}(${period})`;
}

/** The last day of a period: 2026-03 → 2026-03-31, 2026Q1 → 2026-03-31. */
export function periodEnd(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  const [y, m] = q
    ? [Number(q[1]), Number(q[2]) * 3]
    : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The period after `period`: 2026-03 → 2026-04, 2026Q4 → 2027Q1. */
function nextPeriod(period: string): string {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  if (q) return Number(q[2]) === 4 ? `${Number(q[1]) + 1}Q1` : `${q[1]}Q${Number(q[2]) + 1}`;
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Whether `period` is past on `today`: the ledger has moved on since (进展记录 holds rows of a later period), or
 * the period after it is over too. The period just ended, reported early in the next, is not: today's ledger
 * tells it, the clerk's corrections on 任务台账 with it.
 */
export function isPastPeriod(period: string, progress: readonly ProgressRow[], today: string): boolean {
  const later = (p: string) => p.length === period.length && p > period;
  return periodEnd(nextPeriod(period)) < today || progress.some((r) => later(r.period));
}

/**
 * Each task's 完成状态 in `period` as 进展记录 records it: the 存档 row of the period; else its lead units' 报送 rows
 * when they agree (as collect set the task from them); else a 录入 row of the period. Tasks without one are absent.
 */
export function periodStatuses(
  model: LedgerModel,
  progress: readonly ProgressRow[],
  period: string,
  leadsOf: ReadonlyMap<string, readonly string[]>,
  unitOf: (written: string) => string,
): Map<string, string> {
  const known = new Set(model.settings.statuses.map((s) => s.name));
  const rows = progress.filter((r) => r.period === period && known.has(r.status));
  const out = new Map<string, string>();
  for (const t of model.tasks) {
    const mine = rows.filter((r) => r.id === t.id);
    const archived = mine.filter((r) => r.source === PROGRESS_SOURCES.snapshot).at(-1);
    const leads = leadsOf.get(t.id) ?? [];
    const returned = [
      ...new Set(
        mine
          .filter((r) => r.source === PROGRESS_SOURCES.returned && leads.includes(unitOf(r.unit)))
          .map((r) => r.status),
      ),
    ];
    const typed = mine.filter((r) => r.source === PROGRESS_SOURCES.typed).at(-1);
    const status = archived?.status ?? (returned.length === 1 ? returned[0] : typed?.status);
    if (status !== undefined) out.set(t.id, status);
  }
  return out;
}

/** The figures of the 通报 for `period` on `today`; a unit's report is late after `reportDue` (the period's end by default). */
export function bulletinFigures(
  ledger: LedgerModel,
  progress: readonly ProgressRow[],
  targets: readonly Target[],
  period: string,
  issued: string,
  reportDue: string = periodEnd(period),
): BulletinFigures {
  // A unit's returns under a name 单位名录 keeps as its alias (the name before an update renamed it) are its own.
  const index = indexRegistry(ledger.registry);
  const unitOf = (written: string): string => {
    const r = resolveName(index, written);
    return r.status === "canonical" || r.status === "alias" || r.status === "format" ? r.unit.name : written;
  };
  // Lead units by their registry name (an alias resolved, a collective's members each), as on 任务分工.
  const leadsOf = new Map<string, string[]>();
  for (const a of deriveAssignments(ledger.tasks, ledger.registry))
    if (a.role === "牵头") leadsOf.set(a.id, [...(leadsOf.get(a.id) ?? []), a.unit]);
  // A past period as it was: its recorded statuses (完成进度 is today's, so it is left out), on its last day.
  const past = isPastPeriod(period, progress, issued);
  const recorded = past
    ? periodStatuses(ledger, progress, period, leadsOf, unitOf)
    : new Map<string, string>();
  const model: LedgerModel = past
    ? {
        ...ledger,
        tasks: ledger.tasks.map((t) => {
          const status = recorded.get(t.id);
          return status === undefined ? t : { ...t, status, rate: null };
        }),
      }
    : ledger;
  const today = past && periodEnd(period) < issued ? periodEnd(period) : issued;
  const classes = new Map(model.tasks.map((t) => [t.id, classOf(t, model, today)]));
  const light = (t: LedgerTask): string =>
    taskLight({ status: t.status, due: dueSeen(t), rate: t.rate ?? null }, model.settings, today);
  const lights = model.tasks.map(light);
  const n = model.tasks.length;
  const listed = (c: TaskClass): ListedTask[] =>
    model.tasks
      .filter((t) => classes.get(t.id) === c)
      .map((t) => ({
        id: t.id,
        text: t.text,
        lead: t.lead,
        leader: t.leader,
        deadline: t.deadline,
        due: dueSeen(t),
        status: t.status,
        light: light(t),
      }));
  const reported = new Map<string, string>();
  for (const r of progress)
    if (r.period === period && r.source === PROGRESS_SOURCES.returned && r.reportedOn) {
      const unit = unitOf(r.unit);
      const prev = reported.get(unit);
      if (!prev || r.reportedOn > prev) reported.set(unit, r.reportedOn);
    }
  const units = reportingUnits(model);
  const periods = periodsOf(model.settings.year, cycleOf(model.settings).period);
  const upTo = periods.filter((p) => p <= period);
  return {
    period,
    today: issued,
    ...(past
      ? {
          past: {
            asOf: today,
            statusesNow: model.tasks.filter((t) => !recorded.has(t.id)).map((t) => t.id),
          },
        }
      : {}),
    total: tally("合计", [...classes.values()]),
    byStatus: model.settings.statuses.map((s) => {
      const count = model.tasks.filter((t) => t.status === s.name).length;
      return { name: s.name, count, share: share(count, n) };
    }),
    byLight: lightsOf(model.settings).words.map((w) => {
      const count = lights.filter((l) => l === w).length;
      return { name: w, count, share: share(count, n) };
    }),
    byLeader: grouped(model.tasks, classes, (t) => [t.leader || "(未列领导)"]),
    byLead: grouped(model.tasks, classes, (t) => leadsOf.get(t.id) ?? []),
    behind: listed("behind"),
    overdue: listed("overdue"),
    late: units.flatMap((u) => {
      const on = reported.get(u.unit);
      return on && on > reportDue ? [{ unit: u.unit, reportedOn: on }] : [];
    }),
    missing: units.filter((u) => !reported.has(u.unit)).map((u) => ({ unit: u.unit, tasks: u.lead + u.co })),
    reportDue,
    textDates: model.tasks.flatMap((t) =>
      t.dueWritten !== undefined && t.status !== model.settings.doneStatus
        ? [{ id: t.id, written: t.dueWritten }]
        : [],
    ),
    targets: targets.map((t) => {
      const typed = [...upTo].reverse().find((p) => t.actuals?.[p] !== undefined && t.actuals?.[p] !== "");
      return {
        id: t.taskId,
        indicator: t.indicator,
        target: `${t.bound === "下限" ? "≥" : t.bound === "上限" ? "≤" : ""}${t.value}${t.unit}`,
        actual: typed ? actualShown(t, typed) : "",
        light: targetLight(
          { ...t, actuals: Object.fromEntries(upTo.map((p) => [p, t.actuals?.[p] ?? ""])) },
          model.settings,
          periods,
          upTo.length,
        ),
      };
    }),
  };
}
