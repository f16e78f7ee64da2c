/** The outline's nodes (sections, items, sub-items) and what can be read from one node alone: its inline unit bracket. */

import { fold, isCloser, matchingOpener, openDepth, unclosedOpeners } from "../text/fold";
import { readLeaderHeading, type Person } from "./leader";
import { type NumStyle } from "./numbering";
import type { ColumnKind } from "./vocabulary";
import { emptyRoles, namesRoles, readRoles, type Roles } from "./roles";
import { isCollective } from "./splitUnits";
import { isUnitLike, endsLikeUnit } from "./unitLike";
import { readCutList } from "./cutName";
import { readProseClause } from "./prose";
import { closingByClause, closingCommaRoles, closingRoleSentence } from "./closingClause";
import { midByClause } from "./midClause";

export { closesWithRoles, closingByClause } from "./closingClause";
export { withOthers } from "./personFirst";
import { HEADING_LEAD, LEAD_LABEL, TOWN_GOVERNMENT, UNIT_HEADING } from "./vocabulary";
import { officeHeading } from "./officeHeading";

export interface Node {
  readonly line: number;
  readonly part: number;
  readonly style: NumStyle | null;
  readonly n: number | null;
  readonly parent: Node | null;
  /** A section heading that names a leader (or a theme heading with children): never a task itself. */
  readonly heading: boolean;
  children: Node[];
  /** The numbering as written (1. / (一) / 一是), for sub-points merged back into their task. */
  numbering: string;
  text: string;
  roles: Roles[];
  /** Lines that gave this node its units, for findings about them. */
  unitLines: number[];
  leader: Person | null;
  leaderLine: number;
  deadline: string | null;
  /** Set once a unit, leader or deadline line was attached: later plain text starts a new node. */
  closed: boolean;
  /** Set when a bracket in the text was left open and a new item or label line came: read as closed there. */
  bracketCut: boolean;
  /** An unnumbered paragraph under a short heading, ending in its own unit bracket (outlineLines.ts). */
  paragraph: boolean;
  /**
   * Where plain text run on after a short heading's own words began (一、标题 / 正文…, outlineText.ts), and its
   * line: a page cut inside that paragraph leaves the heading its own words (treeShape.ts, splitCutTail).
   */
  runOn: { at: number; line: number } | null;
  /** A leader's heading that also names the lead of its tasks in a bracket (一、李某副市长牵头(市住建局牵头)). */
  handsDown: boolean;
  /**
   * The kinds of unit label lines (lead, co, list) read for this node: a second one of a kind is an error. A
   * label with a modifier (具体责任单位, 联系单位) is a kind of its own (labels.ts, labelKey).
   */
  labelKinds: string[];
  /** An item of the notes after the tasks (注: 1.… 2.…): a task only if it names units. */
  note: boolean;
  /** Table cells left empty under a filled one (merged cells), read as the row above: reported. */
  fromAbove: Array<{ column: ColumnKind; value: string[] }>;
  /** A table row whose units cells are empty under a row that has units (a merged cell, or units missing). */
  emptyBelowFilled: boolean;
  /** A table row's target cells (目标值) kept in its text in which 量化指标 reads no target: reported. */
  unreadTargets: string[];
  path: number[] | null;
}

export interface PartState {
  index: number;
  title: string | null;
  line: number | null;
  root: Node;
}

export function makeNode(init: {
  line: number;
  part: number;
  style: NumStyle | null;
  n: number | null;
  parent: Node | null;
  heading: boolean;
}): Node {
  // Fields listed one by one (no spread): every node gets the same shape, which keeps the parse fast.
  return {
    line: init.line,
    part: init.part,
    style: init.style,
    n: init.n,
    parent: init.parent,
    heading: init.heading,
    children: [],
    numbering: "",
    text: "",
    roles: [],
    unitLines: [],
    leader: null,
    leaderLine: 0,
    deadline: null,
    closed: false,
    bracketCut: false,
    paragraph: false,
    runOn: null,
    handsDown: false,
    labelKinds: [],
    note: false,
    fromAbove: [],
    emptyBelowFilled: false,
    unreadTargets: [],
    path: null,
  };
}

/**
 * Takes the last bracket of a task's text when it names units (F3 labels, F4 prose roles) — or, when the
 * task has no other units, a bare bracket of unit names (F5). Returns the remaining text.
 */
