/**
 * A report on how raised problems or proposals were handled, one paragraph or sentence each, opening with the problem
 * and naming the unit that handles it as the next clause's subject: `针对关于《加强外卖食品安全监管》等提案,市市场监管局
 * 联合市检察院、市公安局对网络餐饮配送单位加强监管,…` / `针对日照高新区高新四路附近的断头路问题,日照高新区已就拆迁补偿
 * 问题与相关企业达成一致,…承诺两个月内打通断头路。` — each is a task led by the subject (all its names, handling it
 * together: 峨眉山市委、市政府以…), the bodies it
 * works with (联合 / 会同 / 协调 B、C) its co-units; the words run from 针对 to the paragraph's end or the next problem.
 * Believed only when two or more problems in the page are so handed to a named unit: a lone `针对…问题,` is a report's
 * turn of phrase. Not read: a clause whose subject is no named unit (当地, 我们, 有关部门 alone).
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { emptyRoles } from "../roles";
import { rolesTask, type ProseTask } from "./proseItems";
import { namedFirst, namesBefore } from "./demandParts";
import { PROBLEM_OPENER, PROBLEM_SUBJECT_NEXT, PROBLEM_WITH, PROBLEM_WITH_END } from "../vocabulary";

const MIN_PROBLEMS = 2;

/** The units handling a problem sentence (lead first, then the ones it works with); null when it names none. */
function handlers(sentence: string): { leads: string[]; co: string[] } | null {
  const opener = PROBLEM_OPENER.exec(fold(sentence));
  if (!opener) return null;
  const rest = sentence.slice(opener[0].length);
  const subject = namesBefore(rest, PROBLEM_SUBJECT_NEXT);
  if (!subject || !namedFirst(subject.units)) return null;
  const after = rest.slice(subject.length);
  const withWord = PROBLEM_WITH.exec(fold(after));
  const partners = withWord ? namesBefore(after.slice(withWord[0].length), PROBLEM_WITH_END) : null;
  // The units named together as the subject handled it together: all lead (峨眉山市委、市政府以…推动…).
  return { leads: subject.units, co: partners?.units ?? [] };
}

/**
 * Reads each problem or proposal handed to a named unit as a task it leads.
 * @example readAddressedProblems(lines("针对甲路积水的问题,市城管局已完成改造。\n针对乙路断头的问题,市住建局承诺年内打通。"))
 *   .map((t) => t.leads) → [["市城管局"], ["市住建局"]]
 */
export function readAddressedProblems(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    if (!line.folded.includes("针对") && !line.folded.includes("围绕")) continue;
    let at = 0;
    let open: ProseTask | null = null;
    for (const piece of splitTopLevel(line.folded, "。")) {
      const sentence = line.text.slice(at, at + piece.length + 1);
      at += piece.length + 1;
      const found = handlers(sentence.trim());
      if (found) {
        const roles = emptyRoles();
        roles.leads.push(...found.leads);
        roles.coUnits.push(...found.co);
        roles.matched = true;
        const span = { line: line.no, end: line.no, deadline: null };
        open = rolesTask(String(out.length + 1), sentence.trim(), [roles], span);
        out.push(open);
      } else if (open && !PROBLEM_OPENER.test(fold(sentence.trim()))) {
        // The sentences after it, to the paragraph's end, are its words.
        const last = out.length - 1;
        out[last] = {
          ...(out[last] as ProseTask),
          text: `${(out[last] as ProseTask).text}${sentence.trim()}`,
        };
      } else open = null;
    }
  }
  return out.length >= MIN_PROBLEMS ? out : [];
}
