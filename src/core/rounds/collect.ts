/**
 * 汇总各单位报送: the returned forms of a period merged into the Progress table. Every filled cell either lands
 * (a 报送 row per task and unit) or is named in a finding with its reason; the lead units' words set the
 * current state of their tasks; units that returned nothing are listed for 催办.
 */

import type { LedgerModel, LedgerTask } from "../ledger/types";
import type { Params } from "../types";
import { deriveAssignments } from "../workbook/assignments";
import { MATCH_AT_LEAST, similarity, SURE } from "../year/matchTasks";
import { PROGRESS_SOURCES, type ProgressRow } from "../year/progress";
import type { CollectFinding, CollectResult, ReturnRead, ReturnRowRead, UnitReturn } from "./collectTypes";
import { acceptedForms, datedOf, filled, type Form } from "./collectForms";
import { reportingUnits } from "./dispatch";
import { fingerprint } from "./fingerprint";

export { periodOfReturns } from "./collectForms";

const FIELD_OF: Readonly<Record<string, keyof ProgressRow>> = {
  完成状态: "status",
  进展情况: "progress",
  存在问题: "problems",
  下步计划: "nextSteps",
};

/** A row that lands, with what collect needs of it beyond Progress: the unit's role, the file and status cell. */
type Landed = ProgressRow & { readonly role: string; readonly file: string; readonly statusCell: string };

/**
 * Where a text changed, with a little context: the two texts without what they share at both ends.
 * @example textChange("推进数字经济发展", "推进数字经济高质量发展") → { was: "…数字经济发展", now: "…数字经济高质量发展" }
 */
export function textChange(was: string, now: string): { readonly was: string; readonly now: string } {
  const a = [...was];
  const b = [...now];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const context = 4;
  const from = Math.max(0, p - context);
  const cut = (x: readonly string[]): string =>
    (from > 0 ? "…" : "") +
    x.slice(from, x.length - q).join("") +
    x.slice(x.length - q, x.length - q + context).join("") +
    (q > context ? "…" : "");
  return { was: cut(a), now: cut(b) };
}

/**
 * The task of the ledger a form's row was about, as the form identifies it (the task text's fingerprint as
 * dispatched, and the text the unit saw): the task of that 编号 while its text is the same; else the one task
 * with that text now (an update renumbered it); else the one task surely alike among the unit's (its text was
 * edited since); else none, with why.
 */
function locate(
  model: LedgerModel,
  byPrint: ReadonlyMap<string, readonly LedgerTask[]>,
  roles: ReadonlyMap<string, string>,
  id: string,
  textPrint: string,
  text: string,
):
  | { readonly task: LedgerTask; readonly moved: boolean; readonly edited: boolean }
  | { readonly why: "task-gone" | "task-changed" | "task-unclear"; readonly params: Params } {
  const same = model.tasks.find((t) => t.id === id);
  if (same && fingerprint(same.text) === textPrint) return { task: same, moved: false, edited: false };
  const exact = byPrint.get(textPrint) ?? [];
  const mineExact = exact.filter((t) => roles.has(t.id));
  const pick = mineExact.length === 1 ? mineExact[0] : exact.length === 1 ? exact[0] : undefined;
  if (pick) return { task: pick, moved: pick.id !== id, edited: false };
  const alike = model.tasks
    .map((t) => ({ t, score: similarity(text, t.text) }))
    .filter((x) => x.score >= SURE && roles.has(x.t.id))
    .sort((a, b) => b.score - a.score);
  const best = alike.length === 1 ? alike[0]?.t : alike.find((x) => x.t.id === id && x === alike[0])?.t;
  if (best) return { task: best, moved: best.id !== id, edited: true };
  if (alike.length > 1) return { why: "task-unclear", params: { candidates: alike.map((x) => x.t.id) } };
  // Not surely any: the unit's most alike task, if any is somewhat alike, is offered for the clerk to check.
  const maybe = model.tasks
    .filter((t) => roles.has(t.id))
    .map((t) => ({ t, score: similarity(text, t.text) }))
    .filter((x) => x.score >= MATCH_AT_LEAST)
    .sort((a, b) => b.score - a.score)[0]?.t;
  const hint: Record<string, string> = maybe ? { maybe: maybe.id, maybeText: maybe.text } : {};
  if (same) return { why: "task-changed", params: { was: text, now: same.text, ...hint } };
  if (maybe) return { why: "task-gone", params: hint };
  return { why: "task-gone", params: {} };
}

