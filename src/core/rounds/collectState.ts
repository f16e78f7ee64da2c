/**
 * What collect sets and names beyond the rows that land: text typed into the columns a unit may not fill, and the
 * current state of each task as its lead units' rows give it.
 */

import type { LedgerModel } from "../ledger/types";
import type { ProgressRow } from "../year/progress";
import type { CollectFinding, CollectResult, ReturnRowRead } from "./collectTypes";
import { filled, type Form } from "./collectForms";
import { fingerprint } from "./fingerprint";

/** A row that lands, with what collect needs of it beyond Progress: the unit's role, the file and status cell. */
export type Landed = ProgressRow & {
  readonly role: string;
  readonly file: string;
  readonly statusCell: string;
};

/**
 * Text in the columns the unit reads but may not fill (当前状态, 当前进展) that is not what went out: typed there
 * instead of in 完成状态 or 进展情况. Named with its cell, never taken (nor dropped silently). A form that records
 * what went out (its fingerprints) is compared with that. An older one, which does not, is compared with the
 * ledger as it stands only when nothing of it was filled in (the ledger has moved on since it went out, so
 * every co-unit's row of it would differ).
 */
export function lockedTyped(
  model: LedgerModel,
  form: Form,
  r: ReturnRowRead,
  meta: Form["meta"]["tasks"][number],
  history: readonly ProgressRow[],
  findings: CollectFinding[],
  count: () => void,
): void {
  const task = model.tasks.find((t) => t.id === r.id);
  const older = !meta.statusPrint && !meta.progressPrint;
  if (older && filled(form) > 0) return;
  // What the cell may have held when an older form went out: the task's state now or as the period's collects
  // set it (one unit's words, or several joined as 单位:…).
  const past = history.filter((h) => h.id === r.id);
  const known = (value: string, now: string, field: "status" | "progress"): boolean => {
    const prints = new Set([now, ...past.map((h) => h[field])].map(fingerprint));
    return value
      .split("\n")
      .every(
        (part) => prints.has(fingerprint(part)) || prints.has(fingerprint(part.replace(/^[^:：]+[:：]/, ""))),
      );
  };
  for (const [column, cell, print, ledger, field] of [
    ["当前状态", r.status, meta.statusPrint, task?.status, "status"],
    ["当前进展", r.progress, meta.progressPrint, task?.progress, "progress"],
  ] as const) {
    if (!cell || cell.value === "") continue;
    const same = older ? known(cell.value, ledger ?? "", field) : fingerprint(cell.value) === print;
    if (same) continue;
    count();
    findings.push({
      code: "locked-typed",
      file: form.file,
      unit: form.meta.unit,
      id: r.id,
      cell: cell.cell,
      entries: 1,
      params: { column, text: cell.value, sure: older ? "" : "yes" },
    });
  }
}

/**
 * The current state the lead units' rows set: their status when they agree, their progress joined. A task the
 * ledger holds as done (已完成) stays done: a lead's other word is named with its cell, not set.
 */
export function updatesOf(
  model: LedgerModel,
  rows: readonly Landed[],
  findings: CollectFinding[],
): CollectResult["updates"] {
  const leads = new Map<string, Landed[]>();
  for (const r of rows) if (r.role === "牵头") leads.set(r.id, [...(leads.get(r.id) ?? []), r]);
  const done = model.settings.doneStatus;
  return [...leads].map(([id, list]) => {
    const words = [...new Set(list.map((r) => r.status).filter((s) => s !== ""))];
    if (words.length > 1)
      findings.push({
        code: "leads-disagree",
        file: "",
        unit: list.map((r) => r.unit).join("、"),
        id,
        cell: "",
        entries: 0,
        params: { statuses: list.filter((r) => r.status !== "").map((r) => `${r.unit}:${r.status}`) },
      });
    let status = words.length === 1 ? words[0] : undefined;
    const now = model.tasks.find((t) => t.id === id)?.status;
    if (status !== undefined && done !== "" && now === done && status !== done) {
      for (const r of list.filter((x) => x.status === status))
        findings.push({
          code: "done-kept",
          file: r.file,
          unit: r.unit,
          id,
          cell: r.statusCell,
          entries: 0,
          params: { status: r.status, done },
        });
      status = undefined;
    }
    const texts = list.filter((r) => r.progress !== "");
    const progress =
      texts.length === 1 ? texts[0]?.progress : texts.map((r) => `${r.unit}:${r.progress}`).join("\n");
    return {
      id,
      ...(status !== undefined ? { status } : {}),
      ...(texts.length > 0 ? { progress } : {}),
    };
  });
}
