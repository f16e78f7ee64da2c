/** The only stateful stage: lines, in order, become a tree of sections and items with the units, leaders and deadlines that follow them. */

import type { ParseIssue } from "../types";
import { fold, matchingOpener, openDepth } from "../text/fold";
import { type SourceLine } from "../text/lines";
import { findConvention, isBreakdownTitle, isDateLine, splitColophon, stripAttachmentMark } from "./docInfo";
import { readLeaderHeading } from "./leader";
import { readNumbering, type NumStyle } from "./numbering";
import { firstLabelAt, lineLabelKind, namesRoles, readRoles, resolveRoles, type Roles } from "./roles";
import { isUnitLike, normalizeUnitName, splitUnitList } from "./splitUnits";
import type { Node, PartState } from "./node";
import { makeNode, takeInlineUnits, hasOwnUnits, endsWithRoleBracket } from "./node";
import { NOTES_START, COLOPHON, endsWithSeparator, BULLET, isSignature, readHeadingLeader } from "./classify";
import { addTableRows, type TableItem } from "./outlineTable";

/** The standard order of numbering levels in Chinese official documents (GB/T 9704): lower is higher. */
export const RANK: Readonly<Record<NumStyle, number>> = {
  cn: 0,
  di: 0,
  pcn: 1,
  ar: 2,
  arp: 2.5,
  par: 3,
  circ: 4,
  shi: 5,
};

/** Parse state for one document. */
export class Parser {
  readonly issues: ParseIssue[] = [];
  readonly parts: PartState[] = [];
  convention: { text: string; line: number } | null = null;
  stack: Array<{ style: NumStyle; node: Node }> = [];
  section: Node | null = null;
  current: Node | null = null;
  /** True once any units were read: before that, numbered titles are a list of attachments. */
  unitsSeen = false;
  /** The last line that gave units: a signature is looked for only below it. */
  lastUnitLine = 0;
  /** True once a leader line opened a section (before any task): later ones after a task open sections too. */
  private leaderLinesOpenSections = false;
  /** True after a 注: / 说明: line below the tasks: numbered lines that follow are notes. */
  private inNotes = false;
  /** The roles object a following bare unit line continues, and the node it belongs to. */
  private unitTail: { node: Node; roles: Roles; kind: "lead" | "co" | "list"; open: boolean } | null = null;

  constructor(private readonly lines: readonly SourceLine[]) {}

  private get part(): PartState {
    return this.parts[this.parts.length - 1] as PartState;
  }

  startPart(title: string | null, line: number | null): void {
    const index = this.parts.length + 1;
    const root = makeNode({
      line: line ?? 0,
      part: index,
      style: null,
      n: null,
      parent: null,
      heading: true,
    });
    root.path = [];
    this.parts.push({ index, title, line, root });
    this.stack = [];
    this.section = null;
    this.current = null;
    this.unitTail = null;
    this.inNotes = false;
    this.leaderLinesOpenSections = false;
  }

  /** True when the line repeats the current part's title after its tasks began: a page's running header. */
  isRunningHeader(line: SourceLine): boolean {
    const title = this.parts.length > 0 ? this.part.title : null;
    const squash = (s: string) => fold(s).replace(/\s+/g, "");
    return title !== null && this.partHasNodes() && squash(title) === squash(stripAttachmentMark(line.text));
  }

  /** True when the current task's unit line asks for more: it ended with 、 or inside a unit name. */
  private unitsGoOn(): boolean {
    const tail = this.unitTail;
    return tail !== null && tail.node === this.current && (tail.open || this.continuesCutUnit());
  }

  /** True when the last unit line ended inside a unit name (市级有关 / 部门): the next line finishes it. */
  private continuesCutUnit(): boolean {
    const tail = this.unitTail;
    if (!tail || tail.node !== this.current || tail.open) return false;
    const target = tailTarget(tail);
    const last = target[target.length - 1];
    return last !== undefined && !isUnitLike(last);
  }

  /** True once the current part holds any node. */
  partHasNodes(): boolean {
    return this.parts.length > 0 && this.part.root.children.length > 0;
  }

