/**
 * Every task's unit names through the one guard (unitGuard.ts), with the persons the document shows (personsShown.ts),
 * whichever reader read them: what the guard took
 * off a name is kept (a role moves the unit, another unit named joins the task, a deadline becomes the task's
 * when it has none, a person joins the task's words as 责任人, everything is said in a `unit-trimmed` finding at
 * the task's line), and a name that still does not look like a unit is said once (`unit-unusual`).
 */

import type { ParseIssue, Task } from "../types";
import { isCollective } from "./splitUnits";
import { isUnitLike } from "./unitLike";
import { guardUnit } from "./unitGuard";

/**
 * The tasks with their unit names guarded; findings are added to `issues`.
 * @example guardTasks([{ …, leads: ["牵头部门:市政府办"], coUnits: [] }], issues)[0].leads → ["市政府办"]
 */
export function guardTasks(
  tasks: readonly Task[],
  issues: ParseIssue[],
  shown: ReadonlySet<string> = new Set(),
): Task[] {
  const said = new Set(
    issues
      .filter((i) => i.code === "unit-unusual")
      .map((i) => `${String(i.params.id)}\u0000${String(i.params.unit)}`),
  );
  return tasks.map((task) => {
    const leads: string[] = [];
    const coUnits: string[] = [];
    let deadline = task.deadline;
    let changed = false;
    const persons: string[] = [];
    const place = (unit: string, from: "lead" | "co"): void => {
      const g = guardUnit(unit, shown);
      const same =
        g.name === unit &&
        g.words.length === 0 &&
        !g.deadline &&
        !g.role &&
        g.leads.length + g.coUnits.length === 0;
      if (same) {
        (from === "lead" ? leads : coUnits).push(unit);
        return;
      }
      changed = true;
      // X配合Y: Y leads where X was listed as a lead; in a co-units list both help.
      const asLead =
        from === "lead"
          ? g.role !== "co" || g.leads.length === 0
          : g.role === "lead" && task.leads.length === 0;
      if (from === "lead" && g.leads.length > 0) {
        leads.push(...g.leads);
        coUnits.push(g.name);
      } else {
        (asLead ? leads : coUnits).push(g.name);
        coUnits.push(...g.leads);
      }
      coUnits.push(...g.coUnits);
      const words = [...g.words];
      // The person in charge of the unit is kept in the task's words, as the table readers keep theirs.
      if (g.person) persons.push(`${g.name} ${g.person}`);
      if (g.deadline && deadline === null) deadline = g.deadline;
      else if (g.deadline) words.push(g.deadline);
      dropIssue(issues, task.id, unit);
      issues.push({
        code: "unit-trimmed",
        severity: "info",
        line: task.line,
        params: {
          id: task.id,
          unit,
          name: g.name,
          words: [g.person ?? "", ...words].filter(Boolean).join(" "),
        },
      });
    };
    for (const u of task.leads) place(u, "lead");
    for (const u of task.coUnits) place(u, "co");
    const finalLeads = [...new Set(leads)];
    const finalCo = [...new Set(coUnits)].filter((u) => !finalLeads.includes(u));
    for (const unit of [...finalLeads, ...finalCo]) {
      const key = `${task.id}\u0000${unit}`;
      if (isUnitLike(unit) || said.has(key)) continue;
      said.add(key);
      issues.push({
        code: "unit-unusual",
        severity: "warning",
        line: task.line,
        params: { id: task.id, unit },
      });
    }
    if (!changed) return task;
    return {
      ...task,
      leads: finalLeads,
      coUnits: finalCo,
      collectives: [...finalLeads, ...finalCo].filter(isCollective),
      deadline,
      text: persons.length > 0 ? `${task.text}(责任人:${persons.join(";")})` : task.text,
    };
  });
}

/** Drops the `unit-unusual` finding said about a name the guard has cleaned. */
function dropIssue(issues: ParseIssue[], id: string, unit: string): void {
  const at = issues.findIndex(
    (i) => i.code === "unit-unusual" && i.params.id === id && i.params.unit === unit,
  );
  if (at >= 0) issues.splice(at, 1);
}
