/**
 * A named office given work in a speech a news report retells: `会议指出,…;市发改委要发挥牵头作用,拉出任务清单,列出推进
 * 计划…` / `李某指出,领导小组办公室要发挥好统筹协调作用,组织好…交流活动` / `张某强调,…是重要民生项目,镇人大要把该项目作为
 * 重点监督项目之一,跟踪施工进度…` / `市经信局、市发改委作为…牵头责任单位,要紧盯重点工作…` — a clause whose subject is a
 * named office (not a group) and 要, in a paragraph that retells what a leader or a meeting said (指出, 强调, 要求), is a
 * task led by it, one alone enough — its demand's verb 要 or a stronger one (一定要, 务必要, 必须), or a duty (市住建局负责…),
 * its role or standing perhaps set apart before 要 (A作为牵头部门,要… / A是全市发展的排头兵,要…), its work dated or not (市住建局要在8月底完成老旧小区改造: the speech gives it the
 * work as much as 市住建局要梳理项目清单 does). Not read: a unit's sentence outside any speech (a report's fact, however
 * dated), a group (各县市区各部门要…), an office that checks the work (督查室要跟踪问效,
 * a notice's closing), and bare exhortations with no work item (市住建局要加强领导,压实责任 / 主动作为,做好服务). The units a
 * speech asks (要求A…, 请A…: askedDemand.ts) or names as lead and helpers (由A牵头,B配合,…: ledDemand.ts) are read in
 * the same speeches.
 */

import type { SourceLine } from "../../text/lines";
import { fold, splitTopLevel } from "../../text/fold";
import { emptyRoles } from "../roles";
import { subjectDuty } from "../subjectDuty";
import { rolesTask, type ProseTask } from "./proseItems";
import { SPEECH_VERB } from "../dutyWords";
import {
  DEMAND_APPOSITION,
  DEMAND_MODAL,
  NAMED_DUTY,
  NEXT_STEP,
  NEXT_STEP_WILL,
  SPEECH_FRAME,
} from "../vocabulary";
import { namedFirst, workItem } from "./demandParts";
import { ASKED, askedAt } from "./askedDemand";
import { ledAt } from "./ledDemand";
import { itemProse } from "./itemProse";

// How many comma pieces of a clause may stand before its subject, and how far past it the work is read.
const MAX_PIECES = 4;
const MAX_WINDOW = 200;

/** A named unit's demand in a clause: its units, where its words start, and whether all lead; null when none. */
export interface Demand {
  readonly units: string[];
  readonly at: number;
  readonly allLead: boolean;
  /** Units named as helping (由A牵头,B配合): co-units. */
  readonly co?: string[];
}

/** The named offices a clause opens with as the subject of 要 or a duty (perhaps after a comma), and where; null otherwise. */
function demandAt(clause: string): Demand | null {
  const f = fold(clause);
  // A next step's 将 (下一步,X将…) is its demand's verb.
  const next = NEXT_STEP.test(f);
  let at = 0;
  // The subject stands within the clause's first pieces (after the speaker and a framing clause, or the speech's colon):
  // linear in the text.
  for (const piece of splitTopLevel(f, ",:").slice(0, MAX_PIECES)) {
    // The stronger forms of 要 read as 要, for the subject only (the task keeps the clause as written).
    const window = clause.slice(at, at + MAX_WINDOW).replace(DEMAND_MODAL, "要");
    const here = next ? window.replace(NEXT_STEP_WILL, "要") : window;
    const apposition = DEMAND_APPOSITION.exec(fold(here));
    const text = apposition
      ? `${here.slice(0, (apposition[1] as string).length)}${here.slice(apposition[0].length)}`
      : here;
    const s = subjectDuty(text);
    const after = s ? fold(text).slice(joinedLength(s.units, text)) : "";
    if (s && s.at === 0 && s.separator === "" && NAMED_DUTY.test(after)) {
      if (!namedFirst(s.units)) return null;
      // Their role set apart as 牵头 (A、B作为…牵头责任单位,要…): all lead.
      const allLead = apposition !== null && /牵头/.test(apposition[0]);
      const words = after.slice((NAMED_DUTY.exec(after) as RegExpExecArray)[0].length);
      return workItem(words) ? { units: [...s.units], at, allLead } : null;
    }
    at += piece.length + 1;
  }
  return null;
}

/** How long the names are in the text (the units joined as written, up to the verb). */
function joinedLength(units: readonly string[], text: string): number {
  const last = units[units.length - 1] as string;
  return text.indexOf(last) + last.length;
}

/**
 * Reads each clause of a retold speech whose subject is a named office and 要 with a work item as a task it leads.
 * @example readNamedDemands(lines("会议指出,市发改委要拉出任务清单,列出推进计划。")).map((t) => t.leads) → [["市发改委"]]
 */
export function readNamedDemands(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    const prose = line.text === "" ? null : itemProse(line);
    if (!prose) continue;
    const speech =
      SPEECH_VERB.exec(prose.folded) ?? ASKED.exec(prose.folded) ?? SPEECH_FRAME.exec(prose.folded);
    // A clause of a report's next step (下一步,X将…) is its own frame, in a speech or not.
    if (!speech && !prose.folded.includes("下")) continue;
    let at = 0;
    for (const piece of splitTopLevel(prose.folded, ";。")) {
      const clause = prose.text.slice(at, at + piece.length + 1);
      const start = at;
      at += piece.length + 1;
      const next = NEXT_STEP.test(piece);
      if (!next && (!speech || start + piece.length < speech.index)) continue;
      // In a numbered item's paragraph only a next step's clause is a unit's own work (a notice's requirement item
      // gives its 要 to the whole: 三、坚持跟踪问效。市财政局要指导各地… is no share of a breakdown).
      if (!next && prose.from > 0) continue;
      const demand = demandAt(clause) ?? (speech ? (ledAt(clause) ?? askedAt(clause)) : null);
      if (!demand) continue;
      const roles = emptyRoles();
      (demand.allLead ? roles.leads : roles.listed).push(...demand.units);
      roles.coUnits.push(...(demand.co ?? []));
      roles.matched = true;
      const span = { line: line.no, end: line.no, deadline: null };
      out.push(rolesTask(String(out.length + 1), clause.slice(demand.at).trim(), [roles], span));
    }
  }
  return out;
}
