/** What one line, bracket or table row says about who does a task: the record every role reader fills. */

import type { Person } from "./leader";

/** What one unit line, bracket or table row says about a task. */
export interface Roles {
  leads: string[];
  /** Units listed without a role: the first leads unless a lead is named elsewhere. */
  listed: string[];
  coUnits: string[];
  deadline: string | null;
  leader: Person | null;
  /** True when the text named any role, unit, leader or deadline. */
  matched: boolean;
  /** Pieces that were not understood (kept so that nothing the document says is lost). */
  rest: string[];
  /** Persons in charge named beside the units (县住建局(张三), (责任人:张某)): kept with the task's text, never units. */
  persons?: string[];
  /** Labels whose value is 同上 (配合单位:同上): the task above's units of that role, filled in by the tasks stage. */
  sameAsAbove?: Array<"lead" | "co" | "list">;
  /** A bracket that ends in 下同 (A、B,下同): its units go to the later tasks that name none (tasks.ts). */
  sameBelow?: true;
  /** Units under a joint label (共同责任单位): co-units beside a named lead, else all lead (resolve.ts). */
  joint?: string[];
  /**
   * How many of `listed` stood before the list's first comma (A、B,C → 2; all of them when none): where the document
   * says 逗号前为牵头单位, those lead (commaConvention.ts).
   */
  firstGroup?: number;
}

/** An empty result to fill. */
export function emptyRoles(): Roles {
  return { leads: [], listed: [], coUnits: [], deadline: null, leader: null, matched: false, rest: [] };
}
