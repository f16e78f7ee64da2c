/**
 * A revised document applied to a ledger: the revised tasks take the document's wording, numbering, leader,
 * units and deadline; everything people typed stays with its task (完成状态, 进展情况, 备注, 完成进度, the columns
 * they added, the progress history, the targets' actuals); tasks the revision dropped go to 已撤销 with all they
 * held. The report says what was kept, renumbered, reworded, given other units, added and removed, and which
 * matches are doubtful and want a person to confirm them.
 */

import type { LedgerModel, LedgerTask } from "../ledger/types";
import { asRegistered } from "../ledger/fromParsed";
import { readDue } from "../plan/settings";
import { cnPunct } from "../text/cnPunct";
import type { ParsedDocument } from "../types";
import { extractTargets } from "../targets/extractTargets";
import { matchTasks, SURE } from "./matchTasks";
import type { ProgressRow } from "./progress";
import { targetsOfTasks, targetSummary } from "../cycle/targets";
import type { Target, TargetReading } from "../targets/targetTypes";
import { revokedRows, withActuals, type RevokedRow } from "./restoreRevoked";
import type { RevokedTables } from "./revokedSheet";
import { renamedRegistry, unitRenames, type UnitRename } from "./unitRenames";

/** What the revision did to one task that stays. */
export interface TaskChange {
  readonly from: string;
  readonly to: string;
  /** How alike the texts are, 0–1. */
  readonly score: number;
  readonly renumbered: boolean;
  readonly reworded: boolean;
  readonly unitsChanged: boolean;
  /** A match a person should confirm (texts alike but not surely the same task). */
  readonly doubtful: boolean;
}

/** A task the revision dropped, with everything it held. */
export interface RevokedTask {
  readonly task: LedgerTask;
  readonly progress: readonly ProgressRow[];
  readonly targets: readonly Target[];
}

/** A task of the revision found in 已撤销 and given back what it held there. */
export interface RestoredTask {
  /** Its 编号 when set aside, and its text then. */
  readonly from: string;
  readonly fromText: string;
  /** Its 编号 now. */
  readonly to: string;
  /** 撤销日期 of its row in 已撤销. */
  readonly when: string;
  /** How alike the texts are, 0–1; below SURE the clerk confirms it as a doubtful match. */
  readonly score: number;
  readonly doubtful: boolean;
  /** How many progress rows came back with it. */
  readonly progressRows: number;
}

/** The report of an update. */
export interface UpdateReport {
  readonly changes: readonly TaskChange[];
  /** New to the ledger: neither on 任务台账 nor in 已撤销. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Tasks that come back from 已撤销 (absent: none). */
  readonly restored?: readonly RestoredTask[];
  /** Targets whose 目标值 the revision changed, each revised in its row (absent: none). */
  readonly targets?: readonly TargetRevision[];
  /** Units the revision calls by another name, recorded in 单位名录 (the old name an alias; absent: none). */
  readonly units?: readonly UnitRename[];
}

/** The ledger after the update, the rows that went to 已撤销, and the report. */
export interface UpdateResult {
  readonly model: LedgerModel;
  readonly progress: readonly ProgressRow[];
  readonly revoked: readonly RevokedTask[];
  readonly report: UpdateReport;
  /** The rows of the earlier 已撤销 tables that came back onto 任务台账 and leave them (0-based, below the header). */
  readonly restoredRows?: { readonly tasks: readonly number[]; readonly progress: readonly number[] };
}

const sameUnits = (a: LedgerTask, lead: string, co: string): boolean => a.lead === lead && a.co === co;

/**
 * The 截止日期 of a kept task: the clerk's date when they set one other than the old deadline's, else the new
 * deadline's date.
 */
function dueOf(old: LedgerTask, deadline: string, year: number): string | null {
  // Text the clerk typed there (6月底前, 长期坚持) is theirs: it stays (kept.截止日期), and no date is made up.
  if (old.kept?.["截止日期"] && old.due === null) return null;
  const oldReading = old.deadline ? readDue(old.deadline, year) : null;
  const typed = old.due !== null && !(oldReading?.kind === "date" && oldReading.date === old.due);
  if (typed) return old.due;
  const reading = deadline ? readDue(deadline, year) : null;
  return reading?.kind === "date" ? reading.date : null;
}