  noteConvention(text: string, line: number): string {
    const c = findConvention(text);
    if (!c) return text;
    if (!this.convention) this.convention = { text: c.text, line };
    return (text.slice(0, c.start) + text.slice(c.end)).trim();
  }

  addNode(line: number, style: NumStyle | null, n: number | null, heading: boolean, text: string): Node {
    let parent: Node;
    if (style === null) {
      // An unnumbered item is a sibling of the current node (or the first child of a heading).
      const cur = this.current;
      parent = cur
        ? cur.heading && cur !== this.part.root
          ? cur
          : (cur.parent ?? this.part.root)
        : this.part.root;
      if (this.section && parent === this.part.root) parent = this.section;
    } else {
      const at = this.stack.findIndex((s) => s.style === style);
      if (at >= 0) this.stack.length = at;
      // A style not seen yet nests below the others, unless the standard order of levels says it is higher:
      // 一、 above (一) above 1. above (1) — so 七、 after 4、 starts a section, it does not nest in item 4.
      else
        while (
          this.stack.length > 0 &&
          RANK[(this.stack[this.stack.length - 1] as { style: NumStyle }).style] >= RANK[style]
        )
          this.stack.pop();
      parent = this.stack[this.stack.length - 1]?.node ?? this.section ?? this.part.root;
    }
    const node = makeNode({ line, part: this.part.index, style, n, parent, heading });
    node.text = text;
    parent.children.push(node);
    if (style !== null) this.stack.push({ style, node });
    this.current = node;
    this.unitTail = null;
    return node;
  }

  private attach(roles: Roles, line: SourceLine): void {
    const node = this.current;
    const units = [...roles.leads, ...roles.listed, ...roles.coUnits];
    const noTask = !node || node === this.part.root;
    // 分管副市长:许光明 under the title, before any task: the leader of the tasks that follow. In such a
    // document, the same kind of line after a task (and its units) starts the next leader's tasks.
    const leaderOnly = units.length === 0 && roles.leader !== null && roles.deadline === null;
    if (leaderOnly && (noTask || (this.leaderLinesOpenSections && node.closed && hasOwnUnits(node)))) {
      this.current = null;
      this.section = null;
      this.stack = [];
      const section = this.addNode(line.no, null, null, true, line.text);
      section.leader = roles.leader;
      section.leaderLine = line.no;
      this.section = section;
      this.leaderLinesOpenSections = true;
      return;
    }
    if (noTask) {
      this.issues.push({
        code: "units-without-task",
        severity: "error",
        line: line.no,
        params: { text: line.text, units },
      });
      return;
    }
    node.roles.push(roles);
    if (units.length > 0) {
      node.unitLines.push(line.no);
      this.unitsSeen = true;
      this.lastUnitLine = line.no;
    }
    if (roles.leader) {
      node.leader = roles.leader;
      node.leaderLine = line.no;
    }
    if (roles.deadline) node.deadline = roles.deadline;
    node.closed = true;
  }

  /** Lines of a table become items with their units, leader and deadline (outlineTable.ts). */
  table(rows: readonly TableItem[]): void {
    addTableRows(this, rows);
  }