/** The rows of one form that land, and findings for those that do not. */
function formRows(
  model: LedgerModel,
  form: Form,
  period: string,
  history: readonly ProgressRow[],
  findings: CollectFinding[],
): { rows: Landed[]; landed: number; refused: number } {
  const sent = new Map(form.meta.tasks.map((t) => [t.id, t]));
  const statuses = new Set(model.settings.statuses.map((s) => s.name));
  const unit = form.meta.unit;
  const byPrint = new Map<string, LedgerTask[]>();
  for (const t of model.tasks) {
    const key = fingerprint(t.text);
    byPrint.set(key, [...(byPrint.get(key) ?? []), t]);
  }
  // The unit's role in each task now (任务分工 as the ledger stands).
  const roles = new Map(
    deriveAssignments(model.tasks, model.registry)
      .filter((a) => a.unit === unit)
      .map((a) => [a.id, a.role as string]),
  );
  const seen = new Set<string>();
  const taken = new Set<string>();
  const rows: Landed[] = [];
  let landed = 0;
  let refused = 0;
  const refuse = (code: CollectFinding["code"], r: ReturnRowRead, entries: number, params = {}) => {
    refused += entries;
    findings.push({ code, file: form.file, unit, id: r.id, cell: r.cell, entries, params });
  };
  const note = (code: CollectFinding["code"], r: ReturnRowRead, params = {}) =>
    findings.push({ code, file: form.file, unit, id: r.id, cell: r.cell, entries: 0, params });
  for (const r of form.rows) {
    const meta = sent.get(r.id);
    if (!meta) {
      refuse("row-added", r, r.fills.length);
      continue;
    }
    if (seen.has(r.id)) {
      refuse("row-repeated", r, r.fills.length);
      continue;
    }
    seen.add(r.id);
    const changed = [
      ["工作任务", r.text, meta.textPrint],
      ["牵头单位", r.lead, meta.leadPrint],
      ["完成时限", r.deadline, meta.deadlinePrint],
    ].flatMap(([field, now, print]) => (fingerprint(now as string) === print ? [] : [field as string]));
    if (changed.length > 0) {
      refuse("locked-edited", r, r.fills.length, { fields: changed });
      continue;
    }
    lockedTyped(model, form, r, meta, history, findings, () => refused++);
    for (const c of r.others ?? []) {
      refused++;
      findings.push({
        code: "column-added",
        file: form.file,
        unit,
        id: r.id,
        cell: c.cell,
        entries: 1,
        params: { column: c.column, text: c.value },
      });
    }
    if (r.fills.length === 0) continue;
    // The task the row was about, which an update may have renumbered or the clerk reworded since dispatch:
    // never another task that now has its 编号.
    const found = locate(model, byPrint, roles, r.id, meta.textPrint, r.text);
    if ("why" in found) {
      refuse(found.why, r, r.fills.length, found.params);
      continue;
    }
    const task = found.task;
    const roleNow = roles.get(task.id);
    if (roleNow === undefined) {
      refuse("not-units-task", r, r.fills.length, { to: task.id, text: task.text, lead: task.lead });
      continue;
    }
    if (taken.has(task.id)) {
      refuse("row-repeated", r, r.fills.length, { to: task.id });
      continue;
    }
    taken.add(task.id);
    if (found.moved || found.edited)
      note(found.moved ? "task-moved" : "task-edited", r, {
        to: task.id,
        ...(found.edited ? textChange(r.text, task.text) : {}),
      });
    if (roleNow !== meta.role) note("role-changed", r, { to: task.id, was: meta.role, now: roleNow });
    const fields: Record<string, string> = {};
    const extra: Record<string, string> = {};
    let statusCell = "";
    for (const c of r.fills) {
      if (c.column === "完成状态" && !statuses.has(c.value)) {
        refused++;
        findings.push({
          code: "return-status-invalid",
          file: form.file,
          unit,
          id: r.id,
          cell: c.cell,
          entries: 1,
          params: { status: c.value, allowed: [...statuses] },
        });
        continue;
      }
      if (c.column === "完成状态") statusCell = c.cell;
      const key = FIELD_OF[c.column];
      if (key) fields[key] = c.value;
      else extra[c.column] = c.value;
      landed++;
    }
    if (Object.keys(fields).length + Object.keys(extra).length === 0) continue;
    rows.push({
      id: task.id,
      period,
      unit,
      status: fields.status ?? "",
      progress: fields.progress ?? "",
      problems: fields.problems ?? "",
      nextSteps: fields.nextSteps ?? "",
      reportedOn: datedOf(form).on,
      source: PROGRESS_SOURCES.returned,
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      // A unit whose role changed since dispatch wrote as what it was: its words set no task's state.
      role: roleNow === "牵头" && meta.role === "牵头" ? "牵头" : "配合",
      file: form.file,
      statusCell,
    });
  }
  // A cell typed beside the table belongs to no task and no column: named, never dropped silently.
  for (const c of form.outside ?? []) {
    refused++;
    findings.push({
      code: "outside-table",
      file: form.file,
      unit,
      id: "",
      cell: c.cell,
      entries: 1,
      params: { text: c.value },
    });
  }
  for (const t of form.meta.tasks)
    if (!seen.has(t.id) && !form.rows.some((r) => r.id === t.id))
      findings.push({
        code: "row-deleted",
        file: form.file,
        unit,
        id: t.id,
        cell: "",
        entries: 0,
        params: {},
      });
  return { rows, landed, refused };
}

