/**
 * 汇总各单位报送: the returned forms of a period merged into the Progress table. Every filled cell either lands
 * (a 报送 row per task and unit) or is named in a finding with its reason; the lead units' words set the
 * current state of their tasks; units that returned nothing are listed for 催办.
 */

import type { LedgerModel } from "../ledger/types";
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

/** The rows of one form that land, and findings for those that do not. */
function formRows(
  model: LedgerModel,
  form: Form,
  period: string,
  findings: CollectFinding[],
): { rows: Array<ProgressRow & { readonly role: string }>; landed: number; refused: number } {
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const sent = new Map(form.meta.tasks.map((t) => [t.id, t]));
  const statuses = new Set(model.settings.statuses.map((s) => s.name));
  const unit = form.meta.unit;
  const seen = new Set<string>();
  const rows: Array<ProgressRow & { readonly role: string }> = [];
  let landed = 0;
  let refused = 0;
  const refuse = (code: CollectFinding["code"], r: ReturnRowRead, entries: number, params = {}) => {
    refused += entries;
    findings.push({ code, file: form.file, unit, id: r.id, cell: r.cell, entries, params });
  };
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
    if (!tasks.has(r.id)) {
      refuse("task-gone", r, r.fills.length);
      continue;
    }
    if (r.fills.length === 0) continue;
    const fields: Record<string, string> = {};
    const extra: Record<string, string> = {};
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
      const key = FIELD_OF[c.column];
      if (key) fields[key] = c.value;
      else extra[c.column] = c.value;
      landed++;
    }
    if (Object.keys(fields).length + Object.keys(extra).length === 0) continue;
    rows.push({
      id: r.id,
      period,
      unit,
      status: fields.status ?? "",
      progress: fields.progress ?? "",
      problems: fields.problems ?? "",
      nextSteps: fields.nextSteps ?? "",
      reportedOn: datedOf(form).on,
      source: PROGRESS_SOURCES.returned,
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      role: meta.role,
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

/** The current state the lead units' rows set: their status when they agree, their progress joined. */
function updatesOf(
  rows: ReadonlyArray<ProgressRow & { readonly role: string }>,
  findings: CollectFinding[],
): CollectResult["updates"] {
  const leads = new Map<string, Array<ProgressRow>>();
  for (const r of rows) if (r.role === "牵头") leads.set(r.id, [...(leads.get(r.id) ?? []), r]);
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
    const texts = list.filter((r) => r.progress !== "");
    const progress =
      texts.length === 1 ? texts[0]?.progress : texts.map((r) => `${r.unit}:${r.progress}`).join("\n");
    return {
      id,
      ...(words.length === 1 ? { status: words[0] } : {}),
      ...(texts.length > 0 ? { progress } : {}),
    };
  });
}

/** Whether a unit reported for the period: a return of it landed at least one filled cell in Progress. */
export function hasReported(u: UnitReturn): boolean {
  return u.file !== null && u.landed > 0;
}

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
  const added: Array<ProgressRow & { readonly role: string }> = [];
  for (const form of forms) {
    const { rows, landed, refused } = formRows(model, form, period, findings);
    byUnit.set(form.meta.unit, { form, landed, refused });
    // A form sent back as it went out (nothing filled) is no report: 未报送, as `report` counts it (from the
    // 报送 rows of Progress, of which it makes none), and on the 催办 list; the file is named so that nobody
    // takes it for lost.
    if (filled(form) === 0 && (form.outside ?? []).length === 0)
      findings.push({
        code: "return-empty",
        file: form.file,
        unit: form.meta.unit,
        id: "",
        cell: "",
        entries: 0,
        params: {},
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
  const updates = updatesOf(added, findings);
  const units = new Set(forms.map((f) => f.meta.unit));
  const replaced = existing.filter(
    (r) => r.period === period && r.source === PROGRESS_SOURCES.returned && units.has(r.unit),
  );
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
  const superseded = new Map<string, number>();
  for (const f of findings)
    if (f.code === "superseded") superseded.set(f.unit, (superseded.get(f.unit) ?? 0) + f.entries);
  const unitRows: UnitReturn[] = reportingUnits(model).map(({ unit, lead, co }) => {
    const got = byUnit.get(unit);
    return {
      unit,
      lead,
      co,
      file: got?.form.file ?? null,
      receivedAt: got?.form.receivedAt ?? null,
      reportedOn: got ? datedOf(got.form).on : null,
      dateFrom: got ? datedOf(got.form).from : null,
      landed: got?.landed ?? 0,
      refused: (got?.refused ?? 0) + (superseded.get(unit) ?? 0),
    };
  });
  const clean: ProgressRow[] = added.map(({ role: _role, ...row }) => row);
  const sum = (n: (f: CollectFinding) => boolean) => findings.filter(n).reduce((s, f) => s + f.entries, 0);
  return {
    period,
    progress: [...existing.filter((r) => !replaced.includes(r)), ...clean],
    added: clean,
    updates,
    units: unitRows,
    // Reported means something landed in Progress, the one rule `report` reads back (a return left empty, or
    // whose every cell was refused, is 未报送 in both).
    missing: unitRows.filter((u) => !hasReported(u)),
    findings,
    landed: [...byUnit.values()].reduce((s, u) => s + u.landed, 0),
    refused: sum((f) => f.code !== "replaced" && f.code !== "leads-disagree"),
  };
}
