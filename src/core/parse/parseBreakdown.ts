/**
 * Text of a responsibility breakdown → `{ document, tasks, issues }`.
 *
 * One pass over the lines builds a tree of numbered nodes (section headings, tasks, sub-items) and attaches
 * to each what follows it: continuation lines, unit lines, leader and deadline lines. A second pass decides
 * which nodes are tasks (leaves, or nodes with units of their own), gives them their dotted ids, reads
 * inline unit brackets and checks the numbering. Linear in the length of the text.
 */

import type { DocumentPart, ParseIssue, ParsedDocument, Task } from "../types";
import { decodeBytes, type Decoded } from "../text/decode";
import { fold, isCloser, matchingOpener, openDepth } from "../text/fold";
import { isDebris, toLines, type SourceLine } from "../text/lines";
import {
  dateOfLine,
  findConvention,
  isBreakdownTitle,
  isDateLine,
  isIssuerLine,
  isNoticeTitle,
  readIssuer,
  readRecipients,
  splitColophon,
  stripAttachmentMark,
  stripMetadataLabel,
} from "./docInfo";
import { readLeaderHeading, readPerson, type Person } from "./leader";
import { readNumbering, type NumStyle } from "./numbering";
import {
  emptyRoles,
  firstLabelAt,
  isLabelLine,
  lineLabelKind,
  namesRoles,
  readRoles,
  resolveRoles,
  unbracketLabels,
  type Roles,
} from "./roles";
import { isCollective, isUnitLike, normalizeUnitName, splitUnitList } from "./splitUnits";
import { detectHeader, readTable, type ColumnKind, type TableRow } from "./table";

interface Node {
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
  /** The kinds of unit label lines (lead, co, list) read for this node: a second one of a kind is an error. */
  labelKinds: Array<"lead" | "co" | "list">;
  /** An item of the notes after the tasks (注: 1.… 2.…): a task only if it names units. */
  note: boolean;
  /** Table cells left empty under a filled one (merged cells), read as the row above: reported. */
  fromAbove: Array<{ column: "leader"; value: string[] }>;
  /** A table row whose units cells are empty under a row that has units (a merged cell, or units missing). */
  emptyBelowFilled: boolean;
  path: number[] | null;
}

interface PartState {
  index: number;
  title: string | null;
  line: number | null;
  root: Node;
}

/** The line that starts the notes under a breakdown: 注: / 说明: / 备注: alone, or 注:1.… */
const NOTES_START = /^(?:(?:注|说明|注释|附注)\s*:|备注\s*:\s*$|(?:注|说明|注释|附注)$)\s*/;