/** A target whose 目标值 the revision changed (楼宇税收 14亿元 → 15亿元): the same row, its actuals kept. */
export interface TargetRevision {
  /** The task's 编号 now, and the target's 序号. */
  readonly taskId: string;
  readonly seq: number;
  readonly indicator: string;
  /** The old and the new 目标值 with their unit: 14亿元, 15亿元. */
  readonly from: string;
  readonly to: string;
}

const amount = (t: { readonly value: number; readonly unit: string }): string => `${t.value}${t.unit}`;

/**
 * The targets of a kept task: the old ones (with their actuals) renumbered, and those the new text adds. A new
 * reading of the same 指标 as an old target the new text no longer gives (14亿元 → 15亿元) revises that row in
 * place: its 序号 and actuals stay, and 原文 records the old value ("…(修订前:14亿元)"), so no second row appears.
 */
function keptTargets(
  old: readonly Target[],
  text: string,
  id: string,
  revisions: TargetRevision[] = [],
): Target[] {
  const readings = extractTargets(text);
  const same = (t: Target, r: TargetReading): boolean => t.value === r.value && t.unit === r.unit;
  const fresh = readings.filter((r) => !old.some((t) => same(t, r)));
  const gone = old.filter((t) => !readings.some((r) => same(t, r)));
  const revisedBy = new Map<Target, TargetReading>();
  const unpaired = fresh.filter((r) => {
    const t = gone.find((g) => !revisedBy.has(g) && g.indicator === r.indicator && g.indicator !== "");
    if (!t) return true;
    revisedBy.set(t, r);
    return false;
  });
  const kept = old.map((t): Target => {
    const r = revisedBy.get(t);
    if (!r) return { ...t, taskId: id };
    revisions.push({ taskId: id, seq: t.seq, indicator: t.indicator, from: amount(t), to: amount(r) });
    const trace = cnPunct(`(修订前:${amount(t)})`);
    return { ...t, ...r, phrase: `${r.phrase}${trace}`, taskId: id, seq: t.seq };
  });
  return [...kept, ...unpaired.map((r, i) => ({ ...r, taskId: id, seq: kept.length + i + 1 }))];
}

/**
 * Applies a revised, parsed document to the ledger model and its progress rows.
 * @example updateLedger(model, progress, parseBreakdown(revisedText)).report.removed → ["2.3", "3.8"]
 */
