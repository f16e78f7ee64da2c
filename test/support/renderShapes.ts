// Renders a list of tasks as a breakdown document in one of the table or record shapes a clerk receives (a
// tab table, '|' rows, one cell per line, cells set off by runs of spaces, CSV, vertical records), with the
// header wordings, column orders and page furniture real documents use. The shape property test
// (test/core/parse/shapes.property.test.ts) feeds it the readings of the corpus's tables and made-up tasks: the
// parser must read the same leads, co-units and deadlines whatever the shape.

import { WORK_VERB } from "../../src/core/parse/tableSpans";

/** One task to render: its text and who does it. */
export interface ShapeTask {
  readonly text: string;
  readonly leads: readonly string[];
  readonly coUnits: readonly string[];
  readonly deadline: string | null;
  readonly leader: string | null;
}

/** The ways a table's rows reach the clerk as text. */
export const SHAPES = [
  "tab",
  "pipe",
  "pipeBare",
  "cellPerLine",
  "cellPerLineBlank",
  "spaces",
  "csv",
  "recordColon",
  "recordLines",
  "recordNumbered",
  "recordNumberGlued",
  "recordNumberLine",
  "recordProse",
] as const;
export type Shape = (typeof SHAPES)[number];

/** Header wordings real documents use, by column (the vocabulary's synonyms). */
export const HEADER_WORDS = {
  task: [
    "工作任务",
    "重点任务",
    "主要内容",
    "项目名称",
    "任务内容",
    "工作内容",
    "目标任务",
    "工作事项",
    "具体任务",
    "重点工作",
    "建设内容",
    "主要工作",
  ],
  lead: [
    "牵头单位",
    "牵头部门",
    "主责单位",
    "牵头责任单位",
    "主办单位",
    "牵头处室",
    "牵头科室",
    "主要责任单位",
    "直接责任单位",
    "第一责任单位",
  ],
  /** A plain list column: its first unit leads; only for tasks with one lead. */
  units: ["责任单位", "责任部门", "责任主体", "承办单位", "具体责任单位", "包保单位"],
  co: [
    "配合单位",
    "协办单位",
    "参与单位",
    "协作单位",
    "配合部门",
    "协同单位",
    "协助单位",
    "配合科室",
    "共同责任单位",
    "协同责任单位",
    "其他责任单位",
  ],
  deadline: ["完成时限", "时间节点", "完成时间", "完成期限", "时间要求", "进度安排", "完成节点"],
  leader: ["责任领导", "分管领导", "牵头领导", "联系领导", "包抓领导", "牵头县领导", "分管副市长"],
  extra: ["备注", "进展情况", "工作措施"],
  /** A short name column before the task's (名称 / 工作任务): the task column is then one of `content`. */
  name: ["名称", "项目名称", "重点工作", "事项", "指标名称"],
  content: ["工作任务", "主要内容", "建设内容", "具体措施", "工作目标"],
  /** A category merged over rows (项目类别 / 具体内容): context, never the task. */
  category: ["项目类别", "事项分类", "工作类别", "类别", "领域"],
} as const;

