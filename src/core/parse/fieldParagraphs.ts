/**
 * A project's heading over numbered paragraphs that each open with a field's name as a sentence of its own
 * ((一)城东停车场项目 / 1.目标任务。新建…。 / 2.进度安排。3月开工…。(牵头单位:A)): the paragraphs are the project's
 * fields, numbered again from 1 under each heading, not tasks — the heading is the task, their words its words, and
 * the units that close the last field its units.
 */

import { pushAll } from "./arrays";
import { fold } from "../text/fold";
import type { Node } from "./node";
import { hasOwnUnits } from "./node";
import { DEADLINE_LABEL, OTHER_LABEL, RECORD_DETAIL_LABEL, RECORD_TASK_LABEL_WEAK } from "./vocabulary";

/** A field's name alone as the paragraph's first sentence (目标任务。 进度安排。 建设内容。), and the name. */
const FIELD_SENTENCE = new RegExp(
  `^\\s*(${OTHER_LABEL}|${DEADLINE_LABEL}|${RECORD_DETAIL_LABEL}|${RECORD_TASK_LABEL_WEAK})\\s*[。.]`,
);

/** The field a paragraph's first sentence names, or null. */
const fieldName = (node: Node): string | null => FIELD_SENTENCE.exec(fold(node.text))?.[1] ?? null;

/**
 * Merges, under every node, numbered children that are the node's fields into it: numbered 1, 2 … in one style, two
 * or more, each opening with a different field's name and holding nothing under it, units (if any) only in the last.
 */
export function mergeFieldParagraphs(node: Node): void {
  for (const child of node.children) mergeFieldParagraphs(child);
  const fields = node.children;
  if (node.style === null || node.heading || fields.length < 2 || hasOwnUnits(node)) return;
  const style = fields[0]?.style ?? null;
  if (style === null) return;
  const names = fields.map(fieldName);
  const ok = fields.every(
    (c, k) => c.style === style && c.n === k + 1 && c.children.length === 0 && !c.leader,
  );
  if (!ok || names.some((n) => n === null) || new Set(names).size < names.length) return;
  if (fields.slice(0, -1).some(hasOwnUnits)) return;
  // Kept as a record's fields are (城东片区改造;建设内容:拆迁安置房500套, recordShapes.ts).
  node.text += fields
    .map((c) => `;${c.text.replace(/^\s*(\S+?)\s*[。.．]/, "$1:").replace(/[。;；]\s*$/, "")}`)
    .join("");
  for (const c of fields) {
    pushAll(node.roles, c.roles);
    pushAll(node.unitLines, c.unitLines);
    node.deadline ??= c.deadline;
  }
  node.children = [];
}
