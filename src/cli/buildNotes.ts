/** Lines of `taizhang build`'s report: the ledger's year and where it came from, and the collectives' members. */

import type { DocumentYear } from "../core/ledger/documentYear";
import type { Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { membersOf } from "../core/units/registry";
import type { Registry } from "../core/units/types";
import { counted } from "./report";

const YEAR_FROM: Readonly<Record<DocumentYear["from"], readonly [string, string]>> = {
  title: ["标题", "the title"],
  deadlines: ["完成时限", "the tasks' deadlines (完成时限)"],
  date: ["发文日期", "the date"],
  text: ["任务中的年度", "the tasks' 年度 words"],
};

/**
 * Which year the ledger took (说明's 时限年度: the periods and the lights follow it) and from where; when the
 * document names none, that this year was taken and how to set another.
 * @example yearLine(2021, { year: 2021, from: "deadlines" }, false, "zh-CN") === "时限年度：2021 年（取自完成时限）。"
 */
export function yearLine(year: number, named: DocumentYear | null, given: boolean, lang: Lang): string {
  const isZh = lang === "zh-CN";
  if (given) {
    const differs = named && named.year !== year;
    return isZh
      ? zh`时限年度:${year} 年(按 --year${differs ? zh`;文件的${YEAR_FROM[named.from][0]}写的是 ${named.year} 年` : ""})。`
      : `Year (时限年度): ${year} (--year${differs ? `; the document's ${YEAR_FROM[named.from][1]} say ${named.year}` : ""}).`;
  }
  if (named)
    return isZh
      ? zh`时限年度:${year} 年(取自${YEAR_FROM[named.from][0]})。`
      : `Year (时限年度): ${year} (from ${YEAR_FROM[named.from][1]}).`;
  return isZh
    ? zh`注意:文件的标题、完成时限和发文日期都没有写明年份,时限年度取了今年(${year} 年)。如不是,请加 --year <年份> 重新生成,或改说明中的“时限年度”(期次和亮灯都按它)。`
    : `Note: the document's title, deadlines and date name no year, so the ledger's year (时限年度) is this year, ${year}. If that is wrong, build again with --year <year>, or correct 时限年度 on 说明 (the periods and the lights follow it).`;
}

/** The collectives of a registry that have members (各镇(街道) with the towns and streets of the document). */
export function collectivesWithMembers(registry: Registry): string[] {
  return registry.units
    .filter((u) => u.kind === "组" && membersOf(registry, u.name).length > 0)
    .map((u) => u.name);
}

/** Where the members of the collectives came from, and that the clerk adds the others in 单位名录. */
export function membersNote(groups: readonly string[], registry: Registry, lang: Lang): string {
  const members = new Set(groups.flatMap((g) => membersOf(registry, g)));
  return lang === "zh-CN"
    ? zh`单位组 ${groups.join("、")} 的成员是文件中出现的 ${members.size} 个镇、街道;文件没有列出的成员,请在单位名录的“所属组”列中添加。`
    : `The members of ${groups.join(", ")} are the ${counted(members.size, "town or street", "towns and streets")} the document names; add the others in 单位名录 (column 所属组).`;
}