/**
 * Text in the columns the unit reads but may not fill (当前状态, 当前进展) that is not what went out: typed there
 * instead of in 完成状态 or 进展情况. Named with its cell, never taken (nor dropped silently). A form that records
 * what went out (its fingerprints) is compared with that. An older one, which does not, is compared with the
 * ledger as it stands only when nothing of it was filled in (the ledger has moved on since it went out, so
 * every co-unit's row of it would differ).
 */
function lockedTyped(
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
function updatesOf(
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

/**
 * Whether a unit reported for the period: the Progress table holds a 报送 row of it for the period after the
 * collect (from this collect or an earlier one), the one rule `report` reads back.
 */
export function hasReported(u: UnitReturn): boolean {
  return u.reported > 0;
}

const rowKey = (r: ProgressRow): string => `${r.unit}\u0000${r.id}`;

/** Merges the returns of `period` into the ledger's Progress rows (`existing`). */
export function collectReturns(
  model: LedgerModel,
  existing: readonly ProgressRow[],
  reads: readonly ReturnRead[],
  period: string,
): CollectResult {
  const findings: CollectFinding[] = [];
  const forms = acceptedForms(model, reads, period, findings);
  const byUnit = new Map<string, { form: Form; landed: number; refused: number }>();
  const added: Landed[] = [];
  const earlierOf = (unit: string): ProgressRow[] =>
    existing.filter((r) => r.period === period && r.source === PROGRESS_SOURCES.returned && r.unit === unit);
  for (const form of forms) {
    const { rows, landed, refused } = formRows(model, form, period, existing, findings);
    byUnit.set(form.meta.unit, { form, landed, refused });
    // A form sent back as it went out (nothing filled) is no report: 未报送, as `report` counts it (from the
    // 报送 rows of Progress, of which it makes none), and on the 催办 list — unless the unit reported earlier
    // in the period, whose rows it never replaces; the file is named so that nobody takes it for lost.
    const typedElsewhere = findings.some(
      (f) => f.file === form.file && (f.code === "locked-typed" || f.code === "column-added"),
    );
    if (filled(form) === 0 && (form.outside ?? []).length === 0 && !typedElsewhere)
      findings.push({
        code: "return-empty",
        file: form.file,
        unit: form.meta.unit,
        id: "",
        cell: "",
        entries: 0,
        params: { earlier: earlierOf(form.meta.unit).length },
      });
    added.push(...rows);
  }
  // Where each return's 报送日期 came from, said once per return used (after what was refused).
  for (const form of forms)
    if (form.dated)
      findings.push({
        code: "report-date",
        file: form.file,
        unit: form.meta.unit,
        id: "",
        cell: "",
        entries: 0,
        params: { date: form.dated.on, from: form.dated.from },
      });
  const updates = updatesOf(model, added, findings);
  // A later return replaces a unit's earlier rows of the period task by task: what it left blank (or had
  // refused) keeps the earlier row, and both are said.
  const fresh = new Set(added.map(rowKey));
  const units = new Set(forms.map((f) => f.meta.unit));
  const earlier = existing.filter(
    (r) => r.period === period && r.source === PROGRESS_SOURCES.returned && units.has(r.unit),
  );
  const replaced = earlier.filter((r) => fresh.has(rowKey(r)));
  const kept = earlier.filter((r) => !fresh.has(rowKey(r)));
  if (replaced.length > 0)
    findings.push({
      code: "replaced",
      file: "",
      unit: [...new Set(replaced.map((r) => r.unit))].join("、"),
      id: "",
      cell: "",
      entries: 0,
      params: { count: replaced.length, period },
    });
  // (A return left blank has said so already, with the rows it keeps.)
  const saidEmpty = new Set(
    findings.filter((f) => f.code === "return-empty" && Number(f.params.earlier) > 0).map((f) => f.unit),
  );
  for (const unit of new Set(kept.map((r) => r.unit).filter((u) => !saidEmpty.has(u)))) {
    const ids = kept.filter((r) => r.unit === unit).map((r) => r.id);
    findings.push({
      code: "kept-earlier",
      file: byUnit.get(unit)?.form.file ?? "",
      unit,
      id: "",
      cell: "",
      entries: 0,
      params: { count: ids.length, ids, period },
    });
  }
  const progress = [...existing.filter((r) => !replaced.includes(r)), ...added.map(clean)];
  const superseded = new Map<string, number>();
  for (const f of findings)
    if (f.code === "superseded") superseded.set(f.unit, (superseded.get(f.unit) ?? 0) + f.entries);
  const unitRows: UnitReturn[] = reportingUnits(model).map(({ unit, lead, co }) => {
    const got = byUnit.get(unit);
    const mine = progress.filter(
      (r) => r.period === period && r.source === PROGRESS_SOURCES.returned && r.unit === unit,
    );
    // A unit that reported in an earlier collect of the period: its latest 报送日期 there.
    const before = mine.reduce<string | null>(
      (d, r) => (r.reportedOn && (!d || r.reportedOn > d) ? r.reportedOn : d),
      null,
    );
    const fromThis = got && got.landed > 0;
    return {
      unit,
      lead,
      co,
      file: got?.form.file ?? null,
      receivedAt: got?.form.receivedAt ?? null,
      reportedOn: fromThis || !before ? (got ? datedOf(got.form).on : null) : before,
      dateFrom: fromThis || !before ? (got ? datedOf(got.form).from : null) : null,
      landed: got?.landed ?? 0,
      refused: (got?.refused ?? 0) + (superseded.get(unit) ?? 0),
      reported: mine.length,
    };
  });
  const sum = (n: (f: CollectFinding) => boolean) => findings.filter(n).reduce((s, f) => s + f.entries, 0);
  return {
    period,
    progress,
    added: added.map(clean),
    updates,
    units: unitRows,
    // Reported means the period's 报送 rows of the unit in Progress, the one rule `report` reads back (a return
    // left empty, or whose every cell was refused, is 未报送 in both unless the unit reported earlier).
    missing: unitRows.filter((u) => !hasReported(u)),
    findings,
    landed: [...byUnit.values()].reduce((s, u) => s + u.landed, 0),
    refused: sum((f) => f.entries > 0 && f.code !== "replaced" && f.code !== "leads-disagree"),
  };
}

/** A landed row as Progress keeps it. */
function clean({ role: _role, file: _file, statusCell: _cell, ...row }: Landed): ProgressRow {
  return row;
}