const COLOPHON = /^(抄送|印发|主送|附件[::\d]|附[::]|联系人|联系电话|\(?此件|(本|此)件公开|信息公开选项)/;

/** The standard order of numbering levels in Chinese official documents (GB/T 9704): lower is higher. */
const RANK: Readonly<Record<NumStyle, number>> = {
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
class Parser {
  readonly issues: ParseIssue[] = [];
  readonly parts: PartState[] = [];
  convention: { text: string; line: number } | null = null;
  private stack: Array<{ style: NumStyle; node: Node }> = [];
  private section: Node | null = null;
  private current: Node | null = null;
  /** True once any units were read: before that, numbered titles are a list of attachments. */
  private unitsSeen = false;
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

  private noteConvention(text: string, line: number): string {
    const c = findConvention(text);
    if (!c) return text;
    if (!this.convention) this.convention = { text: c.text, line };
    return (text.slice(0, c.start) + text.slice(c.end)).trim();
  }

  private addNode(
    line: number,
    style: NumStyle | null,
    n: number | null,
    heading: boolean,
    text: string,
  ): Node {
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

  /** Lines of a table (F7) become nodes with their units, leader and deadline. */
  table(rows: ReadonlyArray<{ row: TableRow } | { heading: { line: number; text: string } }>): void {
    // The row above, for cells a merged cell left empty (a category row ends a merge).
    let above: { leader: Person | null; roles: Roles } | null = null;
    const restarts = restartingRows(rows, this.stack.length === 0 && this.section === null);
    let group = 0;
    for (const [index, item] of rows.entries()) {
      if (restarts.has(index) && "row" in item) {
        // 序号 starting again at 1 (one run per leader, no heading rows): each run is a section of its own,
        // so that ids read 2.1, 2.2 … as the document's own sections would.
        const leaderCell = item.row.cells.find((c) => c.kind === "leader")?.text ?? "";
        const section = this.addNode(item.row.line, "cn", ++group, true, leaderCell);
        const person = leaderCell ? readPerson(leaderCell) : null;
        if (person) {
          section.leader = person;
          section.leaderLine = item.row.line;
        }
      }
      if ("heading" in item) {
        above = null;
        const f = fold(item.heading.text);
        const numbering = readNumbering(f);
        const rest = numbering ? item.heading.text.slice(numbering.length).trim() : item.heading.text;
        const leader = readLeaderHeading(rest);
        const node = this.addNode(
          item.heading.line,
          numbering?.style ?? null,
          numbering?.n ?? null,
          true,
          rest,
        );
        if (leader) {
          node.leader = leader;
          node.leaderLine = item.heading.line;
        }
        if (!numbering) this.section = node;
        continue;
      }
      const { row } = item;
      const seq = row.seq ? readNumbering(fold(row.seq) + ".") : null;
      const cell = (k: ColumnKind): string =>
        row.cells
          .filter((c) => c.kind === k)
          .map((c) => c.text)
          .join("")
          .trim();
      const taskText = cell("task");
      // Keep the numbering of the task cell when the table has no 序号 column (1.推进…).
      const own = !seq ? readNumbering(fold(taskText)) : null;
      const style: NumStyle | null = seq ? "ar" : (own?.style ?? null);
      const n = seq ? seq.n : (own?.n ?? null);
      const text = own ? taskText.slice(own.length).trim() : taskText;
      if (style !== null) {
        // Rows of a table are siblings: a table's 序号 sits below any section heading of the table.
        const at = this.stack.findIndex((s) => s.style === style);
        if (at >= 0) this.stack.length = at;
      }
      const node = this.addNode(row.line, style, n, false, text);
      const roles = emptyRoles();
      const lead = cell("lead");
      const co = cell("co");
      const units = cell("units");
      const noted = (s: string): string => this.noteConvention(s, row.line);
      if (lead) roles.leads.push(...splitUnitList(noted(lead)));
      if (units) (lead ? roles.coUnits : roles.listed).push(...splitUnitList(noted(units)));
      if (co) roles.coUnits.push(...splitUnitList(noted(co)));
      const deadline = cell("deadline");
      if (deadline) roles.deadline = deadline;
      const leader = cell("leader");
      if (leader) roles.leader = readPerson(leader) ?? { name: leader, title: null, others: [] };
      // Word and Excel copies leave a vertically merged cell empty below its first row.
      const hasColumn = (k: ColumnKind): boolean => row.cells.some((c) => c.kind === k);
      if (!leader && hasColumn("leader") && above?.leader) {
        roles.leader = above.leader;
        node.fromAbove.push({ column: "leader", value: [above.leader.name ?? above.leader.title ?? ""] });
      }
      // An empty units cell under a filled one may be a merged cell, or a unit really missing (the
      // sample's 4.19): never guessed — the task keeps no units and its error says what to check.
      if (!lead && !units && !co && above && above.roles.leads.length + above.roles.listed.length > 0) {
        node.emptyBelowFilled = true;
      }
      above = { leader: roles.leader, roles };
      roles.matched = true;
      node.roles.push(roles);
      this.unitsSeen = true;
      this.lastUnitLine = row.line;
      if (roles.leader) {
        node.leader = roles.leader;
        node.leaderLine = row.line;
      }
      if (roles.deadline) node.deadline = roles.deadline;
      node.closed = true;
    }
    this.current = null;
  }
}

function makeNode(init: {
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
    labelKinds: [],
    note: false,
    fromAbove: [],
    emptyBelowFilled: false,
    path: null,
  };
}

/**
 * Takes the last bracket of a task's text when it names units (F3 labels, F4 prose roles) — or, when the
 * task has no other units, a bare bracket of unit names (F5). Returns the remaining text.
 */
function takeInlineUnits(node: Node, allowBare = true): void {
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
    const roles = readRoles(inside, { bareUnits: allowBare && !hasUnits && open > 0 });
    const named =
      roles.leads.length + roles.listed.length + roles.coUnits.length > 0 || roles.leader !== null;
    if (!roles.matched || !named) return setText(node, text);
    node.roles.unshift(roles);
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

function setText(node: Node, text: string): void {
  node.text = text.trim();
}

function hasOwnUnits(node: Node): boolean {
  return node.roles.some((r) => r.leads.length + r.listed.length + r.coUnits.length > 0);
}

/** True when the node names a lead itself (牵头单位, or a listed first unit). */
function hasOwnLead(node: Node): boolean {
  return node.roles.some((r) => r.leads.length + r.listed.length > 0);
}

/**
 * The leader a numbered heading names: 王某某市长牵头重点工作, or a leader label (分管副市长:许光明, with
 * perhaps a bracket after it: (协助:…)). Null for a theme heading.
 */
function readHeadingLeader(rest: string): Person | null {
  const heading = readLeaderHeading(rest);
  if (heading) return heading;
  if (lineLabelKind(fold(rest)) !== "leader") return null;
  const f = fold(rest).trim();
  const close = f.length - 1;
  const bracket = close > 0 && isCloser(f[close] as string) ? matchingOpener(f, close) : -1;
  return readRoles(bracket > 0 ? rest.trim().slice(0, bracket) : rest, { bareUnits: false }).leader;
}

/**
 * The rows of a table (by index) where a run of 序号 starts, when the numbers start again at 1 and the
 * table has no heading rows of its own: the first numbered row and every restart. Empty otherwise.
 */
function restartingRows(
  rows: ReadonlyArray<{ row: TableRow } | { heading: { line: number; text: string } }>,
  topLevel: boolean,
): Set<number> {
  const starts = new Set<number>();
  if (!topLevel || rows.some((item) => "heading" in item)) return starts;
  let previous = 0;
  rows.forEach((item, i) => {
    const seq = "row" in item && item.row.seq ? readNumbering(fold(item.row.seq) + ".") : null;
    if (!seq) return;
    if (seq.n === 1 && previous >= 1) starts.add(i);
    if (starts.size === 0 && previous === 0) starts.add(i);
    previous = seq.n;
  });
  return starts.size > 1 ? starts : new Set();
}

/** The list a unit line's continuation adds to: its leads, co-units or units listed without a role. */
function tailTarget(tail: { roles: Roles; kind: "lead" | "co" | "list" }): string[] {
  return tail.kind === "lead"
    ? tail.roles.leads
    : tail.kind === "co"
      ? tail.roles.coUnits
      : tail.roles.listed;
}

/** True when a line of units ends with a separator, so that the next line starts a new unit. */
function endsWithSeparator(folded: string): boolean {
  return /[、,;]\s*$/.test(folded);
}

/** Bullets that mark sub-targets or items under a task. */
const BULLET = /^[▲△■□●○◆◇★☆※•▪►▶◎]/;

/** True when the text ends with a bracket that names roles: (牵头单位:A), (A牵头,B负责). */
function endsWithRoleBracket(text: string): boolean {
  const f = fold(text).replace(/[\s。;;,,.]+$/, "");
  const close = f.length - 1;
  if (close < 1 || !isCloser(f[close] as string)) return false;
  const open = matchingOpener(f, close);
  return open >= 0 && namesRoles(text.slice(open + 1, close));
}

/** A signature line: the issuing body alone on a line, followed by the date or by nothing. */
function isSignature(line: SourceLine, next: SourceLine | null): boolean {
  const short = line.text.length <= 20 && !/[。,,;;::]/.test(line.folded);
  if (!short || !(isIssuerLine(line.folded) || isUnitLike(line.text))) return false;
  return next === null || isDateLine(next.folded);
}

/** Decides which nodes are tasks, numbers them and checks the numbering. */
function finish(parser: Parser): { tasks: Task[]; issues: ParseIssue[]; firstContentLine: number | null } {
  const tasks: Task[] = [];
  const issues: ParseIssue[] = [];
  let firstContentLine: number | null = null;
  // Documents name the same units over and over: each is judged once.
  const unitLike = new Map<string, boolean>();
  for (const part of parser.parts) {
    dropNoticeParagraphs(part.root);
    mergeSubPoints(part.root);
    firstContentLine ??= part.root.children[0]?.line ?? null;
    const used = new Map<string, number>();
    const lastAtDepth = new Map<string, number>();
    const visit = (node: Node, depth: number, inherited: Roles[] | null, leader: Person | null): void => {
      let prev: Node | null = null;
      for (const child of node.children) {
        takeInlineUnits(child);
        if (isBareNote(child)) continue;
        child.path = numberChild(node, child, prev, depth, lastAtDepth, issues);
        if (child.style !== null) prev = child;
        else if (child.path) prev = child;
      }
      for (const child of node.children) {
        if (isBareNote(child)) continue;
        const own = hasOwnUnits(child);
        const childLeader = child.leader ?? leader;
        if (child.children.length > 0) {
          // A leader's section heading never hands units down: a unit line right under it follows no task
          // (the task line above it is missing).
          const passOn = own && !child.heading ? child.roles : inherited;
          visit(child, depth + 1, passOn, childLeader);
          // Units of a heading that no child took over: a task of its own, or (for a leader's section
          // heading) units that follow no task.
          const taken =
            own && !child.heading && child.children.some((c) => c.children.length === 0 && !hasOwnLead(c));
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
        if (child.style === null && !own && !child.leader) {
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
        issues.push({
          code: "number-duplicated",
          severity: "warning",
          line: node.line,
          params: { id, renamed },
        });
        id = renamed;
      } else {
        used.set(id, 1);
      }
      const fullId = part.index > 1 ? `${part.index}:${id}` : id;
      const { leads, coUnits } = resolveRoles(roles);
      if (inheritedUnits) {
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
      if (node.style === null) {
        issues.push({
          code: "task-unnumbered",
          severity: "warning",
          line: node.line,
          params: { id: fullId },
        });
      }
      if (leader && leader.others.length > 0 && node.leader === leader) {
        issues.push({
          code: "leader-multiple",
          severity: "warning",
          line: node.leaderLine || node.line,
          params: { id: fullId, leader: leader.name ?? leader.title ?? "", others: leader.others },
        });
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

/** A paragraph of prose (一、高度重视。各部门要……), not a heading: a sentence ends before its text does. */
function isProse(text: string): boolean {
  const f = fold(text).trim();
  return f.length >= 16 && /[。!?;]/.test(f.slice(0, -1));
}

/**
 * 一是…; 二是…; 三是… on lines of their own, with one unit block after the last: the points of the task
 * above, not tasks of their own. Merged back into it, with their numbering, and the units moved up.
 * Points that each have their own units stay tasks.
 */
function mergeSubPoints(node: Node): void {
  for (const child of node.children) mergeSubPoints(child);
  const points = node.children;
  if (node.heading || points.length < 2) return;
  if (!points.every((c) => c.style === "shi" && c.children.length === 0)) return;
  // A point ending in a bracket may name units of its own (read later): keep the points as they are.
  if (points.some((c) => /[)\]】]$/.test(fold(c.text).replace(/[\s。;,.]+$/, "")))) return;
  const withUnits = points.filter(hasOwnUnits);
  const last = points[points.length - 1] as Node;
  if (withUnits.length > 1 || (withUnits.length === 1 && (withUnits[0] !== last || hasOwnUnits(node))))
    return;
  node.text += points.map((c) => c.numbering + c.text).join("");
  for (const c of points) {
    node.roles.push(...c.roles);
    node.unitLines.push(...c.unitLines);
    if (c.leader) {
      node.leader = c.leader;
      node.leaderLine = c.leaderLine;
    }
    node.deadline = c.deadline ?? node.deadline;
  }
  node.children = [];
}

/** A note under the tasks that names no units: the document's remark, not a task. */
function isBareNote(node: Node): boolean {
  return node.note && !subtreeHasUnits(node);
}

function subtreeHasUnits(node: Node): boolean {
  return hasOwnUnits(node) || node.children.some(subtreeHasUnits);
}

/**
 * Numbered paragraphs of the notice that come before the tasks (一、高度重视。… 二、压实责任。…) are not
 * sections: dropped, and tasks written under one of them belong to no section.
 */
function dropNoticeParagraphs(root: Node): void {
  const kept: Node[] = [];
  let inTasks = false;
  for (const child of root.children) {
    if (!inTasks && !child.heading && !hasOwnUnits(child) && isProse(child.text)) {
      kept.push(...child.children);
      inTasks = child.children.some(subtreeHasUnits);
      continue;
    }
    inTasks ||= subtreeHasUnits(child);
    kept.push(child);
  }
  root.children.splice(0, root.children.length, ...kept);
}

/**
 * Gives a node its numbering path and checks it against its previous sibling: a repeat is reported when
 * the ids collide (see `emit`), a gap here. An unnumbered node takes the next free number.
 */
/** The numbers written under each parent, computed once (an unnumbered child takes a free one). */
const numbersOf = new WeakMap<Node, Set<number>>();

function numberChild(
  parent: Node,
  child: Node,
  prev: Node | null,
  depth: number,
  lastAtDepth: Map<string, number>,
  issues: ParseIssue[],
): number[] | null {
  const base = parent.path ?? [];
  if (child.style === null && child.heading) return base;
  if (child.style === null) {
    let taken = numbersOf.get(parent);
    if (!taken) {
      taken = new Set(parent.children.filter((c) => c.style !== null).map((c) => c.n as number));
      numbersOf.set(parent, taken);
    }
    let n = (prev?.path?.[prev.path.length - 1] ?? 0) + 1;
    while (taken.has(n)) n++;
    taken.add(n);
    return [...base, n];
  }
  const n = child.n as number;
  const key = `${depth}:${child.style}`;
  const expected =
    prev && prev.style === child.style ? (prev.n as number) + 1 : lastAtDepth.has(key) ? null : 1;
  const continued = (lastAtDepth.get(key) ?? 0) + 1;
  if (expected !== null && n > expected) {
    issues.push({
      code: "number-skipped",
      severity: "warning",
      line: child.line,
      params: { expected, found: n },
    });
  } else if (expected === null && n !== 1 && n !== continued) {
    issues.push({
      code: "number-skipped",
      severity: "warning",
      line: child.line,
      params: { expected: 1, found: n },
    });
  }
  lastAtDepth.set(key, n);
  return [...base, n];
}

/** Reads the notice part above the first breakdown title, or the whole text when there is none. */
function readHeaderInfo(lines: readonly SourceLine[], bodyStart: number, bodyLines: readonly SourceLine[]) {
  let title: string | null = null;
  let issuer: string | null = null;
  let date: string | null = null;
  let recipients: string[] = [];
  let convention: { text: string; line: number } | null = null;
  const head = lines.slice(0, bodyStart);
  // Whether the next non-empty line of `list` after `i` is a date, looked at only for a candidate issuer.
  const dateFollows = (list: readonly SourceLine[], i: number): boolean => {
    for (let k = i + 1; k < list.length; k++) {
      const next = list[k] as SourceLine;
      if (next.text !== "") return isDateLine(next.folded);
    }
    return false;
  };
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as SourceLine;
    if (!line.text || isDebris(line.folded)) continue;
    const c: ReturnType<typeof findConvention> = convention ? null : findConvention(line.text);
    if (c) convention = { text: c.text, line: line.no };
    if (!title && isNoticeTitle(line.folded)) title = stripMetadataLabel(line.text).trim();
    if (recipients.length === 0) recipients = readRecipients(line.text) ?? [];
    if (!date && isDateLine(line.folded)) date = dateOfLine(line.text);
    if (!issuer) {
      issuer = readIssuer(line.text, dateFollows(head, i));
      // A joint letterhead: one issuer per line (中共青岚县委办公室 / 青岚县人民政府办公室).
      for (let k = i + 1; issuer && k < head.length && isIssuerLine((head[k] as SourceLine).folded); k++) {
        issuer += `、${(head[k] as SourceLine).text.replace(/\s+/g, "")}`;
        i = k;
      }
    }
  }
  // A signature at the end of the document, or the colophon (版记).
  if (!issuer || !date) {
    const tail = bodyLines.slice(-8);
    tail.forEach((line, i) => {
      const colophon = splitColophon(line.text);
      if (!date && isDateLine(line.folded)) date = dateOfLine(line.text);
      if (!date && colophon) date = colophon.date;
      if (!issuer && !readNumbering(line.folded) && !isLabelLine(line.folded))
        issuer = colophon?.issuer ?? readIssuer(line.text, dateFollows(tail, i));
    });
  }
  return { title, issuer, date, recipients, convention };
}

/** The line with 【牵头单位】-style labels rewritten as 牵头单位: (the table reader keeps the raw line). */
function withPlainLabels(line: SourceLine): SourceLine {
  if (!line.folded.includes("【") && !line.folded.includes("〖")) return line;
  const text = unbracketLabels(line.text);
  return text === line.text ? line : { ...line, text, folded: fold(text) };
}

/** The nearest non-empty line before `lines[i]`, or null. */
function previousLine(lines: readonly SourceLine[], i: number): SourceLine | null {
  for (let k = i - 1; k >= 0; k--) if ((lines[k] as SourceLine).text !== "") return lines[k] as SourceLine;
  return null;
}

/** A short line that can be the first half of a title broken over two lines. */
function isTitleStart(line: SourceLine): boolean {
  const f = line.folded;
  return (
    f.length <= 30 &&
    !/[。,;:!?]/.test(f) &&
    !readNumbering(f) &&
    !/^附件/.test(f) &&
    !isDateLine(f) &&
    !isIssuerLine(f) &&
    !isNoticeTitle(f) &&
    !isBreakdownTitle(f) &&
    readLeaderHeading(line.text) === null &&
    /\d{4}年|政府|重点|工作|市|区|县/.test(f)
  );
}

function isTableEnd(line: SourceLine): boolean {
  return (
    isBreakdownTitle(line.folded) || COLOPHON.test(line.folded) || /^(注|备注|说明)[::]/.test(line.folded)
  );
}

/**
 * Parses the text of a breakdown document.
 * @example parseBreakdown("一、王某市长牵头重点工作\n1.推进城东改造。\n责任单位:建设局、发改局").tasks[0]
 *   → { id: "1.1", leader: "王某", leaderTitle: "市长", leads: ["建设局"], coUnits: ["发改局"], … }
 */
export function parseBreakdown(text: string, options: { encoding?: string } = {}): ParsedDocument {
  const all = toLines(text);
  const lines = all.filter((l) => l.text === "" || !isDebris(l.folded)).map(withPlainLabels);
  const parser = new Parser(lines);

  // The first breakdown title starts the body; the notice above it never becomes tasks.
  const firstTitle = lines.findIndex(
    (l) => l.text !== "" && !readNumbering(l.folded) && isBreakdownTitle(l.folded),
  );
  const bodyStart = firstTitle >= 0 ? firstTitle : 0;
  if (firstTitle < 0) parser.startPart(null, null);

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === "") continue;
    if (!readNumbering(line.folded) && isBreakdownTitle(line.folded)) {
      // The current part's own title again: a running header at the top of a page (PDF copies).
      if (parser.isRunningHeader(line)) continue;
      // A second title after tasks starts another breakdown; a title right after a title is a subtitle.
      if (parser.parts.length === 0 || parser.partHasNodes()) {
        // A title broken over two lines (壬区政府2023年重点工作 / 任务分解和责任分工方案) is one title.
        const prev = previousLine(lines, i);
        const joined = prev && isTitleStart(prev) ? prev : null;
        const title = stripAttachmentMark((joined ? joined.text : "") + line.text).trim();
        parser.startPart(title, joined ? joined.no : line.no);
      }
      continue;
    }
    const header = detectHeader(lines, i);
    if (header) {
      const table = readTable(lines, header, line.no, isTableEnd);
      parser.table(table.items);
      i = table.end - 1;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
    parser.line(line, lines[j] ?? null);
  }

  const finished = finish(parser);
  // Numbered items without a single unit anywhere are not a breakdown (a news article, a plan): no tasks.
  const noUnits = finished.tasks.every((t) => t.leads.length + t.coUnits.length === 0);
  const tasks = noUnits ? [] : finished.tasks;
  const treeIssues = noUnits ? finished.issues.filter((i) => i.code !== "task-no-units") : finished.issues;
  // Without a breakdown title, the notice is what comes before the first section or task.
  const headerEnd =
    firstTitle >= 0 ? bodyStart : lines.filter((l) => l.no < (finished.firstContentLine ?? 0)).length;
  // A signature sits below the last task and the last unit line.
  const lastContent = tasks.reduce((last, t) => Math.max(last, t.line), parser.lastUnitLine);
  const headerInfo = readHeaderInfo(
    lines,
    headerEnd,
    lines.slice(headerEnd).filter((l) => l.no > lastContent),
  );
  const parts: DocumentPart[] = parser.parts.map((p) => ({ index: p.index, title: p.title, line: p.line }));
  const issues: ParseIssue[] = [...parser.issues, ...treeIssues];
  if (tasks.length === 0) {
    issues.push({ code: "no-tasks", severity: "error", line: null, params: { reason: noTaskReason(lines) } });
  }
  issues.sort((a, b) => (a.line ?? -1) - (b.line ?? -1));

  return {
    document: {
      title: headerInfo.title ?? parts[0]?.title ?? null,
      issuer: headerInfo.issuer,
      date: headerInfo.date,
      recipients: headerInfo.recipients,
      roleConvention: headerInfo.convention ?? parser.convention,
      parts,
      encoding: options.encoding ?? "utf-8",
    },
    tasks,
    issues,
  };
}

/** Why no task was found, for the `no-tasks` finding: empty, no numbered items, or no units anywhere. */
function noTaskReason(lines: readonly SourceLine[]): "empty" | "no-numbering" | "no-units" {
  const filled = lines.filter((l) => l.text !== "");
  if (filled.length === 0) return "empty";
  if (!filled.some((l) => readNumbering(l.folded))) return "no-numbering";
  return "no-units";
}

/** A parsed document with nothing in it but these findings (a file that could not be read). */
export function emptyDocument(encoding: string, issues: readonly ParseIssue[] = []): ParsedDocument {
  return {
    document: {
      title: null,
      issuer: null,
      date: null,
      recipients: [],
      roleConvention: null,
      parts: [],
      encoding,
    },
    tasks: [],
    issues,
  };
}

/**
 * Parses a file's bytes: detects the encoding (UTF-8, UTF-16 with BOM, GBK/GB18030), then parses.
 * An encoding inferred from the bytes is reported as an `encoding-guessed` finding.
 */
export function parseBytes(bytes: Uint8Array): ParsedDocument {
  const decoded = decodeBytes(bytes);
  if (decoded.unreadable) {
    // No encoding read the bytes as text: none is claimed ("" rather than the last one tried).
    return emptyDocument("", [
      { code: "encoding-unreadable", severity: "error", line: null, params: { tried: decoded.encoding } },
    ]);
  }
  const parsed = parseBreakdown(decoded.text, { encoding: decoded.encoding });
  const read = encodingIssues(decoded);
  return read.length === 0 ? parsed : { ...parsed, issues: [...read, ...parsed.issues] };
}

/** Findings about how the bytes were read: a guessed encoding, and each line with bytes it could not read. */
function encodingIssues(decoded: Decoded): ParseIssue[] {
  const out: ParseIssue[] = [];
  if (decoded.guessed)
    out.push({
      code: "encoding-guessed",
      severity: "info",
      line: null,
      params: { encoding: decoded.encoding },
    });
  const shown = decoded.badLines.slice(0, 20);
  shown.forEach((line, i) => {
    const more = i === shown.length - 1 ? decoded.badLines.length - shown.length : 0;
    out.push({
      code: "encoding-bad-bytes",
      severity: "warning",
      line,
      params: { encoding: decoded.encoding, more },
    });
  });
  return out;
}