export function updateLedger(
  ledger: LedgerModel,
  progress: readonly ProgressRow[],
  revised: ParsedDocument,
  earlier: RevokedTables = { tasks: null, progress: null },
): UpdateResult {
  const year = ledger.settings.year;
  const first = ledger.settings.statuses[0]?.name ?? "";
  // The revised document's names go through 单位名录 as build's did: an alias the clerk accepted (its 别名
  // column) is written as its unit, so the document's own spellings are no change of unit.
  const registered = asRegistered(ledger.registry);
  const news = revised.tasks.map((t) => ({
    id: t.id,
    leader: t.leader ?? t.leaderTitle ?? "",
    leaderTitle: t.leaderTitle ?? "",
    text: t.text,
    ...registered.units(t.leads, t.coUnits),
    deadline: t.deadline ?? "",
  }));
  const renamed = registered.renamed();
  const matches = matchTasks(ledger.tasks, news);
  const byNew = new Map(matches.map((m) => [m.new, m]));
  const matchedOld = new Set(matches.map((m) => m.old));
  const oldTargets = ledger.targets ?? targetsOfTasks(ledger.tasks);
  const targetsOf = (id: string) => oldTargets.filter((t) => t.taskId === id);
  // A task the ledger's rows do not have may be one an earlier update set aside: matched to 已撤销's rows as to
  // the ledger's (the latest set aside first when two are alike), it comes back with what it held there.
  const setAside = revokedRows(earlier, ledger.settings).reverse();
  const unmatched = news.flatMap((n, k) => (byNew.has(k) ? [] : [{ ...n, k }]));
  const back = new Map(
    matchTasks(
      setAside.map((r) => r.task),
      unmatched,
    ).map((m) => [(unmatched[m.new] as { k: number }).k, m]),
  );
  const restored: RestoredTask[] = [];
  const restoredProgress: ProgressRow[] = [];

  const changes: TaskChange[] = [];
  const added: string[] = [];
  const targets: Target[] = [];
  const revisedTargets: TargetRevision[] = [];
  const tasks: LedgerTask[] = news.map((n, k) => {
    const m = byNew.get(k);
    const r = back.get(k);
    if (!m && r) {
      const row = setAside[r.old] as RevokedRow;
      const old = row.task;
      restored.push({
        from: old.id,
        fromText: old.text,
        to: n.id,
        when: row.when,
        score: r.score,
        doubtful: r.score < SURE,
        progressRows: row.progress.length,
      });
      restoredProgress.push(...row.progress.map((p) => ({ ...p, id: n.id })));
      const before = withActuals(
        extractTargets(old.text).map((x, i) => ({ ...x, taskId: old.id, seq: i + 1 })),
        row.actuals,
      );
      targets.push(...keptTargets(before, n.text, n.id));
      const autoTarget = old.target === targetSummary(extractTargets(old.text));
      return {
        ...old,
        ...n,
        target: old.text !== n.text && autoTarget ? targetSummary(extractTargets(n.text)) : old.target,
        due: dueOf(old, n.deadline, year),
      };
    }
    if (!m) {
      added.push(n.id);
      const due = n.deadline ? readDue(n.deadline, year) : null;
      targets.push(...extractTargets(n.text).map((r, i) => ({ ...r, taskId: n.id, seq: i + 1 })));
      return {
        ...n,
        target: targetSummary(extractTargets(n.text)),
        due: due?.kind === "date" ? due.date : null,
        status: first,
        progress: "",
        note: "",
      };
    }
    const old = ledger.tasks[m.old] as LedgerTask;
    const reworded = old.text !== n.text;
    changes.push({
      from: old.id,
      to: n.id,
      score: m.score,
      renumbered: old.id !== n.id,
      reworded,
      unitsChanged: !sameUnits(old, n.lead, n.co),
      doubtful: m.score < SURE,
    });
    targets.push(...keptTargets(targetsOf(old.id), n.text, n.id, revisedTargets));
    // 量化指标 as the clerk left it, unless it was only the old text's reading and the text changed.
    const autoTarget = old.target === targetSummary(extractTargets(old.text));
    return {
      ...old,
      ...n,
      target: reworded && autoTarget ? targetSummary(extractTargets(n.text)) : old.target,
      due: dueOf(old, n.deadline, year),
    };
  });

  const idOf = new Map(matches.map((m) => [(ledger.tasks[m.old] as LedgerTask).id, news[m.new]?.id ?? ""]));
  const revokedIds = new Set(ledger.tasks.filter((_, i) => !matchedOld.has(i)).map((t) => t.id));
  const revoked: RevokedTask[] = ledger.tasks
    .filter((_, i) => !matchedOld.has(i))
    .map((task) => ({
      task,
      progress: progress.filter((r) => r.id === task.id),
      targets: targetsOf(task.id),
    }));
  // Progress rows follow their task's new 编号; those of dropped tasks go with them; rows of no task stay as they are.
  const kept = [
    ...progress
      .filter((r) => !revokedIds.has(r.id))
      .map((r) => (idOf.has(r.id) ? { ...r, id: idOf.get(r.id) as string } : r)),
    ...restoredProgress,
  ];
  // Targets typed under an 编号 no task has stay as they are.
  const oldIds = new Set(ledger.tasks.map((t) => t.id));
  targets.push(...oldTargets.filter((t) => !oldIds.has(t.taskId)));
  // A unit renamed everywhere it was named keeps its row of 单位名录 under the new name, the old one an alias.
  const units = unitRenames(ledger.tasks, tasks, matches);
  return {
    model: {
      ...ledger,
      registry: renamedRegistry(ledger.registry, units),
      tasks,
      targets,
      document: revised.document,
      ...(renamed.length > 0 ? { renamed } : {}),
    },
    progress: kept,
    revoked,
    report: {
      changes,
      added,
      removed: [...revokedIds],
      ...(restored.length > 0 ? { restored } : {}),
      ...(revisedTargets.length > 0 ? { targets: revisedTargets } : {}),
      ...(units.length > 0 ? { units } : {}),
    },
    ...(restored.length > 0
      ? {
          restoredRows: {
            tasks: [...back.values()].map((m) => (setAside[m.old] as RevokedRow).index),
            progress: [...back.values()].flatMap((m) => (setAside[m.old] as RevokedRow).progressAt),
          },
        }
      : {}),
  };
}
