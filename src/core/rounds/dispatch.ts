/** 分发各单位: one reporting form per unit with tasks — as lead, as co-unit, or through a collective. */

import type { LedgerModel } from "../ledger/types";
import { deriveAssignments } from "../workbook/assignments";
import { isCollective } from "../parse/splitUnits";
import { PROGRESS_COLUMNS } from "../year/progress";
import { fingerprint } from "./fingerprint";
import { FILL_COLUMNS, formFileName, instructionsOf, type FormRow, type ReturnForm } from "./form";

/**
 * The ledger's identity, as forms carry it: a fingerprint of its source title and when it was imported (both
 * kept in 说明), so that a form from another ledger is told apart even when its units and ids match.
 */
export function ledgerIdOf(model: LedgerModel): string {
  return fingerprint(`${model.document?.title ?? ""}|${model.importedAt}`);
}

/** A unit that has tasks, with how many it leads and how many it supports. */
export interface UnitTasks {
  readonly unit: string;
  readonly lead: number;
  readonly co: number;
}

/**
 * The units that report: every unit the Assignments reach, in order of first appearance; a collective without
 * known members is no unit and reports nothing (its tasks reach no one until its members are listed).
 */
export function reportingUnits(model: LedgerModel): UnitTasks[] {
  const counts = new Map<string, { lead: number; co: number }>();
  for (const a of deriveAssignments(model.tasks, model.registry)) {
    if (a.unit === "" || isCollective(a.unit)) continue;
    const c = counts.get(a.unit) ?? { lead: 0, co: 0 };
    if (a.role === "牵头") c.lead++;
    else c.co++;
    counts.set(a.unit, c);
  }
  return [...counts].map(([unit, c]) => ({ unit, ...c }));
}

/**
 * The fill columns the clerk added: the Progress table's columns beyond ours (its header as read, or null).
 * @example extraFillColumns([...PROGRESS_COLUMNS, "责任人"]) → ["责任人"]
 */
export function extraFillColumns(progressHeader: readonly unknown[] | null | undefined): string[] {
  return (progressHeader ?? [])
    .map((h) => String(h ?? "").trim())
    .filter((h) => h !== "" && !(PROGRESS_COLUMNS as readonly string[]).includes(h));
}

/** The forms of a period, one per reporting unit; `extraColumns` are fill columns the clerk added. */
export function dispatchForms(
  model: LedgerModel,
  period: string,
  extraColumns: readonly string[] = [],
): ReturnForm[] {
  const byId = new Map(model.tasks.map((t) => [t.id, t]));
  const rows = new Map<string, FormRow[]>();
  for (const a of deriveAssignments(model.tasks, model.registry)) {
    const t = byId.get(a.id);
    if (!t || a.unit === "" || isCollective(a.unit)) continue;
    const list = rows.get(a.unit) ?? [];
    list.push({
      id: t.id,
      text: t.text,
      role: a.role,
      via: a.via,
      lead: t.lead,
      deadline: t.deadline,
      status: t.status,
      progress: t.progress,
    });
    rows.set(a.unit, list);
  }
  const ledgerId = ledgerIdOf(model);
  const statuses = model.settings.statuses.map((s) => s.name);
  const fillColumns = [
    ...FILL_COLUMNS,
    ...extraColumns.filter((c) => !(FILL_COLUMNS as readonly string[]).includes(c)),
  ];
  return [...rows].map(([unit, list]) => ({
    meta: {
      ledgerId,
      ledgerTitle: model.document?.title ?? "",
      unit,
      period,
      fillColumns,
      tasks: list.map((r) => ({
        id: r.id,
        role: r.role,
        via: r.via,
        textPrint: fingerprint(r.text),
        leadPrint: fingerprint(r.lead),
        deadlinePrint: fingerprint(r.deadline),
        statusPrint: fingerprint(r.status),
        progressPrint: fingerprint(r.progress),
      })),
    },
    rows: list,
    statuses,
    instructions: instructionsOf(unit, period, statuses),
    fileName: formFileName(unit, period),
  }));
}

/**
 * The period a day falls in, by the ledger's cycle.
 * @example periodOfDay("quarter", "2026-05-10") === "2026Q2"
 */
export function periodOfDay(cycle: "month" | "quarter", isoDay: string): string {
  const month = Number(isoDay.slice(5, 7));
  return cycle === "quarter" ? `${isoDay.slice(0, 4)}Q${Math.ceil(month / 3)}` : isoDay.slice(0, 7);
}
