/**
 * The 通报 as a document: a title, issuer and date, then sections of sentences and tables — what both the
 * .docx and the 通报 sheet render, so that the two say the same.
 */

import { zh } from "../text/cnPunct";
import type { BulletinFigures, ListedTask, Tally } from "./bulletinFigures";

/** A table of the 通报: header and rows of text or numbers. */
export interface BulletinTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** A section: a heading (一、…), sentences, and a table when there is something to list. */
export interface BulletinSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table: BulletinTable | null;
}

/** The whole 通报. */
export interface BulletinDoc {
  readonly title: string;
  /** The period, under the title: (2026年3月). */
  readonly subtitle: string;
  readonly issuer: string;
  readonly date: string;
  readonly sections: readonly BulletinSection[];
}

const TALLY_HEADER = ["任务数", "已完成", "正常推进", "滞后", "逾期", "完成率(%)"] as const;
const tallyRow = (t: Tally): Array<string | number> => [
  t.name,
  t.tasks,
  t.done,
  t.onSchedule,
  t.behind,
  t.overdue,
  t.rate,
];
const taskRows = (list: readonly ListedTask[], withLight: boolean): Array<Array<string | number>> =>
  list.map((t) => [t.id, t.text, t.lead, t.leader, t.deadline, t.status, ...(withLight ? [t.light] : [])]);
/** The overdue list's rows: the 截止日期 that made each task overdue, where the other lists show 完成时限. */
const overdueRows = (list: readonly ListedTask[]): Array<Array<string | number>> =>
  list.map((t) => [t.id, t.text, t.lead, t.leader, t.due ?? t.deadline, t.status]);

/** A Chinese date: 2026-03-31 → 2026年3月31日. */
export const chineseDate = (iso: string): string =>
  `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The title's period: 2026-03 → 2026年3月, 2026Q1 → 2026年第一季度. */
export const periodWords = (period: string): string => {
  const q = /^(\d{4})Q([1-4])$/.exec(period);
  return q
    ? `${q[1]}年第${"一二三四"[Number(q[2]) - 1]}季度`
    : `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
};

/**
 * The work a source title names, for the 通报's title: the notice's frame taken off (X关于印发…的通知, 关于对…进行
 * 督办的通知, 《》) and the breakdown's own words (责任分解, 目标任务分解表, 分工方案, 清单); 重点工作 when nothing is left.
 * @example workName("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知") → "2016年民生实事"
 */
export function workName(title: string): string {
  let t = title.replace(/\s+/g, "");
  for (let pass = 0; pass < 2; pass++) {
    const about = t.indexOf("关于");
    if (about >= 0) t = t.slice(about + 2);
    t = t
      .replace(/的(通知|意见|函|决定|批复)$/, "")
      .replace(/^(印发|下达|分解|转发)/, "")
      .replace(/^《(.*)》$/, "$1");
  }
  const done = /^对(.+?)(进行|实行|开展|实施|加强)/.exec(t);
  if (done) t = done[1] as string;
  t = t.replace(/(目标)?(任务)?(责任)?(分解表?|分工方案|清单)$/, "");
  return t || "重点工作";
}

/**
 * What a past period's 通报 says of its statuses: taken from 进展记录's rows of the period, and which tasks had
 * none there and are counted with today's (the first ten named).
 */
function pastNote(period: string, now: readonly string[], tasks: number): string {
  const named = now.length > 10 ? `${now.slice(0, 10).join("、")}等` : now.join("、");
  if (now.length === 0) return zh`各项任务的完成状态取自进展记录中 ${period} 的记录。`;
  if (now.length === tasks)
    return zh`进展记录中没有 ${period} 的完成状态记录,各项任务均按当前完成状态统计,不一定是 ${period} 当时的情况。`;
  return zh`完成状态取自进展记录中 ${period} 的记录;其中 ${now.length} 项任务(${named})没有该期记录,按当前完成状态统计。`;
}