  /** Handles one body line in line mode. */
  line(line: SourceLine, next: SourceLine | null): void {
    const { text, folded } = line;
    const cur = this.current;

    // An inline bracket left open on the previous line continues here.
    if (cur && cur !== this.part.root && !cur.closed && openDepth(fold(cur.text)) > 0) {
      cur.text += text;
      // Closed here: take it now, so that a line after it (a remark, a signature) cannot swallow it.
      this.takeRoleBracket(cur, line);
      return;
    }

    if (COLOPHON.test(folded) || isDateLine(folded) || splitColophon(text)) return;
    // 注: / 说明: below the tasks starts the notes (1.责任单位中列第一位的为牵头单位 …), not more tasks.
    const notes = NOTES_START.exec(folded);
    if (notes && this.unitsSeen && this.partHasNodes()) {
      // 注: alone or 注:1.…: numbered notes follow. 注:带★的为重点考核项目: a note of one line.
      const after = folded.slice(notes[0].length);
      this.inNotes = after === "" || readNumbering(after) !== null;
      this.noteConvention(text.slice(notes[0].length), line.no);
      if (cur) cur.closed = true;
      this.unitTail = null;
      return;
    }
    // A signature under the last task (国务院 / 甲市人民政府办公室, then the date): not a task, not units.
    if (isSignature(line, next) && !this.unitsGoOn()) return;

    // ★2.推进…: a star before the number marks an assessed item — numbered all the same, the star kept in the
    // text. (▲1. ■1. under a task are its sub-targets: read below as bullets.)
    const mark = BULLET.exec(folded)?.[0] ?? "";
    const star = /^[★☆]/.test(mark) ? mark : "";
    const start = star ? folded.length - folded.slice(star.length).trimStart().length : 0;
    const numbering = mark && !star ? null : readNumbering(folded.slice(start));

    // ▲ ■ ● … lines under a task: its sub-targets, or (with a role bracket of their own) tasks of their own.
    if (mark && !numbering) {
      if (cur && cur !== this.part.root && !endsWithRoleBracket(text)) {
        cur.text += text;
        return;
      }
      if (cur) {
        // The bullet marks the item, as a number would: the task's text starts after it.
        const node = this.addNode(line.no, null, null, false, text.replace(BULLET, "").trim());
        this.takeRoleBracket(node, line);
      }
      return;
    }

    if (numbering) {
      const rest = text.slice(start + numbering.length).trim();
      // A section heading after notes: the breakdown goes on.
      if (numbering.style === "cn" || numbering.style === "pcn") this.inNotes = false;
      // 附件:1.…责任分解 / 2.…责任分解 — the list of attachments in the notice, not tasks.
      if (!this.unitsSeen && isBreakdownTitle(fold(rest))) return;
      const leader = numbering.style === "cn" || numbering.style === "pcn" ? readHeadingLeader(rest) : null;
      const node = this.addNode(
        line.no,
        numbering.style,
        numbering.n,
        leader !== null,
        text.slice(0, star.length) + rest,
      );
      node.numbering = text.slice(start, start + numbering.length);
      if (this.inNotes && !leader) {
        node.note = true;
        node.text = this.noteConvention(node.text, line.no);
      }
      if (leader) {
        node.leader = leader;
        node.leaderLine = line.no;
      } else {
        this.splitInlineLabels(node, line);
        this.takeRoleBracket(node, line);
      }
      return;
    }

    const kind = lineLabelKind(folded);
    if (kind === "other") {
      // 工作目标: / 项目责任人: … after a task: part of its block, never a task or units of its own.
      // (备注:1.责任单位中列第一位的为牵头单位;… may state the convention.)
      this.noteConvention(text, line.no);
      if (cur) cur.closed = true;
      this.unitTail = null;
      return;
    }
    if (kind) {
      const body = this.noteConvention(text, line.no);
      const roles = readRoles(body, { bareUnits: false });
      const unitKind = kind === "lead" || kind === "co" || kind === "list";
      if (unitKind && cur && cur !== this.part.root && cur.labelKinds.includes(kind)) {
        // A second 责任单位: line for the same task: the task line between them is missing. Not merged.
        const r = resolveRoles([roles]);
        this.issues.push({
          code: "units-without-task",
          severity: "error",
          line: line.no,
          params: { text: line.text, units: [...r.leads, ...r.coUnits], after: cur.unitLines[0] ?? cur.line },
        });
        this.unitTail = null;
        return;
      }
      if (unitKind && cur) cur.labelKinds.push(kind);
      // Units under a "note": it was a task after all, and so are the numbered lines after it.
      if (unitKind) this.inNotes = false;
      this.attach(roles, line);
      if (kind !== "leader" && kind !== "deadline" && this.current) {
        this.unitTail = {
          node: this.current,
          roles,
          kind: kind === "lead" ? "lead" : kind === "co" ? "co" : "list",
          open: endsWithSeparator(folded),
        };
      }
      return;
    }

    // A whole line in brackets: the convention, or units (牵头单位:…) for the task above.
    const whole = /^[(([【].*[))\]】]$/.test(folded) && matchingOpener(folded, folded.length - 1) === 0;
    if (whole) {
      const inside = text.slice(1, -1);
      const rest = this.noteConvention(inside, line.no);
      if (rest === "") return;
      if (namesRoles(rest) && cur && cur !== this.part.root) {
        this.attach(readRoles(rest, { bareUnits: true }), line);
        return;
      }
    } else if (findConvention(text) && !isUnitLike(text)) {
      // …列第一位的为牵头单位;牵头单位:市经信局;配合单位:市发改委 — labels after the convention are read.
      const rest = this.noteConvention(text, line.no).replace(/^[;,\uff1b\uff0c\s]+/, "");
      if (rest && lineLabelKind(fold(rest)))
        return this.line({ ...line, text: rest, folded: fold(rest) }, next);
      if (!readNumbering(folded) && text.length < 80) return;
    }

    // Units continued from the line above (责任单位:A、B、\nC、D).
    const tail = this.unitTail;
    if (tail && tail.node === cur) {
      const target = tailTarget(tail);
      const units = splitUnitList(this.noteConvention(text, line.no));
      // 市级有关 / 部门, 市 / 司法局: a unit cut at the line end (PDF copies) is one unit again.
      const cut = this.continuesCutUnit() && units.length > 0;
      const whole = cut
        ? normalizeUnitName((target[target.length - 1] as string) + (units[0] as string))
        : "";
      const joined = cut && isUnitLike(whole) ? [whole, ...units.slice(1)] : units;
      if (joined.length > 0 && joined.every(isUnitLike)) {
        if (joined !== units) target.pop();
        target.push(...joined);
        tail.open = endsWithSeparator(folded);
        this.lastUnitLine = line.no;
        return;
      }
    }

    // An unnumbered section heading naming a leader: 王某某副市长牵头重点工作
    const leader =
      /(牵头|主抓|分管|负责|联系|领衔)/.test(folded) && text.length <= 30 ? readLeaderHeading(text) : null;
    if (leader) {
      const node = this.addNode(line.no, null, null, true, text);
      node.leader = leader;
      node.leaderLine = line.no;
      this.section = node;
      this.stack = [];
      return;
    }

    if (cur && cur !== this.part.root && !cur.closed && !(cur.heading && cur.leader)) {
      cur.text += text;
      this.splitInlineLabels(cur, line);
      this.takeRoleBracket(cur, line);
      return;
    }
    if (!cur) return; // prose before the first task: notice text, not a task
    const node = this.addNode(line.no, null, null, false, text);
    this.splitInlineLabels(node, line);
    this.takeRoleBracket(node, line);
  }

