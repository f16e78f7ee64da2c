/**
 * 汇总各单位报送: the returned forms of a period merged into the Progress table. Every filled cell either lands
 * (a 报送 row per task and unit) or is named in a finding with its reason; the lead units' words set the
 * current state of their tasks; units that returned nothing are listed for 催办.
 */

import type { LedgerModel, LedgerTask } from "../ledger/types";
import { deriveAssignments } from "../workbook/assignments";
import { PROGRESS_SOURCES, type ProgressRow } from "../year/progress";
import type { CollectFinding, CollectResult, ReturnRead, ReturnRowRead, UnitReturn } from "./collectTypes";
import { acceptedForms, datedOf, filled, type Form } from "./collectForms";
import { locate, textChange } from "./collectLocate";
import { lockedTyped, sentAlike, updatesOf, type Landed } from "./collectState";
import { reportingUnits } from "./dispatch";
import { fingerprint } from "./fingerprint";

export { periodOfReturns } from "./collectForms";

const FIELD_OF: Readonly<Record<string, keyof ProgressRow>> = {
  完成状态: "status",
  进展情况: "progress",
  存在问题: "problems",
  下步计划: "nextSteps",
};

/** The rows of one form that land, and findings for those that do not. */
function formRows(
  model: LedgerModel,
  form: Form,
  period: string,
  history: readonly ProgressRow[],
  alike: ReadonlySet<string>,
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
    lockedTyped(model, form, r, meta, history, alike, findings, () => refused++);
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
  // What the older forms' read-only cells went out with, as several of them show it.
  const alike = sentAlike(forms);
  for (const form of forms) {
    const { rows, landed, refused } = formRows(model, form, period, existing, alike, findings);
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
