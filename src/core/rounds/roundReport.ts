/** Collect's report: the 催办 list, who returned what, and every line of refusal — printed and as 报送情况. */

import type { Lang } from "../messages";
import { zh } from "../text/cnPunct";
import type { CollectResult } from "./collectTypes";
import { collectMessage, DATE_FROM_SHORT } from "./messages";
import { hasReported } from "./collect";

/** The name of the sheet collect writes into the ledger. */
export const ROUND_SHEET = "报送情况";

/** The header of 报送情况's unit table. */
export const ROUND_UNIT_HEADER = [
  "单位",
  "牵头任务",
  "配合任务",
  "报送文件",
  "报送日期",
  "已汇总",
  "未采用",
  "情况",
] as const;
/** The header of 报送情况's list of findings. */
export const ROUND_FINDING_HEADER = ["序号", "文件", "单位", "编号", "单元格", "说明"] as const;

/** The printed report: totals, the 催办 list, then one line per finding. */
export function collectReportLines(r: CollectResult, lang: Lang): string[] {
  const isZh = lang === "zh-CN";
  const returned = r.units.filter(hasReported).length;
  const lines = [
    isZh
      ? zh`期次 ${r.period}:${r.units.length} 个单位中 ${returned} 个已报送;${r.landed} 项填报内容已汇总到进展记录(${r.added.length} 行),${r.refused} 项未采用;任务台账更新了 ${r.updates.length} 项任务的当前状态。`
      : `Period ${r.period}: ${returned} of ${r.units.length} units returned; ${r.landed} filled cells collected into 进展记录 (${r.added.length} rows), ${r.refused} not used; the current state of ${r.updates.length} tasks updated on 任务台账.`,
  ];
  if (r.missing.length > 0) {
    lines.push(
      isZh
        ? zh`催办(未报送 ${r.missing.length} 个单位):`
        : `To chase (${r.missing.length} units not returned):`,
    );
    for (const u of r.missing)
      lines.push(
        isZh
          ? zh`  ${u.unit}:牵头 ${u.lead} 项,配合 ${u.co} 项`
          : `  ${u.unit}: leads ${u.lead}, supports ${u.co}`,
      );
  }
  if (r.findings.length > 0) {
    lines.push(isZh ? zh`说明:` : "Notes:");
    for (const f of r.findings) lines.push(`  ${collectMessage(f, lang)}`);
  }
  return lines;
}

/** 报送情况's rows: a title, the unit table (not returned first), a blank row, the findings. */
export function roundSheetRows(
  r: CollectResult,
  lang: Lang,
): {
  readonly title: string;
  readonly units: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly findings: ReadonlyArray<ReadonlyArray<string | number>>;
} {
  const state = (u: CollectResult["units"][number]): string =>
    !hasReported(u)
      ? "未报送"
      : u.landed === 0
        ? zh`已报送(此前汇总)`
        : u.refused > 0
          ? "已报送,部分未采用"
          : "已报送";
  const ordered = [...r.units].sort((a, b) => Number(hasReported(a)) - Number(hasReported(b)));
  return {
    title: zh`${r.period} 报送情况`,
    units: ordered.map((u) => [
      u.unit,
      u.lead,
      u.co,
      u.file ?? "",
      u.reportedOn ? zh`${u.reportedOn}(${DATE_FROM_SHORT[u.dateFrom ?? "file"] ?? ""})` : "",
      u.landed,
      u.refused,
      state(u),
    ]),
    findings: r.findings.map((f, i) => [i + 1, f.file, f.unit, f.id, f.cell, collectMessage(f, lang)]),
  };
}