  /**
   * A role bracket that ends the task's text so far ((牵头单位:A;配合单位:B), (A牵头,B负责)) is the task's
   * units: taken now, so that lines after it (▲ sub-targets, a signature) can never swallow it.
   */
  private takeRoleBracket(node: Node, line: SourceLine): void {
    if (node.heading || !endsWithRoleBracket(node.text)) return;
    const before = node.roles.length;
    takeInlineUnits(node, false);
    if (node.roles.length > before) {
      node.unitLines.push(line.no);
      node.closed = true;
      this.unitsSeen = true;
      this.lastUnitLine = line.no;
    }
  }

  /** `1.推进……。牵头单位:A;配合单位:B` — labels inside the task line itself. */
  private splitInlineLabels(node: Node, line: SourceLine): void {
    const at = firstLabelAt(fold(node.text));
    if (at <= 0) return;
    const rest = node.text.slice(at);
    node.text = node.text.slice(0, at).trim();
    const roles = readRoles(this.noteConvention(rest, line.no), { bareUnits: false });
    this.attach(roles, line);
  }
}

/** The list a unit line's continuation adds to: its leads, co-units or units listed without a role. */
export function tailTarget(tail: { roles: Roles; kind: "lead" | "co" | "list" }): string[] {
  return tail.kind === "lead"
    ? tail.roles.leads
    : tail.kind === "co"
      ? tail.roles.coUnits
      : tail.roles.listed;
}
