/**
 * The last stage: the outline's tasks (tasks.ts), checked against the generic readers region by region
 * (fallback/), with the notice's own information (headerInfo.ts) and every finding, in line order.
 */

import type { DocumentPart, ParseIssue, ParsedDocument } from "../types";
import type { SourceLine } from "../text/lines";
import { readNumbering } from "./numbering";
import { finish } from "./tasks";
import { applyCommaConvention, isCommaConvention } from "./commaConvention";
import { dropCutUnit } from "./cutName";
import { personsShown } from "./personsShown";
import { reportCutEnd } from "./cutEnd";
import { guardTasks } from "./guardTasks";
import { leadModifiedLists } from "./modifiedListLead";
import { readHeaderInfo } from "./headerInfo";
import { readGenerically } from "./fallback";
import { chooseRegions } from "./fallback/regions";
import { gluedProjectHeader } from "./fallback/gluedProjects";
import { GLUED_HEADER_UNNUMBERED } from "./vocabulary";
import type { Body } from "./body";

/** The parsed document from the body's outline; `encoding` is the file's (utf-8 for pasted text). */
export function assemble(
  lines: readonly SourceLine[],
  { outline, firstTitle, bodyStart }: Body,
  encoding: string | undefined,
): ParsedDocument {
  // 逗号前为牵头单位, in the notice, a bracket or a note: the document's lists of units read by its own rule, above
  // the sentence too.
  if (lines.some((l) => isCommaConvention(l.folded))) applyCommaConvention(outline.parts.map((p) => p.root));
  const finished = finish(outline);
  // Numbered items without a single unit anywhere are not a breakdown (a news article, a plan): no tasks.
  const noUnits = finished.tasks.every((t) => t.leads.length + t.coUnits.length === 0);
  // Nothing read by the main stages: the generic last-resort reader (fallback/), flagged for the clerk.
  const generic = noUnits || finished.tasks.length === 0 ? readGenerically(lines) : null;
  // Otherwise each table or run of items another reader accounts for better (plausibility.ts) is read by
  // it, a table the main stages did not read at all as its own part (fallback/regions.ts).
  const chosen = generic
    ? null
    : chooseRegions(lines, {
        tasks: noUnits ? [] : finished.tasks,
        issues: [
          ...outline.issues,
          ...(noUnits ? finished.issues.filter((i) => i.code !== "task-no-units") : finished.issues),
        ],
        parts: outline.parts.map((p) => ({ index: p.index, title: p.title, line: p.line })),
      });
  const treeIssues = chosen ? [...chosen.issues] : [];
  // A text that ends inside a unit name: the partial name is reported, not read as a unit.
  const cutIssues: ParseIssue[] = generic ? [] : treeIssues;
  // Every reader's unit names through one guard (a label, a person, a duty phrase glued into a name).
  const guarded = guardTasks(generic ? generic.tasks : (chosen?.tasks ?? []), cutIssues, personsShown(lines));
  const kept = dropCutUnit(guarded, cutIssues, lines);
  // When the name the page breaks off in was the only unit of the text (…(牵头单位:市发), no task is given to
  // any unit whole: not a breakdown, as a text with no units at all.
  const unitless = (t: { leads: readonly string[]; coUnits: readonly string[] }) =>
    t.leads.length + t.coUnits.length === 0;
  // A document whose only labels are 相关责任单位 (no lead named anywhere): each list's first unit leads.
  const tasks = kept.every(unitless) && !guarded.every(unitless) ? [] : leadModifiedLists(kept, lines);
  // Without a breakdown title, the notice is what comes before the first section or task.
  const headerEnd =
    firstTitle >= 0 ? bodyStart : lines.filter((l) => l.no < (finished.firstContentLine ?? 0)).length;
  // A signature sits below the last task and the last unit line.
  const lastContent = tasks.reduce((last, t) => Math.max(last, t.line), outline.lastUnitLine);
  const headerInfo = readHeaderInfo(
    lines,
    headerEnd,
    lines.slice(headerEnd).filter((l) => l.no > lastContent),
  );
  const parts: DocumentPart[] = chosen
    ? [...chosen.parts]
    : outline.parts.map((p) => ({ index: p.index, title: p.title, line: p.line }));
  const issues: ParseIssue[] = generic
    ? [
        {
          code: "layout-generic",
          severity: "warning",
          line: generic.line,
          params: { reader: generic.reader, count: generic.tasks.length },
        },
        ...(generic.issues ?? []),
        ...cutIssues,
      ]
    : treeIssues;
  // Co-units without a lead (an empty 牵头单位 cell): never guessed, said here as validate will say it.
  for (const t of tasks)
    if (t.leads.length === 0 && t.coUnits.length > 0)
      issues.push({
        code: "task-no-lead",
        severity: "warning",
        line: t.line,
        params: { id: t.id, units: [...t.coUnits] },
      });
  // A text cut on a line whose words no reader kept: said at that line (cutEnd.ts).
  reportCutEnd(lines, tasks, issues, [
    headerInfo.title,
    headerInfo.issuer,
    headerInfo.date,
    ...parts.map((p) => p.title),
  ]);
  if (tasks.length === 0) {
    // A table whose cell borders were lost (序号项目名称主要内容…牵头单位 run together): say so, at its header.
    const glued = lines.find(
      (l) =>
        GLUED_HEADER.test(l.folded.replace(/\s+/g, "")) ||
        GLUED_HEADER_UNNUMBERED.test(l.folded.replace(/\s+/g, "")) ||
        gluedProjectHeader(l.text) !== null,
    );
    const reason = glued ? "cells-glued" : noTaskReason(lines);
    issues.push({ code: "no-tasks", severity: "error", line: glued?.no ?? null, params: { reason } });
  }
  issues.sort((a, b) => (a.line ?? -1) - (b.line ?? -1));

  return {
    document: {
      title: headerInfo.title ?? parts[0]?.title ?? null,
      issuer: headerInfo.issuer,
      date: headerInfo.date,
      recipients: headerInfo.recipients,
      roleConvention: headerInfo.convention ?? outline.convention,
      parts,
      encoding: encoding ?? "utf-8",
    },
    tasks,
    issues,
  };
}

// A header row whose cells run together: 序号, a task column (重点督办内容 …), a units column, nothing between.
const GLUED_HEADER =
  /序号(?:(?:项目名称|工作任务|重点工作|主要内容|目标任务|工作内容|任务内容|重点任务|民生实事){1,3}|[\u4e00-\u9fff]{0,6}(?:内容|任务|事项|目标|措施)).{0,12}?(?:牵头单位|责任单位|主要责任单位|配合单位|牵头部门|责任部门)/;
/** Why no task was found, for the `no-tasks` finding: empty, no numbered items, or no units anywhere. */
function noTaskReason(lines: readonly SourceLine[]): "empty" | "no-numbering" | "no-units" {
  const filled = lines.filter((l) => l.text !== "");
  if (filled.length === 0) return "empty";
  if (!filled.some((l) => readNumbering(l.folded))) return "no-numbering";
  return "no-units";
}