export function takeInlineUnits(node: Node, allowBare = true): void {
  // 综合办公室(党群工作部、监察室) over duties: the bracket is the office's other names (officeHeading.ts).
  if (node.style !== null && node.children.length > 0 && officeHeading(node.text)) return;
  takeUnclosedBracket(node);
  if (allowBare && !hasOwnUnits(node)) takeClosingByClause(node);
  let text = node.text;
  let guard = 0;
  while (guard++ < 3) {
    const f = fold(text);
    const trimmed = f.replace(/[\s。;;,,.]+$/, "");
    const close = trimmed.length - 1;
    if (close < 1 || !isCloser(trimmed[close] as string)) return setText(node, text);
    const open = matchingOpener(trimmed, close);
    if (open < 0) return setText(node, text);
    const inside = text.slice(open + 1, close);
    const hasUnits = node.roles.some((r) => r.leads.length + r.listed.length + r.coUnits.length > 0);
    // 县发改局(牵头单位): a lead label after a name that is all the text before it marks that name the lead (a heading
    // over the tasks it leads); the label itself is never a unit, and after other words names none.
    if (LEAD_MARK.test(fold(inside).replace(/\s+/g, ""))) {
      const marked = hasUnits ? null : leadMarked(text.slice(0, open));
      if (marked) node.roles.unshift(marked);
      return setText(node, text);
    }
    // In a counted list of projects under a heading that names their lead (五、琼海市政府 / 竣工项目(1个):…项目(博鳌
    // 国宾馆)), a bare bracket names one of the projects, never units.
    const listed = COUNTED_LIST.test(fold(text.slice(0, open))) && ledByHeading(node);
    const bare = allowBare && !hasUnits && open > 0 && !listed;
    const roles = readRoles(inside, { bareUnits: bare });
    const named =
      roles.leads.length + roles.listed.length + roles.coUnits.length + (roles.joint?.length ?? 0) > 0 ||
      roles.leader !== null ||
      (roles.sameAsAbove?.length ?? 0) > 0;
    if (!roles.matched || !named) return setText(node, text);
    node.roles.unshift(roles);
    // A负责(B参与): a bracket of co-units only, after the clause that names the lead.
    const lead = roles.leads.length + roles.listed.length === 0 ? leadBefore(text.slice(0, open)) : null;
    if (lead) node.roles.unshift(lead);
    if (roles.leader && !node.leader) {
      node.leader = roles.leader;
      node.leaderLine = node.line;
    }
    if (roles.deadline && !node.deadline) node.deadline = roles.deadline;
    // What the bracket said that is not a role stays in the text, so nothing is lost.
    const kept = roles.rest.length > 0 ? `(${roles.rest.join(",")})` : "";
    text = (text.slice(0, open) + kept + text.slice(close + 1)).trim();
    if (kept) return setText(node, text);
  }
  setText(node, text);
}

/** The name before a bracket that holds only a lead label ((牵头单位), (牵头), (主责部门)) as the lead, or null. */
function leadMarked(before: string): Roles | null {
  const name = before.replace(/\s+/g, "");
  // Only an office's name of a level or a place's government (县发改局, 城关镇政府): never words run into one.
  if (!UNIT_HEADING.test(name) || !isUnitLike(name) || isCollective(name)) return null;
  return { ...emptyRoles(), leads: [name], matched: true };
}

const LEAD_MARK = new RegExp(`^${LEAD_LABEL}$`);

// A count of things before a colon that lists them: 竣工项目(1个):, 新开工项目(共3个):, 重点项目3项:.
const COUNTED_LIST =
  /(?:\((?:共)?[\d一二三四五六七八九十]+[个项家处座条所]\)|[\d一二三四五六七八九十]+[个项家处座条所])[::]/;

/** True when a heading above the node names the lead of the tasks under it (二、县财政局 / 三、儋州市政府). */
function ledByHeading(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.style !== null && headingLead(p)) return true;
  return false;
}

/** The lead a role clause right before a bracket names (…。市发改委负责(…)), or null: the clause stays in the text. */
function leadBefore(before: string): Roles | null {
  const f = fold(before).trimEnd();
  const start = Math.max(f.lastIndexOf("。"), f.lastIndexOf(";"), f.lastIndexOf(",")) + 1;
  const roles = emptyRoles();
  if (!readProseClause(before.slice(start).trim(), roles) || roles.coUnits.length > 0) return null;
  const units = [...roles.leads, ...roles.listed];
  return units.length > 0 && units.every(endsLikeUnit) ? { ...roles, matched: true } : null;
}

