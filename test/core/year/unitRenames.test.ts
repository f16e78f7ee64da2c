import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { bulletinDoc } from "../../../src/core/rounds/bulletinDoc";
import { bulletinFigures } from "../../../src/core/rounds/bulletinFigures";
import type { ProgressRow } from "../../../src/core/year/progress";
import { unitRenames } from "../../../src/core/year/unitRenames";
import { updateLedger } from "../../../src/core/year/updateLedger";
import { updateReportLines } from "../../../src/core/year/updateText";
import { sampleLedger } from "../../support/sampleLedger";
import { gridOf } from "../../support/planGrid";
import { carriedContext } from "../../../src/core/workbook/carryLedger";
import { updatedPlan } from "../../../src/core/workbook/updatePlan";
import { sampleText } from "../../support/paths";
import { revisedSample } from "../../support/revisedSample";

const OLD = "交通运输局";
const NEW = "公路与运输管理中心";
const { model } = sampleLedger();
const ids = (unit: string) => model.tasks.filter((t) => `${t.lead}、${t.co}`.split("、").includes(unit));

/** A returned row of 2020-03, as collect lands it. */
const returned = (id: string, unit: string, status: string, reportedOn = "2020-03-28"): ProgressRow => ({
  id,
  period: "2020-03",
  unit,
  status,
  progress: `${unit}:${id}`,
  problems: "",
  nextSteps: "",
  reportedOn,
  source: "报送",
});

describe("a unit an update renames", () => {
  // The office reorganised: the revision names 公路与运输管理中心 wherever it named 交通运输局.
  const renamed = parseBreakdown(sampleText().replaceAll(OLD, NEW));
  const mine = ids(OLD);
  // 交通运输局 returned March's form: 推进中 on the tasks it leads (滞后 on the first); other units too.
  const march: ProgressRow[] = [
    ...mine.map((t, k) =>
      returned(t.id, OLD, t.lead.split("、")[0] === OLD ? (k === 0 ? "滞后" : "推进中") : ""),
    ),
    // 1.1's lead unit 财政局 said 推进中; a co-unit's word sets no task's status, in March as on 任务台账.
    returned("1.1", "财政局", "推进中"),
    returned("1.1", "发改局", "已完成"),
  ];
  // Since March every task was set 已完成 on 任务台账.
  const now = { ...model, tasks: model.tasks.map((t) => ({ ...t, status: "已完成" })) };
  const result = updateLedger(now, march, renamed);

  it("is recorded in 单位名录: its row under the new name, the old one an alias, and said so in the report", () => {
    expect(mine.length).toBe(6);
    expect(result.report.units).toEqual([{ from: OLD, to: NEW, tasks: mine.map((t) => t.id) }]);
    const units = result.model.registry.units;
    expect(units.some((u) => u.name === OLD)).toBe(false);
    expect(units.find((u) => u.name === NEW)?.aliases).toContain(OLD);
    const lines = updateReportLines(now, result, "zh-CN");
    expect(lines.some((l) => l.startsWith(`单位更名 ${OLD} → ${NEW}`))).toBe(true);
    // Not an unknown unit: 单位名录 has it now.
    expect(lines.some((l) => l.includes("单位名录中没有"))).toBe(false);
  });

  it("keeps its row's own columns in 单位名录 under the new name", () => {
    const old = model.registry.units.find((u) => u.name === OLD)!;
    const units = {
      sheet: "单位名录",
      top: 0,
      left: 0,
      header: ["单位", "别名", "类别", "所属组", "联系人"],
      rows: [[OLD, "", old.kind, "", "交通科 王五"]],
    };
    const plan = updatedPlan(result, {
      ...carriedContext(
        { tasks: null, units },
        { today: "2020-12-01", why: "机构改革", version: "test", pivots: false },
      ),
    });
    const grid = gridOf(plan, "units");
    const rows = grid.records(grid.findHeader("单位", "别名", "类别", "所属组", "联系人"));
    expect(
      rows.filter((r) => r["联系人"] !== undefined).map((r) => [r["单位"], r["别名"], r["联系人"]]),
    ).toEqual([[NEW, OLD, "交通科 王五"]]);
  });

  it("is no rename where the old name stays on other tasks (another lead for one task)", () => {
    const other = updateLedger(model, [], parseBreakdown(revisedSample()));
    expect(other.report.units).toBeUndefined();
    expect(other.model.registry.units.some((u) => u.name === OLD)).toBe(true);
    // 甲's two tasks went to two new units: its work was shared out, not renamed.
    const two = [
      { lead: "甲", co: "乙" },
      { lead: "甲", co: "乙" },
    ];
    const pairs = [
      { old: 0, new: 0 },
      { old: 1, new: 1 },
    ];
    const split = [
      { id: "1", lead: "丙", co: "乙" },
      { id: "2", lead: "丁", co: "乙" },
    ];
    expect(unitRenames(two, split, pairs)).toEqual([]);
    // Both to 丙, in 甲's role: a rename; to 丙 but as a co-unit: none.
    const both = split.map((t) => ({ ...t, lead: "丙" }));
    expect(unitRenames(two, both, pairs)).toEqual([{ from: "甲", to: "丙", tasks: ["1", "2"] }]);
    const demoted = split.map((t) => ({ ...t, lead: "乙", co: "丙" }));
    expect(unitRenames(two, demoted, pairs)).toEqual([]);
  });

  it("keeps its March returns: the 通报 of March counts them for the new name, and March's statuses, not today's", () => {
    const f = bulletinFigures(result.model, result.progress, [], "2020-03", "2020-12-01");
    // Reported in March under its old name: not on the 未报送 list under its new one.
    expect(f.missing.some((m) => m.unit === NEW)).toBe(false);
    expect(f.missing.some((m) => m.unit === OLD)).toBe(false);
    expect(f.late).toEqual([]);
    // The tasks it led were 滞后 (one) and 推进中 in March, 1.1 推进中 by its lead; the rest have no record of March.
    const led = mine.filter((t) => t.lead.split("、")[0] === OLD);
    const recorded = new Set([...led.map((t) => t.id), "1.1"]);
    const count = (s: string) => f.byStatus.find((x) => x.name === s)?.count;
    expect(count("滞后")).toBe(1);
    expect(count("推进中")).toBe(recorded.size - 1);
    expect(count("已完成")).toBe(73 - recorded.size);
    expect(f.past?.asOf).toBe("2020-03-31");
    expect(f.past?.statusesNow).toHaveLength(73 - recorded.size);
    expect(f.past?.statusesNow).not.toContain(led[0]?.id);
    const doc = bulletinDoc(f, "2020年政府工作报告主要工作责任分解", "督查室");
    const overall = doc.sections[0]?.paragraphs ?? [];
    expect(overall[0]).toMatch(/^截至2020年3月31日/);
    expect(overall.at(-1)).toBe(
      `完成状态取自进展记录中 2020-03 的记录\uff1b其中 ${73 - recorded.size} 项任务\uff08${f.past?.statusesNow
        .slice(0, 10)
        .join("、")}等\uff09没有该期记录\uff0c按当前完成状态统计。`,
    );
  });

  it("reports the period just ended with today's statuses, as the ledger stands", () => {
    const f = bulletinFigures(result.model, result.progress, [], "2020-03", "2020-04-05");
    expect(f.past).toBeUndefined();
    expect(f.byStatus.find((x) => x.name === "已完成")?.count).toBe(73);
    expect(f.missing.some((m) => m.unit === NEW)).toBe(false);
  });
});