/** How one document is laid out. */
export interface ShapeOptions {
  readonly shape: Shape;
  readonly taskHeader: string;
  readonly leadHeader: string;
  readonly coHeader: string;
  readonly deadlineHeader: string;
  readonly leaderHeader: string;
  /** One units column (责任单位: leads then co-units) instead of a lead and a co-unit column. */
  readonly oneUnitsColumn: boolean;
  readonly leaderFirst: boolean;
  readonly deadlineBeforeUnits: boolean;
  /** A column after the units that holds no units (备注, 进展情况, 工作措施), or none. */
  readonly extra: string | null;
  /** How the units inside a cell are joined. */
  readonly join: "、" | "，" | ",";
  readonly title: boolean;
  readonly notice: boolean;
  readonly annex: boolean;
  /** A page number line after every `pageEvery` rows (0: none). */
  readonly pageEvery: number;
  /** The run of spaces between cells in the `spaces` shape (1: single spaces, cells told apart by content). */
  readonly gap: number;
  /** What an empty cell holds: nothing, or the mark clerks put there (/, 无, —). */
  readonly empty: "" | "/" | "无" | "—";
  /** A 序号 column (else the rows carry no number). */
  readonly seqColumn: boolean;
  /** Header names spaced out (责 任 单 位), as a Word table centres them. */
  readonly spacedHeader: boolean;
  /** A section row (一、…) over the rows, and another halfway. */
  readonly sections: boolean;
  /** How a page number is written: — 2 —, - 2 -, 第2页, 2/5. */
  readonly pageMark: "dash" | "hyphen" | "page" | "slash";
  /** The header again after each page number (a Word table breaking across pages). */
  readonly repeatHeader: boolean;
  /** Leaders with their title (张明副市长). */
  readonly leaderTitle: boolean;
  /** A units cell with one unit a line (Excel's quoted cell in tab and CSV text; lines of their own one cell per line). */
  readonly unitsPerLine: boolean;
  /** A blank line between rows. */
  readonly rowGap: boolean;
  /**
   * How a record's fields or the record itself are numbered (recordNumbered, recordNumberGlued, recordNumberLine):
   * 1. / 01 (and a space) / ① / (1) / 一、 — the field's own number, or the record's.
   */
  readonly recordMark?: RecordMark;
  /** A short name column before the task column (名称 / 工作任务), or none; not in the record shapes. */
  readonly nameHeader: string | null;
  /** The name cell merged over two rows: left out of the second one cell per line, blank in the other shapes. */
  readonly nameMerged: boolean;
  /**
   * The leader's cell merged over two rows (left out of the second one cell per line, blank in the other shapes),
   * the task cells numbered (1.…, 2.…) as such tables number them.
   */
  readonly leaderMerged?: boolean;
  /**
   * One cell per line: header names broken into two short cells (牵头 / 单位, 完成 / 时限, 项目 / 类别), as a
   * narrow web table wraps them.
   */
  readonly splitHeader?: boolean;
  /** One cell per line: every cell's line ends in ' |' (a web table copied with its borders). */
  readonly cellBar?: boolean;
  /**
   * A category column after 序号 (项目类别, 事项分类), its cell merged over two rows: left out of the second one cell
   * per line, blank in the other shapes; or none.
   */
  readonly categoryHeader?: string | null;
  /**
   * Cells set apart by single spaces: header names broken in two by a run of spaces (牵头   单位, 完成   时限), as a
   * PDF wraps a narrow header cell.
   */
  readonly brokenHeader?: boolean;
  /** '|' rows: each row followed by a line that is only '|' (the border of an empty last cell). */
  readonly barLine?: boolean;
  /**
   * '|' and tab rows without 序号: a first column of headings (一、…) merged over two rows, written only in the first
   * (the second row's cells one column early, padded with an empty cell at the end in '|' rows), the rows' running
   * numbers (1. 2. …) at the start of the task cell.
   */
  readonly headingColumn?: boolean;
  /** One units cell that names the roles (A牵头,B、C配合) instead of a lead and a co-unit column. */
  readonly proseUnits?: boolean;
  /**
   * One cell per line without 序号: the lead and co-unit columns one unit a line run together (the rows told apart
   * by their unit lines), a deadline's line last; only for tasks with one lead each, no leader or other column.
   */
  readonly unitRuns?: boolean;
  /**
   * A person written after each lead unit whose name ends like a bureau, a commission, an office or a government
   * (县住建局伍泽国, 县住建局(张伟), 县住建局局长李明华): the unit guard takes it off; the lead reads the same.
   */
  readonly leadPerson?: string | null;
  /**
   * One cell per line: the 序号 column's header kept but its cells left empty (no line), the rows told apart by
   * their cells' kinds; only for tasks with one lead each, no leader or other column (emptySeqFit).
   */
  readonly emptySeq?: boolean;
}

