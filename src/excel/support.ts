/** Which ExcelApi requirement sets the running Excel supports, asked once per operation. */

import { OfficeActionError } from "./errors";

/** The requirement sets the shell uses beyond its 1.8 minimum. */
export interface ApiSupport {
  /** suspendScreenUpdatingUntilNextSync, worksheet autoFilter. */
  readonly v1_9: boolean;
  /** PivotFilters, worksheet customProperties. */
  readonly v1_12: boolean;
  /** triggerSource on worksheet change events (not needed: the shell switches events off instead). */
  readonly v1_14: boolean;
}

const isSupported = (version: string): boolean =>
  Office.context.requirements.isSetSupported("ExcelApi", version);

/** Reads the supported ExcelApi sets; throws ApiNotFound when even 1.8 (data validation, PivotTables) is missing. */
export function readApiSupport(): ApiSupport {
  if (!isSupported("1.8")) throw new OfficeActionError("ApiNotFound", "ExcelApi 1.8");
  return { v1_9: isSupported("1.9"), v1_12: isSupported("1.12"), v1_14: isSupported("1.14") };
}

/** Office's UI language (zh-CN, en-US …), "zh-CN" when it cannot be told. */
export function displayLanguage(): string {
  return typeof Office !== "undefined" && Office.context?.displayLanguage
    ? Office.context.displayLanguage
    : "zh-CN";
}
