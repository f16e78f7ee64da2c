/** The only stateful stage: lines, in order, become a tree of sections and items with the units, leaders and deadlines that follow them. */

import type { ParseIssue } from "../types";
import { fold, openDepth } from "../text/fold";
import { type SourceLine } from "../text/lines";
import { findConvention, stripAttachmentMark } from "./docInfo";
import { RANK, type NumStyle } from "./numbering";
import { firstLabelAt } from "./labels";
import { isUnitsLine } from "./outlineItemsTable";
import { readRoles, tailTarget, type Roles } from "./roles";
import { isUnitLike } from "./unitLike";
import type { Node, PartState } from "./node";
import { makeNode, takeInlineUnits, hasOwnUnits, endsWithRoleBracket, withOthers } from "./node";
import { addTableRows, type TableItem } from "./outlineTable";
import { classify } from "./classify";
import { continueOpenBracket, handleLine } from "./outlineLines";
import { closeWithLeadingBracket, holdBareLabel } from "./outlineProse";
import { addRecord, openRecord, recordField } from "./outlineRecords";
import { openProseRecord, readRecordField } from "./outlineRecordFields";

/** The outline of one document as it is built, line by line or table row by table row. */
export class Outline {
  readonly issues: ParseIssue[] = [];
  readonly parts: PartState[] = [];
  convention: { text: string; line: number } | null = null;
  stack: Array<{ style: NumStyle; node: Node }> = [];
  /** The last number of each style in the part, also of items whose heading has closed (for run-on numbers). */
  lastOfStyle = new Map<NumStyle, number>();
  section: Node | null = null;
  current: Node | null = null;
  /** True once any units were read: before that, numbered titles are a list of attachments. */
  unitsSeen = false;
  /** The last line that gave units: a signature is looked for only below it. */
  lastUnitLine = 0;
  /** True once a leader line opened a section (before any task): later ones after a task open sections too. */
  leaderLinesOpenSections = false;
  /** True after a 注: / 说明: line below the tasks: numbered lines that follow are notes. */
  inNotes = false;
  /** True when those notes stand ahead of any task (说明 alone before the breakdown): their points give no units. */
  notesAhead = false;
  /** The last number of those notes' points (1. 2. 3.): a number that does not go on from it ends them. */
  lastNote: number | null = null;
  /** The roles object a following bare unit line continues, and the node it belongs to. */
  unitTail: { node: Node; roles: Roles; kind: "lead" | "co" | "list"; open: boolean } | null = null;
  /** A unit label alone on the line above (责任单位): the next line is its value. */
  pendingLabel: string | null = null;
  /** The task of the vertical record being read (工作任务:… / 牵头单位:…), or null (outlineRecords.ts). */
  record: Node | null = null;
  /** A record's task label alone on the line above (具体任务): the next line is the task's words. */
  pendingRecord = false;
  /** The number a record's 序号 field gave its task, and whether that number is on the next line. */
  recordNumber: number | null = null;
  pendingRecordNumber = false;
  /** The label that opened the record being read (工作任务, 主要内容): a weak label other than it is its field. */
  recordLabel = "";
  /** The item whose table was read last, without units of its own: a units line right after it is its. */
  tableOwner: Node | null = null;
  /** A field of the record that is not about who does the work: its value kept with the task's words or read past. */
  recordDetail: "keep" | "drop" | null = null;

  /** The part being read. */
  get part(): PartState {
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
    this.lastOfStyle = new Map();
    this.section = null;
    this.current = null;
    this.unitTail = null;
    this.inNotes = false;
    this.notesAhead = false;
    this.leaderLinesOpenSections = false;
    this.record = null;
  }

  /** True when the line repeats the current part's title after its tasks began: a page's running header. */
  isRunningHeader(line: SourceLine): boolean {
    const title = this.parts.length > 0 ? this.part.title : null;
    const squash = (s: string) => fold(s).replace(/\s+/g, "");
    return title !== null && this.partHasNodes() && squash(title) === squash(stripAttachmentMark(line.text));
  }

