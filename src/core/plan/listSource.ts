/**
 * Where a dropdown's items come from. Excel keeps a literal list as one string of at most 255 characters,
 * items separated by commas (XlsxWriter#562, ClosedXML#1016 and DevExpress' XlDataValidation.ListValues all
 * cite the limit; Office.js documents none), so an item holding a comma cannot be in it, nor can a double
 * quote survive the file's formula form. A list that does not fit is read from a range instead: a defined
 * name over the Statuses table's first column.
 */

import type { ListValidation, NamePlan } from "./types";

/** Excel's limit on a literal list, separators included. */
export const LITERAL_LIST_MAX = 255;

/** The defined name a status dropdown reads its items from when they cannot be a literal list. */
export const STATUS_LIST: NamePlan = { name: "StatusList", refersTo: "Statuses[状态]" };

/**
 * True when `items` can be a literal dropdown list: none empty, none with a comma or a double quote, and
 * joined with commas within 255 characters.
 * @example fitsLiteralList(["未启动", "已完成"]) === true
 */
export function fitsLiteralList(items: readonly string[]): boolean {
  return (
    items.length > 0 &&
    items.every((i) => i.trim() !== "" && !/[,"]/.test(i)) &&
    Array.from(items.join(",")).length <= LITERAL_LIST_MAX
  );
}

/** The status dropdown's items: a literal list when it fits one, else the StatusList name. */
export function statusListSource(names: readonly string[]): ListValidation["source"] {
  return fitsLiteralList(names) ? { values: names } : { name: STATUS_LIST.name };
}
