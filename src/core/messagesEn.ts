/**
 * The English wording of every finding (messages.ts keeps the Chinese and the lookup): one template per code, checked
 * against the code unions by its type.
 */

import type { MessageCode, Params } from "./types";
import {
  COLUMN_EN,
  FILE_EN,
  GENERIC_EN,
  REASON_EN,
  en,
  pairs,
  regenerateCommandText,
  s,
  type Template,
} from "./messageWords";

/** The units of a changed task, labelled: added: A; removed: B — or just the names when only roles changed. */
function changedEn(p: Params): string {
  const parts = [p.added ? `added: ${en(p.added)}` : "", p.removed ? `removed: ${en(p.removed)}` : ""];
  return parts.filter(Boolean).join("; ") || en(p.units);
}

/** A unit the registry lacks, with the names it may stand for. */
function unknownEn(p: Params, role: string): string {
  if (p.formula !== undefined)
    return `This cell holds a formula (=${en(p.formula)}); its result "${en(p.unit)}" is no unit of the registry. Type the ${role.toLowerCase()}'s name.`;
  const hint = p.suggestions && en(p.suggestions) ? ` Did you mean: ${en(p.suggestions)}?` : "";
  return `${role} "${en(p.unit)}" is not in the unit registry.${hint}`;
}

