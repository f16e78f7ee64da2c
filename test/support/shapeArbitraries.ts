/**
 * The arbitraries of the table-shapes property (shapes.property.test.ts), shared with the cut-end property
 * (cutEnd.property.test.ts): made-up tasks and every option renderShapes knows, drawn with the combinations the
 * shapes property leaves out (see its comment) left out.
 */

import fc from "fast-check";
import { csvRows } from "../../src/core/files/csv";
import { gridText } from "../../src/core/files/grid";
import {
  HEADER_WORDS,
  RECORD_MARKS,
  SHAPES,
  type Shape,
  type ShapeOptions,
  type ShapeTask,
} from "./renderShapes";

const UNITS = [
  "市发改委",
  "市财政局",
  "市住建局",
  "市教育局",
  "市卫健委",
  "市生态环境局",
  "市交通运输局",
  "市自然资源和规划局",
  "市人力资源社会保障局",
  "市商务局",
  "市农业农村局",
  "市市场监管局",
  "各县（市、区）人民政府",
  "市级有关部门",
  "国网某市供电公司",
  "团市委",
] as const;

export const madeUpTask: fc.Arbitrary<ShapeTask> = fc
  .record({
    verb: fc.constantFrom("推进", "完成", "新建", "改造提升", "实施", "加快建设", "持续推进", "全面落实"),
    object: fc.constantFrom(
      "老旧小区改造",
      "农贸市场",
      "城乡供水一体化工程",
      "普惠性托育机构",
      "乡村公路",
      "“一网通办”政务服务事项",
      "公办幼儿园、中小学",
    ),
    n: fc.integer({ min: 2, max: 900 }),
    measure: fc.constantFrom("个。", "个", "公里，力争年底前全部完工。", "万平方米；", "%以上"),
    units: fc.shuffledSubarray([...UNITS], { minLength: 1, maxLength: 4 }),
    leadCount: fc.constantFrom(1, 1, 1, 2),
    deadline: fc.constantFrom(
      null,
      "6月底前",
      "年底前",
      "2024年12月底",
      "三季度末",
      "长期坚持",
      "2024年6月30日前",
      "持续推进",
    ),
    leader: fc.constantFrom(null, "张明", "李建华", "王芳、赵强"),
  })
  .map(({ verb, object, n, measure, units, leadCount, deadline, leader }) => ({
    text: `${verb}${object}${n}${measure}`,
    leads: units.slice(0, Math.min(leadCount, units.length)),
    coUnits: units.slice(Math.min(leadCount, units.length)),
    deadline,
    leader,
  }));

export const options: fc.Arbitrary<ShapeOptions> = fc
  .record({
    shape: fc.constantFrom(...SHAPES),
    taskHeader: fc.constantFrom(...HEADER_WORDS.task),
    leadHeader: fc.constantFrom(...HEADER_WORDS.lead),
    coHeader: fc.constantFrom(...HEADER_WORDS.co),
    deadlineHeader: fc.constantFrom(...HEADER_WORDS.deadline),
    leaderHeader: fc.constantFrom(...HEADER_WORDS.leader),
    oneUnitsColumn: fc.boolean(),
    leaderFirst: fc.boolean(),
    deadlineBeforeUnits: fc.boolean(),
    extra: fc.constantFrom(null, ...HEADER_WORDS.extra),
    join: fc.constantFrom("、" as const, "，" as const, "," as const),
    title: fc.boolean(),
    notice: fc.boolean(),
    annex: fc.boolean(),
    pageEvery: fc.constantFrom(0, 0, 2, 3),
    gap: fc.integer({ min: 1, max: 6 }),
    empty: fc.constantFrom("" as const, "/" as const, "无" as const, "—" as const),
    seqColumn: fc.boolean(),
    spacedHeader: fc.boolean(),
    sections: fc.boolean(),
    pageMark: fc.constantFrom("dash" as const, "hyphen" as const, "page" as const, "slash" as const),
    repeatHeader: fc.boolean(),
    leaderTitle: fc.boolean(),
    unitsPerLine: fc.boolean(),
    rowGap: fc.boolean(),
    recordMark: fc.constantFrom(...RECORD_MARKS),
    nameHeader: fc.constantFrom(null, null, ...HEADER_WORDS.name),
    nameMerged: fc.boolean(),
    leaderMerged: fc.boolean(),
    contentHeader: fc.constantFrom(...HEADER_WORDS.content),
    splitHeader: fc.boolean(),
    cellBar: fc.boolean(),
    categoryHeader: fc.constantFrom(null, null, ...HEADER_WORDS.category),
    brokenHeader: fc.boolean(),
    barLine: fc.boolean(),
    headingColumn: fc.boolean(),
    proseUnits: fc.constantFrom(false, false, true),
    unitRuns: fc.boolean(),
    emptySeq: fc.boolean(),
    leadPerson: fc.constantFrom(null, null, null, "伍泽国", "(张伟)", "局长李明华"),
  })
  .map(({ contentHeader, ...o }) => ({
    ...o,
    // Under a name column the task column holds the content (名称 / 工作任务).
    taskHeader: o.nameHeader && !o.shape.startsWith("record") ? contentHeader : o.taskHeader,
    // One cell per line without 序号 only as rows ending in a run of unit lines (renderShapes adds it otherwise).
    seqColumn: o.seqColumn || (o.shape.startsWith("cellPerLine") && !o.unitRuns) || singleSpaced(o),
    // Cells set apart by single spaces: the rows are told apart by their numbers and a header's names are written
    // whole (spaced-out names, and a leader beside a name before the task, cannot be told from the spaces between
    // words); a blank cell is two spaces together.
    ...(singleSpaced(o) ? { spacedHeader: false, leaderFirst: o.leaderFirst && o.nameHeader === null } : {}),
    // Cells set apart by single spaces: no category column merged over rows before a name column (left out).
    ...(singleSpaced(o) && o.nameHeader !== null ? { categoryHeader: null } : {}),
    // A leader's cell merged over rows, the task cells numbered: one cell per line only.
    leaderMerged: o.leaderMerged && o.shape.startsWith("cellPerLine"),
    // Header names broken by a run of spaces: only where the cells are set apart by single spaces.
    brokenHeader: o.brokenHeader && singleSpaced(o),
  }));

/** True when the cells of a runs-of-spaces shape are set apart by single spaces. */
function singleSpaced(o: { shape: Shape; gap: number }): boolean {
  return o.shape === "spaces" && o.gap === 1;
}

/** The text the parser is given: a CSV goes through the reader a .csv file takes. */
export const asRead = (text: string, shape: Shape): string =>
  shape === "csv" ? gridText([{ name: "", cells: csvRows(text), merges: [] }]) : text;