  /** True when the current task's unit line asks for more: it ended with 、 or inside a unit name. */
  unitsGoOn(): boolean {
    const tail = this.unitTail;
    return tail !== null && tail.node === this.current && (tail.open || this.continuesCutUnit());
  }

  /** True when the last unit line ended inside a unit name (市级有关 / 部门): the next line finishes it. */
  continuesCutUnit(): boolean {
    const tail = this.unitTail;
    if (!tail || tail.node !== this.current || tail.open) return false;
    const target = tailTarget(tail);
    const last = target[target.length - 1];
    return last !== undefined && !isUnitLike(last);
  }

  /** Reports a bracket that `text` (a units line or cell) leaves open: read as closed at the line's end. */
  checkBrackets(text: string, line: number): void {
    if (openDepth(fold(text)) > 0) {
      this.issues.push({
        code: "bracket-unclosed",
        severity: "warning",
        line,
        params: { text: excerpt(text) },
      });
    }
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

  addNode(
    line: number,
    style: NumStyle | null,
    n: number | null,
    heading: boolean,
    text: string,
    under: Node | null = null,
  ): Node {
    let parent: Node;
    if (under) parent = under;
    else if (style === null) {
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
    if (style !== null && n !== null) this.lastOfStyle.set(style, n);
    this.current = node;
    this.unitTail = null;
    return node;
  }

  attach(roles: Roles, line: SourceLine): void {
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
      node.leader = node.leader ? withOthers(node.leader, roles.leader) : roles.leader;
      node.leaderLine ||= line.no;
    }
    if (roles.deadline) node.deadline = roles.deadline;
    // A person in charge named beside the units (牵头单位及责任人:县住建局(张三)): kept with the task's words.
    if (roles.persons && roles.persons.length > 0) node.text += `(责任人:${roles.persons.join(";")})`;
    node.closed = true;
  }

  /** Lines of a table become items with their units, leader and deadline (outlineTable.ts). */
  table(rows: readonly TableItem[]): void {
    addTableRows(this, rows);
  }

  /** Handles one body line in line mode: its kind (classify.ts), then the handler for that kind. */
  line(given: SourceLine, next: SourceLine | null): void {
    const owner = this.tableOwner;
    this.tableOwner = null;
    if (owner && this.current === null && isUnitsLine(given)) this.current = owner;
    if (this.pendingRecordNumber) {
      this.pendingRecordNumber = false;
      if (/^\d{1,4}$/.test(given.folded.trim())) {
        this.recordNumber = Number(given.folded.trim());
        return;
      }
    }
    if (this.pendingRecord) {
      this.pendingRecord = false;
      addRecord(this, given);
      return;
    }
    // The value of a unit label that stood alone on the line above.
    const label = this.pendingLabel;
    this.pendingLabel = null;
    const text = label === null ? given.text : `${label}:${given.text}`;
    const line = recordField(this, label === null ? given : { ...given, text, folded: fold(text) });
    if (continueOpenBracket(this, line, next) || closeWithLeadingBracket(this, line, next)) return;
    if (openRecord(this, line) || openProseRecord(this, line, next)) return;
    if (readRecordField(this, line, next) || holdBareLabel(this, line, next)) return;
    for (let c = classify(line, next); ; c = classify(line, next, c.rule + 1)) {
      if (handleLine(this, c, line, next)) return;
    }
  }

  /**
   * A role bracket that ends the task's text so far ((牵头单位:A;配合单位:B), (A牵头,B负责)) is the task's
   * units: taken now, so that lines after it (▲ sub-targets, a signature) can never swallow it.
   */
  takeRoleBracket(node: Node, line: SourceLine): void {
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
  splitInlineLabels(node: Node, line: SourceLine): void {
    const at = firstLabelAt(fold(node.text));
    if (at <= 0) return;
    const rest = node.text.slice(at);
    node.text = node.text.slice(0, at).trim();
    const roles = readRoles(this.noteConvention(rest, line.no), { bareUnits: false });
    this.attach(roles, line);
  }
}

/** The first 40 characters of a text, for a finding. */
export function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
