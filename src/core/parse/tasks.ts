/** The outline → tasks: which items are tasks, their ids, their roles resolved and inherited from headings, and findings about them. */

import type { ParseIssue, Task } from "../types";
import { fold, openDepth } from "../text/fold";
import { type Person } from "./leader";
import { emptyRoles, resolveRoles, type Roles } from "./roles";
import { fillSameAsAbove } from "./resolve";
import { assistedRoles } from "./assistedLead";
import { isCollective } from "./splitUnits";
import { isUnitLike } from "./unitLike";
import type { Node } from "./node";
import { takeInlineUnits, hasOwnUnits, hasOwnLead, isBareNote, headingLead } from "./node";
import { excerpt, type Outline } from "./outline";
import { numberChild } from "./ids";
import {
  dropNoticeParagraphs,
  isCutTail,
  lastNode,
  mergeLoneParagraph,
  mergeSubPoints,
  splitCutItem,
  splitCutTail,
} from "./treeShape";
import { frameSections } from "./frameSections";
import { mergeFieldParagraphs } from "./fieldParagraphs";
import { markRestarts, runsIntoTasks } from "./numberingRuns";
import { itemsLeadThemselves, shareRunUnits } from "./sharedUnitLine";
import { officeHeading } from "./officeHeading";

/** The lead a heading hands down — none from an office's name over items that name their own (a project's name). */
const officeLead = (node: Node): Roles[] | null =>
  officeHeading(node.text) !== null && itemsLeadThemselves(node) ? null : headingLead(node);

