/** Numbered items whose roles are written as prose the main stages do not read (see proseRoles.ts). */

import type { SourceLine } from "../../text/lines";
import { readNumbering } from "../numbering";
import { resolveRoles, type Roles } from "../roles";
import type { Person } from "../leader";
import { isCollective } from "../splitUnits";
import { bareUnits, itemRoles, proseSentence } from "./proseRoles";
import type { RowTask } from "./rowTask";
import type { Task } from "../../types";
import { isRankingHeading } from "../problemList";
import { isFieldHeading, subjectRoles } from "./subjectParagraph";
import { CLOSED_END, lastFilled } from "../cutEnd";

/**
 * A task read from prose, with the id its numbering gives (一、 above 1、 → "1.1") and the last line that
 * gave it something (its role line).
 */
export type ProseTask = RowTask & { readonly id: string; readonly end: number };

/** The task of an item read from prose or a record, with its id and part (without its end line). */
export function itemTask(t: ProseTask, id: string, part: number): Task {
  return {
    id,
    part,
    text: t.text,
    leads: t.leads,
    coUnits: t.coUnits,
    collectives: t.collectives,
    deadline: t.deadline,
    leader: t.leader,
    leaderTitle: t.leaderTitle,
    line: t.line,
  };
}

/**
 * The task of an item whose roles are read from prose or fields (leads resolved, collectives marked), or null
 * when they name no unit.
 */
export function proseTask(
  id: string,
  text: string,
  roles: readonly Roles[],
  at: { readonly line: number; readonly end: number; readonly deadline: string | null },
): ProseTask | null {
  const task = rolesTask(id, text, roles, at);
  return task.leads.length + task.coUnits.length === 0 ? null : task;
}

/** The task of an item from its roles (leads resolved, collectives marked), whether or not they name a unit. */
export function rolesTask(
  id: string,
  text: string,
  roles: readonly Roles[],
  at: {
    readonly line: number;
    readonly end: number;
    readonly deadline: string | null;
    readonly leader?: Person | null;
  },
): ProseTask {
  const { leads, coUnits } = resolveRoles(roles);
  return {
    id,
    text,
    leads,
    coUnits,
    collectives: [...leads, ...coUnits].filter(isCollective),
    deadline: at.deadline,
    leader: at.leader?.name ?? null,
    leaderTitle: at.leader?.title ?? null,
    line: at.line,
    end: at.end,
  };
}

/**
 * Reads numbered items and the role sentences that follow or close them. An item without roles is not a
 * task (a heading, a requirement) — unless the text breaks off inside it, the last one.
 */
export function readProseItems(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let section: number | null = null;
  let item: { id: string; line: number; end: number; text: string; roles: Roles[]; lines: number } | null =
    null;
  const close = (): void => {
    if (!item || item.roles.length === 0) return;
    const task = proseTask(item.id, item.text, item.roles, {
      line: item.line,
      end: item.end,
      deadline: null,
    });
    if (task) out.push(task);
  };
  for (const line of lines) {
    if (line.text === "") continue;
    const num = readNumbering(line.folded);
    if (num) {
      close();
      const own = itemRoles(line.text.slice(num.length).trim());
      if (num.style === "cn" && own.roles.length === 0) {
        section = num.n;
        item = null;
        continue;
      }
      // An inspection notice's ranking (1、单位末位排名 / 教育局 信用联社): the names under it are ranked, not tasked.
      if (isRankingHeading(own.text)) {
        item = null;
        continue;
      }
      const id = section === null ? String(num.n) : `${section}.${num.n}`;
      item = { id, line: line.no, end: line.no, text: own.text, roles: [...own.roles], lines: 0 };
      continue;
    }
    if (!item) continue;
    // A field heading over a paragraph that opens with the unit doing the work (subjectParagraph.ts): the paragraph
    // right under it, not a line of a list of phrases further down (提升全市水质, 主城区…道路完工).
    const first = item.roles.length === 0 && item.lines === 0 && isFieldHeading(item.text);
    const subject = first ? subjectRoles(line.text) : null;
    const roles = subject ? [subject] : followingRoles(line.text);
    item.lines++;
    if (roles.length > 0) item.end = line.no;
    for (const r of roles) item.roles.push(r);
  }
  // The text breaks off inside the last item, before its roles (a page cut mid-sentence): kept without units, as
  // the items before it read (the last stage reports it cut).
  // Only a sentence (long, or past a stop or comma), as the items before it are: a short last line is a title.
  if (item && item.roles.length === 0 && out.length > 0 && endsOpen(lines) && isSentence(item.text))
    out.push(rolesTask(item.id, item.text, [], { line: item.line, end: item.line, deadline: null }));
  else close();
  return out;
}

/** True for a sentence's words: long, or gone past a stop or a comma. */
const isSentence = (text: string): boolean => text.length >= 16 || /[。,，;；]/.test(text);

/** True when the text's last line ends mid-sentence: no stop, no closing bracket. */
function endsOpen(lines: readonly SourceLine[]): boolean {
  const last = lastFilled(lines);
  return !!last && !CLOSED_END.test(last.folded.trimEnd());
}

// The longest line of bare unit names read after an item.
const BARE_LINE = 80;

/**
 * The roles a line after an item gives: a role sentence among its sentences, a bare (X局、Y委) line, or a
 * line of bare unit names.
 */
function followingRoles(text: string): Roles[] {
  for (const sentence of text.split(/(?<=。)/)) {
    if (sentence.length > 200) continue;
    const read = proseSentence(sentence);
    if (read) return [read];
  }
  const bare = /^\s*[((]([^()()]+)[))]\s*[。.]?\s*$/.exec(text);
  if (bare) return itemRoles(`-(${bare[1] as string})`).roles;
  // A line of bare unit names (县住建局 县城管局).
  const names = text.length <= BARE_LINE ? bareUnits(text) : null;
  return names ? [names] : [];
}
