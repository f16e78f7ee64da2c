/**
 * What collect sets and names beyond the rows that land: text typed into the columns a unit may not fill, and the
 * current state of each task as its lead units' rows give it.
 */

import type { LedgerModel } from "../ledger/types";
import type { ProgressRow } from "../year/progress";
import type { CollectFinding, CollectResult, ReturnRowRead } from "./collectTypes";
import type { Form } from "./collectForms";
import { fingerprint } from "./fingerprint";

/** A row that lands, with what collect needs of it beyond Progress: the unit's role, the file and status cell. */
export type Landed = ProgressRow & {
  readonly role: string;
  readonly file: string;
  readonly statusCell: string;
};

/** The key of a locked cell's text under its task, for `sentAlike`. */
const alikeKey = (id: string, field: "status" | "progress", value: string): string =>
  `${id}\u0000${field}\u0000${fingerprint(value)}`;

/** True for a form dispatched before forms recorded what their 当前状态 and 当前进展 went out with. */
const olderTask = (meta: Form["meta"]["tasks"][number]): boolean => !meta.statusPrint && !meta.progressPrint;

/**
 * The texts of 当前状态 and 当前进展 that two or more older forms of a collect show under the same task: what the
 * task's row went out with (units do not type the same words into a read-only cell), whatever the ledger holds now.
 */
export function sentAlike(forms: readonly Form[]): Set<string> {
  const seen = new Map<string, number>();
  for (const form of forms) {
    const sent = new Map(form.meta.tasks.map((t) => [t.id, t]));
    const keys = new Set<string>();
    for (const r of form.rows) {
      const meta = sent.get(r.id);
      if (!meta || !olderTask(meta)) continue;
      if (r.status?.value) keys.add(alikeKey(r.id, "status", r.status.value));
      if (r.progress?.value) keys.add(alikeKey(r.id, "progress", r.progress.value));
    }
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

/**
 * Text in the columns the unit reads but may not fill (当前状态, 当前进展) that is not what went out: typed there
 * instead of in 完成状态 or 进展情况. Named with its cell, never taken (nor dropped silently), whether or not the
 * rest of the form was filled. A form that records what went out (its fingerprints) is compared with that. An
 * older one, which does not, is compared with every state the task may have gone out with: the ledger's now, its
 * rows in Progress (any period, one unit's words or several joined as 单位:…), and the text other older forms of
 * the same collect show in that cell (`alike`).
 */
export function lockedTyped(
  model: LedgerModel,
  form: Form,
  r: ReturnRowRead,
  meta: Form["meta"]["tasks"][number],
  history: readonly ProgressRow[],
  alike: ReadonlySet<string>,
  findings: CollectFinding[],
  count: () => void,
): void {
  const task = model.tasks.find((t) => t.id === r.id);
  const older = olderTask(meta);
  const past = history.filter((h) => h.id === r.id);
  const known = (value: string, now: string, field: "status" | "progress"): boolean => {
    if (alike.has(alikeKey(r.id, field, value))) return true;
    const prints = new Set([now, ...past.map((h) => h[field])].map(fingerprint));
    if (prints.has(fingerprint(value))) return true;
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