/** The 通报 of the figures; `subject` names the work (the ledger's source title), `issuer` who sends it. */
export function bulletinDoc(f: BulletinFigures, subject: string, issuer: string): BulletinDoc {
  const t = f.total;
  const parts = (list: BulletinFigures["byStatus"]) =>
    list.map((x) => zh`${x.name} ${x.count} 项(${x.share}%)`).join("、");
  return {
    title: zh`关于${workName(subject)}推进情况的通报`,
    subtitle: zh`(${periodWords(f.period)})`,
    issuer,
    date: chineseDate(f.today),
    sections: [
      {
        heading: "一、总体情况",
        paragraphs: [
          zh`截至${chineseDate(f.past?.asOf ?? f.today)},${t.tasks} 项任务中已完成 ${t.done} 项,正常推进 ${t.onSchedule} 项,滞后 ${t.behind} 项,逾期未完成 ${t.overdue} 项,完成率 ${t.rate}%。`,
          zh`按完成状态:${parts(f.byStatus)}。`,
          zh`按亮灯:${parts(f.byLight)}。`,
          ...(f.past ? [pastNote(f.period, f.past.statusesNow, t.tasks)] : []),
        ],
        table: { header: ["", ...TALLY_HEADER], rows: [tallyRow(t)] },
      },
      {
        heading: "二、分管领导任务推进情况",
        paragraphs: [],
        table: { header: ["分管领导", ...TALLY_HEADER], rows: f.byLeader.map(tallyRow) },
      },
      {
        heading: "三、牵头单位任务推进情况",
        paragraphs: [],
        table: { header: ["牵头单位", ...TALLY_HEADER], rows: f.byLead.map(tallyRow) },
      },
      {
        heading: "四、滞后任务",
        paragraphs: [
          f.behind.length > 0
            ? zh`以下 ${f.behind.length} 项任务进度滞后,请牵头单位加快推进。`
            : "没有进度滞后的任务。",
        ],
        table:
          f.behind.length > 0
            ? {
                header: ["编号", "工作任务", "牵头单位", "分管领导", "完成时限", "完成状态", "亮灯"],
                rows: taskRows(f.behind, true),
              }
            : null,
      },
      {
        heading: "五、逾期未完成任务",
        paragraphs: [
          f.overdue.length > 0
            ? zh`以下 ${f.overdue.length} 项任务已过截止日期仍未完成。`
            : "没有逾期未完成的任务。",
          ...((f.textDates ?? []).length > 0
            ? [
                zh`另有 ${(f.textDates ?? []).length} 项任务的截止日期写成了文字(` +
                  (f.textDates ?? []).map((d) => `${d.id}：${d.written}`).join("；") +
                  zh`),台账的亮灯和本通报都未按它判断逾期;请在任务台账中改为日期。`,
              ]
            : []),
        ],
        table:
          f.overdue.length > 0
            ? {
                header: ["编号", "工作任务", "牵头单位", "分管领导", "截止日期", "完成状态"],
                rows: overdueRows(f.overdue),
              }
            : null,
      },
      {
        heading: "六、报送情况",
        paragraphs: [
          f.missing.length === 0 && f.late.length === 0
            ? zh`各单位均按时报送(截止 ${chineseDate(f.reportDue)})。`
            : zh`报送截止 ${chineseDate(f.reportDue)}:未报送 ${f.missing.length} 个单位,逾期报送 ${f.late.length} 个单位。`,
        ],
        table:
          f.missing.length + f.late.length > 0
            ? {
                header: ["单位", "情况", "任务数/报送日期"],
                rows: [
                  ...f.missing.map((m) => [m.unit, "未报送", m.tasks]),
                  ...f.late.map((l) => [l.unit, "逾期报送", l.reportedOn]),
                ],
              }
            : null,
      },
      {
        heading: "七、量化指标完成情况",
        paragraphs: [f.targets.length > 0 ? "" : "台账中没有量化指标。"].filter((p) => p !== ""),
        table:
          f.targets.length > 0
            ? {
                header: ["编号", "指标", "目标值", "实际值", "亮灯"],
                rows: f.targets.map((x) => [x.id, x.indicator, x.target, x.actual, x.light]),
              }
            : null,
      },
    ],
  };
}
