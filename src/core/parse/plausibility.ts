/**
 * How much of a document (or of a region of it) a reading accounts for, so that two readings of the same
 * lines can be compared: a task is sound when it names units and every one of them looks like a unit
 * (vocabulary.ts's suffixes and groups, `isUnitLike`); a task without units, a task whose "units" are not
 * unit-like and a unit line left without a task are not accounted for.
 */

import type { Task } from "../types";
import { isUnitLike } from "./unitLike";
import { fold } from "../text/fold";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "./vocabulary";

/** What a reading accounts for: its tasks, the sound ones, and what it leaves unaccounted. */
export interface Account {
  readonly tasks: number;
  /** Tasks with units, every one unit-like. */
  readonly sound: number;
  /** Tasks without units or with a name that is no unit, and unit lines that ended in no task. */
  readonly unsound: number;
}

/**
 * True when the task has words and names at least one unit, and every name it gives as a unit looks like
 * one, without a table's debris in it (a cell border, a label's colon) or a label's words (责任单位为…).
 * @example isSoundTask({ text: "新建停车场", leads: ["区住建局"], coUnits: [] }) && !isSoundTask({ text: "新建停车场", leads: ["|区住建局"], coUnits: [] })
 */
export function isSoundTask(task: Pick<Task, "text" | "leads" | "coUnits">): boolean {
  const units = [...task.leads, ...task.coUnits];
  const clean = (u: string): boolean => isUnitLike(u) && !DEBRIS.test(u) && !LABELLED.test(fold(u));
  return task.text.trim() !== "" && units.length > 0 && units.every(clean);
}

// Characters no unit's name holds: a table's cell border, a label's colon.
const DEBRIS = /[|\uff5c:\uff1a]/;
// A units label with its verb kept in the name (责任单位为县住建局): the sentence was not read.
const LABELLED = new RegExp(`^(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})(?:为|是)`);

/** The account of a reading's tasks; `strays` unit lines it left without a task count against it. */
export function account(tasks: readonly Pick<Task, "text" | "leads" | "coUnits">[], strays = 0): Account {
  const sound = tasks.filter(isSoundTask).length;
  return { tasks: tasks.length, sound, unsound: tasks.length - sound + strays };
}

/** True when a reading leaves more unaccounted than it accounts for (or accounts for nothing). */
export function isPoor(a: Account): boolean {
  return a.sound === 0 || a.unsound > a.sound;
}

// A reading needs at least this many sound tasks to replace another.
const MIN_SOUND = 2;

/**
 * True when `candidate` accounts for clearly more of the same lines than `current`: it is not poor itself,
 * has more sound tasks, and `current` is poor or ran them all together into one task (at least three rows).
 */
export function accountsForMore(candidate: Account, current: Account): boolean {
  if (candidate.sound < MIN_SOUND || isPoor(candidate) || candidate.sound <= current.sound) return false;
  return isPoor(current) || (current.tasks === 1 && candidate.sound >= 3);
}