export function setText(node: Node, text: string): void {
  node.text = text.trim();
}

export function hasOwnUnits(node: Node): boolean {
  return node.roles.some(
    (r) => r.leads.length + r.listed.length + r.coUnits.length + (r.joint?.length ?? 0) > 0,
  );
}

/** True when the node names a lead itself (牵头单位, or a listed first unit). */
export function hasOwnLead(node: Node): boolean {
  return node.roles.some((r) => r.leads.length + r.listed.length > 0);
}

/** True when the text ends with a bracket that names roles: (牵头单位:A), (A牵头,B负责). */
export function endsWithRoleBracket(text: string): boolean {
  const f = fold(text).replace(/[\s。;;,,.]+$/, "");
  const close = f.length - 1;
  if (close < 1 || !isCloser(f[close] as string)) return false;
  const open = matchingOpener(f, close);
  return open >= 0 && namesRoles(text.slice(open + 1, close));
}

/** A note under the tasks that names no units: the document's remark, not a task. */
export function isBareNote(node: Node): boolean {
  return node.note && !subtreeHasUnits(node);
}

export function subtreeHasUnits(node: Node): boolean {
  return hasOwnUnits(node) || node.children.some(subtreeHasUnits);
}

/**
 * A bracket left open at the end of a task's text (…(市住建局牵头,市财政局配合): read as closed there when it
 * names roles. The node is marked, so that the task reports the bracket.
 */
function takeUnclosedBracket(node: Node): void {
  const f = fold(node.text);
  if (openDepth(f) === 0) return;
  node.bracketCut = true;
  let open = -1;
  for (const i of unclosedOpeners(f)) open = Math.max(open, i);
  if (open < 1) return;
  const inside = node.text.slice(open + 1).replace(/[\s。;；,，.]+$/, "");
  // A bracket the text breaks off in may hold only names, cut short (…(市建委、): read them as a bare bracket.
  const cutList = namesRoles(inside) ? null : readCutList(inside);
  if (!cutList && !namesRoles(inside)) return;
  const roles = cutList ?? readRoles(inside, { bareUnits: false });
  node.roles.unshift(roles);
  if (roles.leader && !node.leader) {
    node.leader = roles.leader;
    node.leaderLine = node.line;
  }
  if (roles.deadline && !node.deadline) node.deadline = roles.deadline;
  const kept = roles.rest.length > 0 ? `${node.text[open] ?? "("}${roles.rest.join(",")}` : "";
  node.text = (node.text.slice(0, open) + kept).trim();
}

/**
 * A task whose last sentence says who does it, without a bracket: …,由市财政局、农业局负责落实。 /
 * 由發展改革委會同中央農辦、農業部等部門研究提出落實意見. Read when the task has no other units; the text keeps
 * the sentence (nothing is cut from what the document says).
 */
function takeClosingByClause(node: Node): void {
  const roles =
    closingByClause(node.text)?.roles ??
    closingRoleSentence(node.text) ??
    closingCommaRoles(node.text) ??
    midByClause(node.text);
  if (!roles) return;
  node.roles.unshift(roles);
  if (roles.deadline && !node.deadline) node.deadline = roles.deadline;
  if (roles.leader && !node.leader) {
    node.leader = roles.leader;
    node.leaderLine = node.line;
  }
}

/** The lead unit a node over tasks names for them (二、省编办牵头的工作, 三、河口镇人民政府), as roles; null otherwise. */
export function headingLead(node: Node): Roles[] | null {
  if (hasOwnUnits(node) || readLeaderHeading(node.text)) return null;
  const office = node.style !== null ? officeHeading(node.text) : null;
  if (office) return [{ ...emptyRoles(), leads: [office], matched: true }];
  const f = fold(node.text).replace(/\s+/g, "");
  const m = HEADING_LEAD.exec(f) ?? UNIT_HEADING.exec(f) ?? TOWN_GOVERNMENT.exec(f);
  const unit = m ? (m[1] as string) : "";
  if (!m || !isUnitLike(unit) || isCollective(unit)) return null;
  if (m[0] !== HEADING_LEAD.exec(f)?.[0] && !(node.style !== null && endsLikeUnit(unit))) return null;
  const at = m[0].indexOf(unit);
  return [
    { ...emptyRoles(), leads: [node.text.replace(/\s+/g, "").slice(at, at + unit.length)], matched: true },
  ];
}