/** The numbers records and their fields carry. */
export const RECORD_MARKS = ["1.", "1、", "01 ", "①", "(1)", "（一）", "一、"] as const;
export type RecordMark = (typeof RECORD_MARKS)[number];

/** The `n`th number (from 1) written with a record mark. */
export function recordNumber(mark: RecordMark, n: number): string {
  const cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][(n - 1) % 10] as string;
  switch (mark) {
    case "1.":
      return `${n}.`;
    case "1、":
      return `${n}、`;
    case "01 ":
      return `${String(n).padStart(2, "0")} `;
    case "①":
      return String.fromCharCode(0x2460 + ((n - 1) % 20));
    case "(1)":
      return `(${n})`;
    case "（一）":
      return `（${cn}）`;
    case "一、":
      return `${cn}、`;
  }
}

/** A plain layout: 序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限, tab-separated, nothing around it. */
export const PLAIN: ShapeOptions = {
  shape: "tab",
  taskHeader: "工作任务",
  leadHeader: "牵头单位",
  coHeader: "配合单位",
  deadlineHeader: "完成时限",
  leaderHeader: "责任领导",
  oneUnitsColumn: false,
  leaderFirst: false,
  deadlineBeforeUnits: false,
  extra: null,
  join: "、",
  title: false,
  notice: false,
  annex: false,
  pageEvery: 0,
  gap: 2,
  empty: "",
  seqColumn: true,
  spacedHeader: false,
  sections: false,
  pageMark: "dash",
  repeatHeader: false,
  leaderTitle: false,
  unitsPerLine: false,
  rowGap: false,
  nameHeader: null,
  nameMerged: false,
};

/** What a column after the units holds: words that name no unit. */
const EXTRA_TEXT: Readonly<Record<string, string>> = {
  备注: "新增项目",
  进展情况: "已完成前期工作",
  工作措施: "加强统筹调度，定期通报",
};

/** The names a name column gives its rows, a new one every two rows. */
const ROW_NAMES = ["重点项目建设", "民生实事", "营商环境", "乡村振兴", "生态环境"] as const;

/** The categories a category column gives its rows, a new one every two rows. */
const CATEGORY_NAMES = ["经济发展", "“学有优教”工程", "社会民生", "生态文明建设"] as const;

/** A cell merged over rows: left out of a row one cell per line, blank in the other shapes. */
const MERGED = "\u0000";

interface Column {
  readonly header: string;
  readonly cell: (t: ShapeTask, i: number) => string;
}

/** The headings a heading column gives its rows, a new one every two rows. */
const HEADINGS = [
  "一、做好财政信息公开",
  "二、强化平台建设",
  "三、持续加强政策解读",
  "四、切实回应关切",
] as const;

/** True when the tasks can be written as rows ending in a run of unit lines (unitRuns). */
export function unitRunsFit(tasks: readonly ShapeTask[], o: ShapeOptions): boolean {
  return (
    o.unitRuns === true &&
    o.shape.startsWith("cellPerLine") &&
    o.extra === null &&
    !o.nameHeader &&
    !o.categoryHeader &&
    !o.deadlineBeforeUnits &&
    tasks.every((t) => t.leads.length === 1 && t.leader === null)
  );
}

/**
 * True when the tasks can be written under a 序号 column whose cells are empty (emptySeq): rows told apart by their
 * cells' kinds, so every task cell opens with a verb of work (a bare name, 十陵景区项目, is not told from a header
 * cell or a unit without a number before it).
 */
export function emptySeqFit(tasks: readonly ShapeTask[], o: ShapeOptions): boolean {
  return (
    o.emptySeq === true &&
    !o.unitRuns &&
    !o.leaderMerged &&
    unitRunsFit(tasks, { ...o, unitRuns: true }) &&
    tasks.every((t) => WORK_VERB.test(t.text))
  );
}

/** True when the rows get a heading column (headingColumn): '|' or tab rows without a 序号, a name or a category. */
const headingFit = (o: ShapeOptions): boolean =>
  o.headingColumn === true &&
  ["pipe", "pipeBare", "tab"].includes(o.shape) &&
  !o.seqColumn &&
  !o.nameHeader &&
  !o.categoryHeader &&
  !o.leaderFirst;