/** English wordings, one per code: a code of the unions without one does not compile. */
export const EN: Readonly<Record<MessageCode, Template>> = {
  "no-tasks": (p) => `No tasks found: ${REASON_EN[en(p.reason)] ?? en(p.reason)}.`,
  "layout-generic": (p) =>
    `The document's layout is not one of the known ones; ${en(p.count)} tasks were read generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}): check each task and its units.`,
  "layout-region": (p) =>
    Number(p.replaced) > 0
      ? `The table on lines ${en(p.from)}–${en(p.to)} was read again generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}) as ${en(p.count)} tasks, replacing the ${en(p.replaced)} read before: check each task and its units.`
      : `Another table on lines ${en(p.from)}–${en(p.to)} was read generically (${GENERIC_EN[en(p.reader)] ?? en(p.reader)}) as ${en(p.count)} tasks, part ${en(p.part)}: check each task and its units.`,
  "task-no-units": (p) =>
    p.cell === "empty-below-filled"
      ? `Task ${en(p.id)} has no responsible unit: its units cell in the table is empty (if the cell is merged, fill in the units of the row above).`
      : `Task ${en(p.id)} has no responsible unit.`,
  "task-no-lead": (p) =>
    `Task ${en(p.id)} lists only co-units (${en(p.units)}) and no lead unit; fill in 牵头单位 in the ledger.`,
  "units-without-task": (p) =>
    p.after === undefined
      ? `Units on this line (${en(p.units)}) follow no task.`
      : `Units on this line (${en(p.units)}) follow no task: line ${en(p.after)} already gave the units of the task above; a task line may be missing.`,
  "unit-unusual": (p) =>
    `Task ${en(p.id)}: "${en(p.unit)}" does not look like a unit name; check it (cut short, or with other text in it?).`,
  "unit-trimmed": (p) =>
    `Task ${en(p.id)}: "${en(p.unit)}" had other words in it and is read as "${en(p.name)}"; the words taken off: ${en(p.words)}.`,
  "unit-cut": (p) =>
    `Task ${en(p.id)}: the text ends inside a unit name ("${en(p.unit)}"); the partial name is not read as a unit. Check the original.`,
  "task-cut": (p) =>
    `Task ${en(p.id)}: the text ends mid-sentence ("${en(p.text)}"), perhaps where a page or excerpt was cut; its units may be incomplete. Check the original.`,
  "number-duplicated": (p) => `Number ${en(p.id)} appears twice; this one is kept as ${en(p.renamed)}.`,
  "number-restarted": (p) =>
    `The numbering starts again after "${en(p.heading)}" (a section heading without a number, it seems); number ${en(p.id)} here is kept as ${en(p.renamed)}.`,
  "number-skipped": (p) => `Numbering skips: expected ${en(p.expected)}, found ${en(p.found)}.`,
  "task-unnumbered": (p) => `This task has no number; it was numbered ${en(p.id)}.`,
  "units-inherited": (p) => `Task ${en(p.id)} has no units of its own and takes those of its heading.`,
  "cell-from-above": (p) =>
    `Task ${en(p.id)}: the ${COLUMN_EN[s(p.column)] ?? "leader"} cell is empty (usually a merged cell); read as the row above: ${en(p.value)}.`,
  "target-unread": (p) =>
    `Task ${en(p.id)}: the target "${en(p.target)}" is kept in the task's text but was not read as a quantitative target (it is not on 量化指标); check it, and add it there if it needs a light.`,
  "encoding-guessed": (p) => `Read as ${en(p.encoding).toUpperCase()} (guessed from the content).`,
  "encoding-unreadable": () =>
    `The file's encoding is not recognised; save it as UTF-8 text or .docx and import again.`,
  "encoding-bad-bytes": (p) =>
    `This line holds bytes that are not valid ${en(p.encoding).toUpperCase()} (shown as �); the rest was read as usual. Check this line against the original` +
    (Number(p.more) > 0 ? ` (${en(p.more)} more lines hold such bytes).` : "."),
  "pdf-unruled-table": (p) =>
    `This PDF's table has no ruling lines: ${en(p.rows)} rows were rebuilt from where the text sits, and a cell over several rows or lines may have slid into the next row; check every task's units, or import the .docx or .xlsx original.`,
  "pdf-cell-across-pages": (p) =>
    `Lines ${en(p.from)}–${en(p.to)} open a new page of the PDF with these cells empty, merged with the last row's cell on the page before, and read as that cell: ${pairs(p.cells, p.spans, (c, l) => `${c} (lines ${l})`, ", ")}. Check them against the original.`,
  "file-unreadable": (p) => FILE_EN[en(p.reason)] ?? `The file cannot be read: ${en(p.detail)}`,
  "leader-multiple": (p) =>
    Array.isArray(p.ids) && p.ids.length > 1
      ? `Tasks ${en(p.ids)} come under a heading that names several leaders (${en(p.leader)}, ${en(p.others)}); the ledger keeps the first for each of them.`
      : `Task ${en(p.id)} names several leaders (${en(p.leader)}, ${en(p.others)}); the ledger keeps the first.`,
  "text-unattached": (p) =>
    p.end === "cut"
      ? `The text ends mid-sentence on this line ("${en(p.text)}"), perhaps where a page or excerpt was cut; it was not read as a task. Check the original.`
      : `This text belongs to no task and was not imported: "${en(p.text)}".`,
  "line-unread": (p) =>
    `This line has ${en(p.length)} characters, too long to read as a heading, leader, task or units: the whole line was not imported (it opens "${en(p.text)}…"), and the tasks below it got no leader from it. Check it against the original: shorten a heading, put tasks or units on lines of their own, and import again.`,
  "bracket-unclosed": (p) =>
    `A bracket on this line is not closed; it was read as closed at the end of the line: "${en(p.text)}". Check whether the document lacks a closing bracket.`,
  "table-missing": (p) => `The workbook has no table named ${en(p.table)}.`,
  "column-missing": (p) => `Table ${en(p.table)} has no column "${en(p.column)}".`,
  "id-empty": () => `The number (编号) is empty.`,
  "id-duplicate": (p) => `Number ${en(p.id)} is used twice (see also ${en(p.other)}).`,
  "lead-empty": (p) => `Task ${en(p.id)} has no lead unit.`,
  "lead-multiple": (p) => `The lead should be one unit; there are ${en(p.count)}: ${en(p.units)}.`,
  "lead-collective": (p) => `"${en(p.unit)}" names a group of units and should not lead.`,
  "lead-unknown": (p) => unknownEn(p, "Lead unit"),
  "lead-alias": (p) => `"${en(p.unit)}" is an alias of "${en(p.canonical)}"; use "${en(p.canonical)}".`,
  "co-unknown": (p) => unknownEn(p, "Co-unit"),
  "co-alias": (p) => `Co-unit "${en(p.unit)}" is an alias of "${en(p.canonical)}"; use "${en(p.canonical)}".`,
  "co-duplicate": (p) =>
    `Co-unit "${en(p.unit)}" is listed ${p.count ? `${en(p.count)} times` : "twice"}${p.via ? ` (through the alias "${en(p.via)}")` : ""}.`,
  "co-repeats-lead": (p) => `The lead unit "${en(p.unit)}" is listed again among the co-units.`,
  "co-separator": (p) => `Units should be separated by "、"; found "${en(p.found)}".`,
  "unit-spaces": () => `Stray spaces at either end of the cell or around "、".`,
  "unit-format": (p) =>
    `Unit name "${en(p.unit)}" differs from the registry's spelling "${en(p.canonical)}" (spaces, brackets or traditional characters).`,
  "status-invalid": (p) => `Status "${en(p.status)}" is not in the status list (${en(p.allowed)}).`,
  "rate-invalid": (p) =>
    p.reason === "fraction"
      ? `完成进度(%) is ${en(p.value)}: the column takes a number from 0 to 100 (50 for half); if ${en(Math.round(Number(p.value) * 100))}% was typed, write ${en(Math.round(Number(p.value) * 100))}.`
      : p.reason === "as-text"
        ? `完成进度(%) "${en(p.value)}" is a number kept as text, which the light formula does not read (it counts as no progress typed); set the cell to General and type the number ${en(p.number)} again. Update and regenerate write it back as ${en(p.number)}.`
        : p.reason === "percent"
          ? `完成进度(%) "${en(p.value)}" is text, and the lights do not read it; the column is in percent already: type the number ${en(p.number)}.`
          : p.reason === "range"
            ? `完成进度(%) "${en(p.value)}" is not between 0 and 100.`
            : `完成进度(%) "${en(p.value)}" is not a number, and the lights do not read it; type a number from 0 to 100 (such as 50).`,
  "actual-invalid": (p) =>
    p.reason === "fraction"
      ? `${en(p.header)} of task ${en(p.id)} is ${en(p.value)}: the target is in %, so the column takes the percentage itself; if ${en(p.number)}% was typed (a cell shown as a percentage), write the number ${en(p.number)}. The lights and the 通报 now compare it as ${en(p.value)}%.`
      : p.reason === "percent"
        ? `${en(p.header)} of task ${en(p.id)} "${en(p.value)}" is text, which the lights and the 通报 leave out; the target is in %: type the number ${en(p.number)}.`
        : p.reason === "as-text"
          ? `${en(p.header)} of task ${en(p.id)} "${en(p.value)}" is a number kept as text, which the sheet's light formula does not read; set the cell to General and type the number ${en(p.number)} again.`
          : `${en(p.header)} of task ${en(p.id)} "${en(p.value)}" is not a number, which the lights and the 通报 leave out; type a number (unit: ${en(p.unit) || "none"}).`,
  "deadline-unreadable": (p) =>
    `Deadline "${en(p.deadline)}" is neither a date nor a known phrase (6月底前, 年底前, 持续推进 …).`,
  "due-unreadable": (p) =>
    `Due date "${en(p.due)}" is not a valid date; write a date such as 2020-06-30 (phrases such as 6月底前 belong in 完成时限).`,
  "formula-no-value": (p) =>
    `This cell holds a formula (=${en(p.formula)}) whose result the file does not keep, so it cannot be checked; open and save the file once in Excel or WPS, or type the value.`,
  overdue: (p) =>
    p.date === undefined
      ? `Task ${en(p.id)} is past its deadline (${en(p.deadline)}) and not done.`
      : `Task ${en(p.id)} is past its due date ${en(p.date)}${p.deadline ? ` (deadline: ${en(p.deadline)})` : ""} and not done on ${en(p.today)}.`,
  "due-soon": (p) =>
    p.date === undefined
      ? `Task ${en(p.id)} is due within ${en(p.days)} days (${en(p.deadline)}).`
      : `Task ${en(p.id)} is due within ${en(p.days)} days: due date ${en(p.date)}${p.deadline ? ` (deadline: ${en(p.deadline)})` : ""}.`,
  "due-uncoloured": (p) =>
    `Task ${en(p.id)}: its due date reads as ${en(p.date)} from "${en(p.written)}", ` +
    (p.days === undefined ? `past and not done on ${en(p.today)}` : `due within ${en(p.days)} days`) +
    `; but 截止日期 holds no date cell, so the sheet does not colour it. Enter the date ${en(p.date)} in 截止日期.`,
  "assignments-stale": (p) =>
    (p.change === "removed"
      ? `Task ${en(p.id)} was deleted from 任务台账, but 任务分工 and the unit sheets and 汇总 counted from it still list it`
      : p.change === "added"
        ? `Task ${en(p.id)} has no rows in 任务分工, so the unit sheets and 汇总 leave it out`
        : `The lead or co-units of task ${en(p.id)} changed (${changedEn(p)}); 任务分工 and the unit sheets and 汇总 counted from it are out of date`) +
    `; regenerate the unit sheets (in Excel: 台账助手 → Generate; without Excel: ${regenerateCommandText(p, "ledger.xlsx")}, or open the ledger in the standalone page).`,
  "regenerated-units": (p) =>
    [
      p.added ? `Units added (new unit sheets): ${en(p.added)}` : "",
      p.removed ? `Units removed (no tasks any more, their sheets are gone): ${en(p.removed)}` : "",
    ]
      .filter(Boolean)
      .join("; ") + ".",
  "regenerated-own-sheets": (p) =>
    `Your own sheets ${en(p.sheets)} are carried into the new file as they were.`,
  "kept-round-records": (p) =>
    `${en(p.sheets)} are records the tool wrote when collecting returns and drafting the 通报, not sheets of your own; kept as they were` +
    (Number(p.renumbered) > 0
      ? `; the task numbers in them are those of that time, and ${en(p.renumbered)} tasks were renumbered now (see above)`
      : "") +
    `. The next collect or 通报 replaces them.`,
  "regenerated-unregistered": (p) =>
    `Unit ${en(p.unit)} is not in 单位名录, and got a unit sheet all the same; tasks ${en(p.ids)} name it (${en(p.cells)}). Add a new unit to 单位名录; for another spelling of a listed unit, add it there as an alias or write the listed name in 任务台账, then regenerate.`,
  "kept-as-text": (p) =>
    p.kind === "date"
      ? `${en(p.cell)}: "${en(p.text)}" typed in ${en(p.column)} is no date; kept as text, as typed (the overdue rule and the lights read dates only, and leave this cell out).`
      : `${en(p.cell)}: "${en(p.text)}" typed in ${en(p.column)} is text, not a number from 0 to 100; kept as text, as typed (the lights read numbers only, and take this cell as empty).`,
  "formula-as-value": (p) =>
    p.why === "rewritten"
      ? `${en(p.cell)}: the formula =${en(p.formula)} stands in a row the ledger writes anew; its value "${en(p.value)}" is kept instead. Type the formula again in the new file if it is still wanted.`
      : `${en(p.cell)}: the formula =${en(p.formula)} refers to cells that stand elsewhere in the new file; its value "${en(p.value)}" is kept instead. Type the formula again against the new places if it is still wanted.`,
  "regenerated-cells-left": (p) =>
    `${en(p.count)} cells typed outside the tables are not in the new file (the previous file still holds them); copy them over as needed: ${en(p.cells)}.`,
  "rows-below-table": (p) =>
    `Rows ${en(p.first)}${p.count === 1 ? "" : `–${en(p.last)}`} of sheet ${en(p.sheet)} are below the table's range (LibreOffice and WPS do not grow tables); they were checked too. Generating and pivots only see rows inside the table: resize the table in Excel, or run ${regenerateCommandText(p, "ledger.xlsx")}.`,
  "assignments-missing": (p) =>
    `The 任务分工 table (Assignments) is missing, so whether the unit sheets and 汇总 are out of date cannot be checked; regenerate them (in Excel: 台账助手 → Generate; without Excel: ${regenerateCommandText(p, "ledger.xlsx")}, or open the ledger in the standalone page).`,
  "cell-too-long": (p) =>
    `This cell has ${en(p.length)} characters, more than an Excel cell holds (32,767); only its beginning was written, ending with a note that the rest was cut. Split or shorten it against the original.`,
  "units-too-long": (p) =>
    `${p.id ? `Task ${en(p.id)}: this` : "This"} cell lists ${en(p.total)} units (${en(p.length)} characters), more than an Excel cell holds (32,767 characters): it lists the first ${en(p.listed)} and ends with a note of how many there are; all ${en(p.total)} units have their rows in 任务分工, from which validate, regenerate and update read the other ${en(Number(p.total) - Number(p.listed))}, so none is lost.`,
  "units-cut": (p) =>
    p.whole
      ? `Task ${en(p.id)}: its ${en(p.column)} has ${en(p.total)} units, more than a cell holds; the cell lists the first ${en(p.listed)} (cut when the ledger was made, not edited by anyone). The other ${en(Number(p.total) - Number(p.listed))} are read from 任务分工 and checked with them; regenerate and update keep them all. Do not delete the note at the end of the cell.`
      : `Task ${en(p.id)}: its ${en(p.column)} was cut when the ledger was made, as it held more than a cell does: ${en(p.total)} units, of which the cell lists the first ${en(p.listed)}, and 任务分工 does not have the other ${en(p.missing)}. Do not regenerate or update the ledger (only these ${en(p.listed)} would be left); restore them from the original document first, e.g. by splitting the task's units over several tasks.`,
  "status-done-first": (p) =>
    p.start === p.first
      ? `The only status is "${en(p.first)}", which counts as done, so every task starts as done; add a starting status (such as 未启动).`
      : `The first status, "${en(p.first)}", counts as done; new tasks do not start there but at "${en(p.start)}". Put the starting status (such as 未启动) first.`,
  "alias-suggested": (p) =>
    `"${en(p.alias)}" may be an alias of "${en(p.canonical)}" (${en(p.reason)}); confirm it in the unit registry.`,
  "pivot-filter-unsupported": () =>
    "This Excel cannot filter PivotTables (ExcelApi 1.12 needed); unit sheets show formula counts instead.",
  "pivot-filter-item-missing": () =>
    "Some units have no rows in Assignments; their sheets show formula counts instead.",
  "autofilter-unsupported": () =>
    "This Excel cannot add filter buttons to plain ranges (ExcelApi 1.9 needed); skipped.",
  "page-layout-unsupported": () =>
    "This Excel cannot set up printing (ExcelApi 1.9 needed): set paper, fit to one page wide, print titles and footer under Page Layout.",
  "page-layout-failed": () =>
    "Excel could not set up printing (A4, fit to one page wide, print titles, footer); the sheets are written — set it under Page Layout before printing.",
  "name-fixed-address": () =>
    "Excel stored the name UnitList as a fixed range: units added to 单位名录 later will not appear in the lead dropdown until you regenerate.",
  "freeze-failed": () =>
    "This Excel refused to freeze panes: the ledger is written, but its header is not frozen; set it under View → Freeze Panes.",
  "pivot-layout-overflow": () =>
    "A PivotTable is larger than the rows kept for it and may cover what follows; check the unit sheets and 汇总, and regenerate if needed.",
};
