/** The command line's usage text (`--help`), in Chinese by default and in English with `--lang en-US`. */

import type { Lang } from "../core/messages";
import { cnPunct } from "../core/text/cnPunct";

/** A command or option as typed, and what it does (Chinese wording gets full-width punctuation). */
type Entry = readonly [usage: string, zh: string, en: string];

const COMMANDS: readonly Entry[] = [
  [
    "npx taizhang parse <file> [--json]",
    "读取责任分解文件(.txt、.docx、.doc、.wps、.pdf、.xlsx、.xls、.csv、.odt、.html 等),列出任务和发现的问题",
    "read a breakdown (.txt, .docx, .doc, .wps, .pdf, .xlsx, .xls, .csv, .odt, .html …) and show its tasks and findings",
  ],
  [
    "npx taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <a,b,c>] [--accept-aliases <all|a,b>] [--period 月|季度] [--lights 绿,黄,红,10,30] [--columns 责任人,联系电话] [--year 2021] [--force]",
    "生成台账工作簿",
    "write the ledger workbook",
  ],
  [
    "npx taizhang validate <ledger.xlsx> [--json] [--today YYYY-MM-DD]",
    "校验填写后的台账",
    "check a ledger people have edited",
  ],
  [
    "npx taizhang regenerate <ledger.xlsx> [-o <new.xlsx>] [--force] [--today YYYY-MM-DD]",
    "按台账自己的任务台账和单位名录重新生成任务分工、汇总、分领导表、分单位表和说明(填写的内容、进展记录和量化指标实际值原样保留;不加 -o 时写回原文件,并在旁边保留原文件)",
    "make the ledger's 任务分工, 汇总, leader and unit sheets and 说明 again from its own 任务台账 and 单位名录 (everything typed kept, progress history and targets' actuals too; without -o in place, the previous file kept beside it)",
  ],
  [
    "npx taizhang snapshot <ledger.xlsx> --period 2026-03|2026Q1 [-o <out.xlsx>] [--replace] [--today YYYY-MM-DD]",
    "存档本期:把任务台账中每项任务的当前状态复制到进展记录(Progress 表);不加 -o 时写回原文件,并在旁边保留原文件",
    "archive this period: copy every task's current state into 进展记录 (the Progress table); without -o the ledger is updated in place and the previous file kept beside it",
  ],
  [
    "npx taizhang update <ledger.xlsx> <revised document> [-o <out.xlsx>] [--yes] [--today YYYY-MM-DD]",
    "更新现有台账:按内容把修订后文件的任务对应到台账各行,填写的内容随任务保留,撤销的任务移到“已撤销”,任务分工和分单位表重新生成;先列出保留、改编号、改写、单位变更、新增、撤销;有不确定的匹配时不写入,核对后加 --yes;不加 -o 时写回原文件,并在旁边保留原文件",
    "update the ledger from a revised document: tasks matched to the ledger's rows by content, typed values kept with their task, removed tasks moved to 已撤销, 任务分工 and the unit sheets regenerated; the report (kept, renumbered, reworded, units changed, added, removed) comes first; with doubtful matches nothing is written until you check them and add --yes; without -o the ledger is updated in place and the previous file kept beside it",
  ],
  [
    "npx taizhang dispatch <ledger.xlsx> -o <folder> [--period 2026-03|2026Q1] [--force]",
    "分发各单位:为每个有任务的单位生成一份报送表(只有填报列可编辑)",
    "one reporting form per unit with tasks (only the fill columns editable)",
  ],
  [
    "npx taizhang collect <ledger.xlsx> <files|folders…> [-o <out.xlsx>] [--period 2026-03|2026Q1] [--received YYYY-MM-DD]",
    "汇总各单位报送:报回的内容写入进展记录,牵头单位的完成状态写入任务台账,报送情况(含催办名单)写入“报送情况”表;报送日期取 --received 指定的日期,不加时取各报送表内记录的最后保存时间(没有时取文件修改时间),每份的来源写在报送情况中;不加 -o 时写回原文件,并在旁边保留原文件",
    "merge the returned forms into 进展记录, set the lead units' status on 任务台账, and write the report (with whom to chase) as 报送情况; 报送日期 is the day --received gives, else the day each form was last saved as it records inside (else the file's modification day), where each came from said in the report; without -o the ledger is updated in place and the previous file kept beside it",
  ],
  [
    "npx taizhang report <ledger.xlsx> -o <通报.docx> [--period 2026-03|2026Q1] [--today YYYY-MM-DD] [--due YYYY-MM-DD]",
    "起草通报(公文格式的 .docx):按状态和亮灯的合计与占比、分管领导和牵头单位的推进表、滞后和逾期任务、未报送和逾期报送的单位、量化指标;同样的表格写入台账的“通报”表",
    "draft the bulletin (.docx in 公文 layout): totals and shares by status and light, tables per leader and lead unit, behind and overdue tasks, units that reported late or not at all, targets; the same tables go to the ledger's 通报 sheet",
  ],
  [
    "npx taizhang units <file|ledger.xlsx> [-o <units.json>] [--accept-aliases <all|a,b>] [--force]",
    "导出单位名录 JSON(供 --units 使用)",
    "write the unit registry as JSON (for --units)",
  ],
];