/** A units cell naming the roles: A牵头,B、C配合 (a single lead alone as it is). */
const proseCell = (t: ShapeTask): string =>
  t.leads.length === 1 && t.coUnits.length === 0
    ? (t.leads[0] as string)
    : `${t.leads.join("、")}牵头${t.coUnits.length > 0 ? `,${t.coUnits.join("、")}配合` : ""}`;

/**
 * The unit with the options' person after it, where its name ends like a bureau, an office or a government; a
 * person with a bureau head's title (局长) only after a bureau (团区委局长 names no office a clerk would write).
 */
const withPerson = (unit: string, o: ShapeOptions): string =>
  o.leadPerson && (o.leadPerson.startsWith("局长") ? /局$/ : /(局|委|办|政府)$/).test(unit)
    ? unit + o.leadPerson
    : unit;

/** The columns of a table of these tasks, in the options' order; a column no task fills is left out. */
function columns(tasks: readonly ShapeTask[], o: ShapeOptions): Column[] {
  const runs = unitRunsFit(tasks, o);
  const perLine =
    runs || (o.unitsPerLine && ["tab", "csv", "cellPerLine", "cellPerLineBlank"].includes(o.shape));
  const join = (us: readonly string[], lines = perLine) =>
    us.length > 0 ? us.join(lines ? "\n" : o.join) : o.empty;
  const any = (f: (t: ShapeTask) => boolean) => tasks.some(f);
  const leader: Column[] = any((t) => t.leader !== null)
    ? [
        {
          header: o.leaderHeader,
          cell: (t, i) =>
            o.leaderMerged && i % 2 === 1
              ? MERGED
              : t.leader === null
                ? o.empty
                : t.leader + (o.leaderTitle ? "副市长" : ""),
        },
      ]
    : [];
  const deadline: Column[] = any((t) => t.deadline !== null)
    ? [{ header: o.deadlineHeader, cell: (t) => t.deadline ?? o.empty }]
    : [];
  // One units column says only that its first unit leads: for tasks with one lead each.
  // Several leads before 牵头 (A、B牵头) may be taken for persons by the role-clause reader: one lead a task.
  const prose =
    o.proseUnits === true &&
    !o.shape.startsWith("record") &&
    o.shape !== "spaces" &&
    tasks.every((t) => t.leads.length === 1);
  const units: Column[] = prose
    ? [{ header: HEADER_WORDS.units[0], cell: (t) => (t.leads.length > 0 ? proseCell(t) : o.empty) }]
    : o.oneUnitsColumn && tasks.every((t) => t.leads.length === 1)
      ? [{ header: HEADER_WORDS.units[0], cell: (t) => join([...t.leads, ...t.coUnits]) }]
      : [
          // Several leads one a line would run into the co-units' lines below them: a lead cell is one line.
          {
            header: o.leadHeader,
            cell: (t) =>
              join(
                t.leads.map((u) => withPerson(u, o)),
                false,
              ),
          },
          // 主要责任单位 alone is a list (its first unit leads): beside it a co-units column says the rest lead too.
          ...(any((t) => t.coUnits.length > 0) || /^主要/.test(o.leadHeader)
            ? [{ header: o.coHeader, cell: (t: ShapeTask) => join(t.coUnits) }]
            : []),
        ];
  const extra: Column[] = o.extra
    ? [{ header: o.extra, cell: () => EXTRA_TEXT[o.extra as string] ?? "" }]
    : [];
  const record = o.shape.startsWith("record");
  const name: Column[] =
    o.nameHeader && !record
      ? [
          {
            header: o.nameHeader,
            cell: (_t, i) =>
              o.nameMerged && i % 2 === 1
                ? MERGED
                : (ROW_NAMES[Math.floor(i / 2) % ROW_NAMES.length] as string),
          },
        ]
      : [];
  const category: Column[] =
    o.categoryHeader && !record
      ? [
          {
            header: o.categoryHeader,
            cell: (_t, i) =>
              i % 2 === 1 ? MERGED : (CATEGORY_NAMES[(i / 2) % CATEGORY_NAMES.length] as string),
          },
        ]
      : [];
  const headings = headingFit(o);
  const heading: Column[] = headings
    ? [{ header: "工作任务", cell: (_t, i) => (i % 2 === 1 ? MERGED : (HEADINGS[(i / 2) % 4] as string)) }]
    : [];
  return [
    ...(o.seqColumn || (o.shape.startsWith("cellPerLine") && !runs)
      ? [
          {
            header: "序号",
            cell: (_t: ShapeTask, i: number) => (emptySeqFit(tasks, o) ? MERGED : String(i + 1)),
          },
        ]
      : []),
    ...category,
    ...(o.leaderFirst ? leader : []),
    ...name,
    ...heading,
    {
      header: headings ? "具体要求" : o.taskHeader,
      cell: (t, i) => (headings || o.leaderMerged ? `${i + 1}.${t.text}` : t.text),
    },
    ...(o.leaderFirst ? [] : leader),
    ...(o.deadlineBeforeUnits ? deadline : []),
    ...units,
    ...(o.deadlineBeforeUnits ? [] : deadline),
    ...extra,
  ];
}