/** Decides which nodes are tasks, numbers them and checks the numbering. */
export function finish(outline: Outline): {
  tasks: Task[];
  issues: ParseIssue[];
  firstContentLine: number | null;
} {
  const tasks: Task[] = [];
  const issues: ParseIssue[] = [];
  let firstContentLine: number | null = null;
  // Documents name the same units over and over: each is judged once.
  const unitLike = new Map<string, boolean>();
  // The leaders named with others, each reported once, with the tasks they stand over.
  // The ids grow in place: copying them for every task under a heading of many would be quadratic in its size.
  const multiple = new Map<Person, { params: Record<string, string | readonly string[]>; ids: string[] }>();
  for (const part of outline.parts) {
    // The units of the task read last, for a label that says 同上.
    let above: { leads: string[]; coUnits: string[] } | null = null;
    // The units of a bracket that said 下同 (A、B,下同): every later task of the part that names none takes them.
    let below: { leads: string[]; coUnits: string[] } | null = null;
    const notice = dropNoticeParagraphs(part.root);
    // A paragraph read as the notice's words whose numbering runs on into a section of tasks ((二)… then (三) with
    // tasks under it) may be a task whose roles were not read: the clerk is told where.
    for (const n of runsIntoTasks(part.root.children, notice))
      issues.push({ code: "text-unattached", severity: "warning", line: n.line, params: { text: n.text } });
    mergeFieldParagraphs(part.root);
    mergeSubPoints(part.root);
    shareRunUnits(part.root);
    const last = splitCutItem(splitCutTail(lastNode(part.root)));
    mergeLoneParagraph(part.root, last);
    // The notice's paragraphs and the plan's frame sections keep their numbers, but are no tasks.
    const skipped = new Set([...notice, ...frameSections(part.root)]);
    firstContentLine ??= part.root.children.find((c) => !notice.has(c))?.line ?? null;
    const used = new Map<string, number>();
    // Short unnumbered lines after which the numbering starts again (sections whose headings have no number).
    const restartHeadings = new Set<Node>();
    const restartOf = new Map<Node, string>();
    const lastAtDepth = new Map<string, number>();
    const visit = (node: Node, depth: number, inherited: Roles[] | null, leader: Person | null): void => {
      // A heading naming the lead of its tasks, or handing its roles down (a body's duties heading): its
      // unnumbered paragraphs are tasks.
      const leadHeading = inherited !== null && (node.handsDown || officeLead(node) !== null);
      let prev: Node | null = null;
      for (const child of node.children) {
        takeInlineUnits(child);
        if (isBareNote(child)) continue;
        child.path = numberChild(node, child, prev, depth, lastAtDepth, issues);
        if (child.style !== null) prev = child;
        else if (child.path) prev = child;
      }
      markRestarts(node, restartHeadings, restartOf);
      // How many children are sub-rows naming units of their own: counted once, not again for every child.
      let unitRows: number | null = null;
      const countUnitRows = (): number => (unitRows ??= node.children.filter(unitSubRow).length);
      for (const child of node.children) {
        if (isBareNote(child) || skipped.has(child) || restartHeadings.has(child)) continue;
        const own = hasOwnUnits(child);
        const childLeader = child.leader ?? leader;
        if (child.children.length > 0) {
          // A leader's section heading never hands units down: a unit line right under it follows no task
          // (the task line above it is missing).
          const handsDown = own && (!child.heading || child.handsDown);
          const passOn = handsDown ? child.roles : (officeLead(child) ?? inherited);
          visit(child, depth + 1, passOn, childLeader);
          // Units of a heading that no child took over: a task of its own, or (for a leader's section
          // heading) units that follow no task.
          const taken =
            child.handsDown ||
            (own && !child.heading && child.children.some((c) => c.children.length === 0 && !hasOwnLead(c)));
          if (own && !taken) {
            if (child.heading) {
              for (const line of child.unitLines) {
                const units = resolveRoles(child.roles);
                issues.push({
                  code: "units-without-task",
                  severity: "error",
                  line,
                  params: { text: child.text, units: [...units.leads, ...units.coUnits] },
                });
              }
            } else {
              emit(child, childLeader, child.roles, false);
            }
          }
          continue;
        }
        if (child.heading) continue;
        // Unnumbered text is a task only with units: its own, or those of a heading that names its lead — or a
        // table's sub-row of a numbered row whose other sub-rows name theirs (7 | A - - | B 卫健委): a row left
        // without units, never guessed (its task-no-units error says what to check).
        if (
          child.style === null &&
          !own &&
          !child.leader &&
          !leadHeading &&
          !isCutTail(child, last) &&
          !subRowBesideUnits(node, child, countUnitRows)
        ) {
          if (child.text) {
            issues.push({
              code: "text-unattached",
              severity: "warning",
              line: child.line,
              params: { text: child.text },
            });
          }
          continue;
        }
        // A child without a lead of its own takes its heading's units (the heading's lead, its own co-units).
        if (inherited && !hasOwnLead(child)) {
          // The heading's lead; its co-units too unless the child names co-units of its own.
          const base = resolveRoles(inherited);
          const fromHeading: Roles = {
            ...emptyRoles(),
            leads: base.leads,
            coUnits: own ? [] : base.coUnits,
            matched: true,
          };
          emit(child, childLeader, [fromHeading, ...child.roles], true);
        } else {
          emit(child, childLeader, child.roles, false);
        }
      }
    };
    const emit = (node: Node, leader: Person | null, roles: Roles[], inheritedUnits: boolean): void => {
      let id = (node.path ?? []).join(".");
      if (used.has(id)) {
        const k = (used.get(id) ?? 1) + 1;
        used.set(id, k);
        const renamed = `${id}-${k}`;
        let r: Node | null = node;
        while (r && !restartOf.has(r)) r = r.parent;
        const heading = r ? restartOf.get(r) : undefined;
        issues.push(
          heading === undefined
            ? { code: "number-duplicated", severity: "warning", line: node.line, params: { id, renamed } }
            : {
                code: "number-restarted",
                severity: "warning",
                line: node.line,
                params: { id, renamed, heading },
              },
        );
        id = renamed;
      } else {
        used.set(id, 1);
      }
      const fullId = part.index > 1 ? `${part.index}:${id}` : id;
      let { leads, coUnits } = resolveRoles(fillSameAsAbove(assistedRoles(node.text, roles), above));
      const fromBelow = below !== null && leads.length + coUnits.length === 0;
      if (roles.some((r) => r.sameBelow)) below = { leads, coUnits };
      else if (below && fromBelow) ({ leads, coUnits } = below);
      above = { leads, coUnits };
      if (inheritedUnits || fromBelow) {
        issues.push({ code: "units-inherited", severity: "info", line: node.line, params: { id: fullId } });
      }
      for (const { column, value } of node.fromAbove) {
        issues.push({
          code: "cell-from-above",
          severity: "info",
          line: node.line,
          params: { id: fullId, column, value },
        });
      }
      for (const target of node.unreadTargets) {
        // A target cell kept in the text that 量化指标 will not list: a figure in it (a warning) or words only.
        issues.push({
          code: "target-unread",
          severity: /\d/.test(fold(target)) ? "warning" : "info",
          line: node.line,
          params: { id: fullId, target },
        });
      }
      for (const unit of [...leads, ...coUnits]) {
        // 自 (a line cut short), a phrase glued to a name: say so rather than make it a unit silently.
        if (!unitLike.has(unit)) unitLike.set(unit, isUnitLike(unit));
        if (!unitLike.get(unit)) {
          issues.push({
            code: "unit-unusual",
            severity: "warning",
            line: node.unitLines[0] ?? node.line,
            params: { id: fullId, unit },
          });
        }
      }
      if (leads.length + coUnits.length === 0) {
        issues.push({
          code: "task-no-units",
          severity: "error",
          line: node.line,
          params: node.emptyBelowFilled ? { id: fullId, cell: "empty-below-filled" } : { id: fullId },
        });
      }
      if (node.bracketCut || openDepth(fold(node.text)) > 0) {
        issues.push({
          code: "bracket-unclosed",
          severity: "warning",
          line: node.line,
          params: { id: fullId, text: excerpt(node.text) },
        });
      }
      if (node.style === null) {
        issues.push({
          code: "task-unnumbered",
          severity: "warning",
          line: node.line,
          params: { id: fullId },
        });
      }
      if (leader && leader.others.length > 0) {
        // A heading's leaders stand over every task under it: one finding, naming the tasks (ids) when several.
        const said = multiple.get(leader);
        if (said && node.leader !== leader) {
          said.ids.push(fullId);
          said.params.ids = said.ids;
        } else {
          const params: Record<string, string | readonly string[]> = {
            id: fullId,
            leader: leader.name ?? leader.title ?? "",
            others: leader.others,
          };
          multiple.set(leader, { params, ids: [fullId] });
          issues.push({
            code: "leader-multiple",
            severity: "warning",
            line: leaderLine(node, leader),
            params,
          });
        }
      }
      tasks.push({
        id: fullId,
        part: part.index,
        leader: leader?.name ?? null,
        leaderTitle: leader?.title ?? null,
        text: node.text,
        leads,
        coUnits,
        collectives: [...leads, ...coUnits].filter(isCollective),
        deadline: node.deadline,
        line: node.line,
      });
    };
    visit(part.root, 0, null, null);
  }
  tasks.sort((a, b) => a.line - b.line);
  return { tasks, issues, firstContentLine };
}

/** A table row: its cells read (its roles matched). */
const tableRow = (n: Node): boolean => n.roles.some((r) => r.matched);

/** An unnumbered table row naming units of its own: a sub-row of the numbered row above it. */
const unitSubRow = (c: Node): boolean => c.style === null && tableRow(c) && hasOwnUnits(c);

/**
 * A table row (its cells read, its units empty) among the sub-rows of a numbered row, another of which names
 * units (`unitRows`: how many of the row's children are such sub-rows).
 */
function subRowBesideUnits(row: Node, child: Node, unitRows: () => number): boolean {
  return row.style !== null && tableRow(child) && unitRows() > (unitSubRow(child) ? 1 : 0);
}

/** The line naming `leader`: the task's own, or that of the heading above it whose leader it is. */
function leaderLine(node: Node, leader: Person): number {
  let owner: Node | null = node;
  while (owner && owner.leader !== leader) owner = owner.parent;
  return owner ? owner.leaderLine || owner.line : node.line;
}