const OPTIONS: readonly Entry[] = [
  ["-o <file>", "写入的文件", "the file to write"],
  [
    "--units <units.json>",
    "使用整理好的单位名录;不加时按文件中出现的单位建立名录,并列出别名建议(不自动合并)",
    "use a curated unit registry; without it the registry is made from the units the document names, and alias suggestions are listed (not merged)",
  ],
  [
    "--accept-aliases <all|a,b>",
    "接受别名建议:all 为全部,或写出要接受的别名(以逗号分隔);接受的别名在任务台账中写为规范名称。不加时一个也不合并",
    "accept alias suggestions: all, or the aliases to accept (separated by commas); accepted aliases are written as the canonical name. Without it none is merged",
  ],
  [
    "--status <a,b,c>",
    "完成状态列表。名称含“完成”“办结”或“完结”且不含“未”的第一个状态算作已完成(没有这样的状态时取最后一个);每项任务从第一个不算已完成的状态开始。默认:未启动、推进中、已完成、滞后",
    "the status list. The first whose name says 完成, 办结 or 完结 without 未 counts as done (the last one when none does); every task starts at the first status that is not done. Default: 未启动,推进中,已完成,滞后",
  ],
  [
    "--period 月|季度",
    "报送周期:量化指标按月(默认)或按季度填写实际值",
    "the reporting period: actuals of the targets by month (default) or by quarter",
  ],
  [
    "--lights 绿,黄,红,10,30",
    "亮灯用词(达到序时进度、落后、严重落后),可跟黄灯和红灯的落后百分点。默认:绿、黄、红,落后超过10个百分点为黄,超过30个百分点为红;也可用 蓝,黄,红",
    "the light words (on schedule, behind, far behind), optionally with the yellow and red thresholds in points behind 序时进度. Default: 绿,黄,红 at 10 and 30; 蓝,黄,红 is also common",
  ],
  [
    "--columns 责任人,联系电话,工作措施,节点目标",
    "在任务台账中加上这些列(可选其中几个)",
    "add these columns to 任务台账 (any of them)",
  ],
  [
    "--year 2021",
    "时限年度:期次和亮灯按这一年。默认取文件标题、完成时限或发文日期中的年份,都没有时取今年",
    "the ledger's year (时限年度), which the periods and the lights follow. Default: the year of the document's title, deadlines or date; this year when it names none",
  ],
  [
    "--today YYYY-MM-DD",
    "按这一天判断逾期和临期(默认今天)",
    "the day overdue and due-soon are judged on (default: today)",
  ],
  ["--force", "覆盖已存在的输出文件", "overwrite an existing output file"],
  [
    "--replace",
    "snapshot:同一期次已存档时,替换该期次的存档行",
    "snapshot: replace the archived rows of a period archived before",
  ],
  [
    "--yes",
    "update:核对无误后,连同不确定的匹配一起更新",
    "update: apply the doubtful matches too, once you have checked them",
  ],
  ["--json", "输出 JSON", "print JSON"],
  ["--lang zh-CN | en-US", "提示语言(默认 zh-CN)", "language of messages (default zh-CN)"],
  ["-h, --help", "显示本说明", "show this help"],
  ["--version", "显示版本号", "show the version"],
];

/** One entry: the usage on its line, the description indented below it. */
function entry([usage, zhText, enText]: Entry, lang: Lang): string {
  return `  ${usage}\n      ${lang === "zh-CN" ? cnPunct(zhText) : enText}`;
}

/**
 * The usage text.
 * @example usage("en-US").startsWith("台账助手 Taizhang") === true
 */
export function usage(lang: Lang): string {
  const zhUi = lang === "zh-CN";
  return [
    "台账助手 Taizhang — 责任分解 → 工作台账",
    "",
    zhUi ? cnPunct("用法:") : "Usage:",
    ...COMMANDS.map((e) => entry(e, lang)),
    "",
    zhUi ? cnPunct("选项:") : "Options:",
    ...OPTIONS.map((e) => entry(e, lang)),
    "",
  ].join("\n");
}