/** A short header name spaced out as a centred Word cell shows it: 责任单位 → 责 任 单 位. */
const spaceOut = (name: string): string => (name.length <= 4 ? [...name].join(" ") : name);

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A header name broken in two, as a narrow web table wraps it: 牵头单位 → 牵头 / 单位; others as they are. */
const splitName = (name: string): string[] => {
  const m =
    /^(牵头|配合|协办|协同|协作|主办|参与|完成|项目|事项|工作)(单位|部门|科室|处室|时限|时间|类别|分类)$/.exec(
      name,
    );
  return m ? [m[1] as string, m[2] as string] : [name];
};

/** One row's lines in a table shape, each line ending in ' |' when `bar` (one cell per line only). */
function rowLines(row: readonly string[], shape: Shape, gap: number, bar = false): string[] {
  const lines = shapeLines(row, shape, gap);
  return bar && shape.startsWith("cellPerLine") ? lines.map((l) => (l === "" ? l : `${l} |`)) : lines;
}

/** One row's lines in a table shape. */
function shapeLines(row: readonly string[], shape: Shape, gap: number): string[] {
  const leftOut = shape === "cellPerLine" || shape === "cellPerLineBlank";
  const cells = leftOut ? row.filter((c) => c !== MERGED) : row.map((c) => (c === MERGED ? "" : c));
  switch (shape) {
    case "tab":
      // Excel quotes a cell that holds line breaks when it copies cells as text.
      return cells
        .map((c) => (c.includes("\n") ? `"${c.replace(/"/g, '""')}"` : c))
        .join("\t")
        .split("\n");
    case "pipe":
      return [`| ${cells.join(" | ")} |`];
    case "pipeBare":
      return [cells.join(" | ")];
    case "cellPerLine":
      return cells.flatMap((c) => c.split("\n"));
    case "cellPerLineBlank":
      return cells.flatMap((c, i) => (i === 0 ? c.split("\n") : ["", ...c.split("\n")]));
    case "spaces":
      return [cells.join(" ".repeat(gap))];
    case "csv":
      return cells.map(csvCell).join(",").split("\n");
    default:
      return [];
  }
}

/** One task as a vertical record: `label：value` lines, or a label line then its value line. */
function recordLines(t: ShapeTask, i: number, cols: readonly Column[], o: ShapeOptions): string[] {
  const shape = o.shape;
  // A record opens with its task label: a field above it (责任领导 first) would sit between two records, and
  // which record it belongs to is not told by the text.
  const own = cols.slice(o.seqColumn ? 1 : 0);
  const fields = [
    ...own.filter((c) => c.header === o.taskHeader),
    ...own.filter((c) => c.header !== o.taskHeader),
  ].filter((c) => c.cell(t, i) !== "" && c.cell(t, i) !== o.empty);
  // A document never numbers its records as it numbers its sections (一、稳增长促发展): under those, 1. instead.
  const mark = o.sections && o.recordMark === "一、" ? "1." : (o.recordMark ?? "1.");
  switch (shape) {
    case "recordLines":
      return [...fields.flatMap((c) => [`${c.header}：`, c.cell(t, i)]), ""];
    case "recordNumbered":
      // Each field carries its own number, from 1 in every record: 1.项目名称：… / 2.牵头单位：….
      return [...fields.map((c, k) => `${recordNumber(mark, k + 1)}${c.header}：${c.cell(t, i)}`), ""];
    case "recordNumberGlued":
      // The record's number before its first field: 01 项目名称：… / 牵头单位：….
      return [
        ...fields.map((c, k) => `${k === 0 ? recordNumber(mark, i + 1) : ""}${c.header}：${c.cell(t, i)}`),
        "",
      ];
    case "recordNumberLine":
      return [recordNumber(mark, i + 1), ...fields.map((c) => `${c.header}：${c.cell(t, i)}`), ""];
    case "recordProse":
      // The task's words as a paragraph with no label, its fields after it.
      return [...fields.map((c, k) => (k === 0 ? c.cell(t, i) : `${c.header}：${c.cell(t, i)}`)), ""];
    default:
      return [...fields.map((c) => `${c.header}：${c.cell(t, i)}`), ""];
  }
}

/** The tasks as one document of the given shape. */
export function renderShapes(tasks: readonly ShapeTask[], o: ShapeOptions): string {
  const cols = columns(tasks, o);
  const record = o.shape.startsWith("record");
  const out: string[] = [];
  if (o.notice)
    out.push(
      "各县（市、区）人民政府，市政府各部门：",
      "现将《2024年重点工作任务分解表》印发给你们，请认真抓好落实。",
      "市人民政府办公室",
      "2024年3月1日",
      "",
    );
  if (o.annex) out.push("附件1", "");
  if (o.title) out.push("2024年重点工作任务分解表", "");
  const header = (): string[] =>
    record
      ? []
      : rowLines(
          o.splitHeader && o.shape.startsWith("cellPerLine")
            ? cols.flatMap((c) => splitName(c.header))
            : cols.map((c) =>
                o.brokenHeader
                  ? splitName(c.header).join("   ")
                  : o.spacedHeader
                    ? spaceOut(c.header)
                    : c.header,
              ),
          o.shape,
          o.gap,
          o.cellBar,
        );
  out.push(...header());
  const half = Math.ceil(tasks.length / 2);
  tasks.forEach((t, i) => {
    if (o.pageEvery > 0 && i > 0 && i % o.pageEvery === 0) {
      const n = i / o.pageEvery + 1;
      const pages = Math.ceil(tasks.length / o.pageEvery);
      const marks = { dash: `— ${n} —`, hyphen: `- ${n} -`, page: `第${n}页`, slash: `${n}/${pages}` };
      out.push(marks[o.pageMark]);
      if (o.repeatHeader) out.push(...header());
    }
    if (o.sections && (i === 0 || i === half)) out.push(i === 0 ? "一、稳增长促发展" : "二、惠民生补短板");
    if (o.rowGap && i > 0 && !record) out.push("");
    // A row under a heading column's merged cell: its cells one column early ('|' rows padded at the end).
    const cells = cols.map((c) => c.cell(t, i));
    const shifted =
      headingFit(o) && cells[0] === MERGED ? [...cells.slice(1), ...(o.shape === "tab" ? [] : [""])] : cells;
    out.push(...(record ? recordLines(t, i, cols, o) : rowLines(shifted, o.shape, o.gap, o.cellBar)));
    if (o.barLine && o.shape.startsWith("pipe")) out.push("|");
  });
  return out.join("\n") + "\n";
}
