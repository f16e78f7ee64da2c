/**
 * The add-in's state in the workbook: one store, `workbook.settings` (Excel.SettingCollection, ExcelApi 1.4;
 * "a key-value pair of a setting persisted to the document (per file, per add-in)"). The pane's settings and
 * the registry of generated sheets (tags.ts) both live there, read fresh each time.
 *
 * Not `Office.context.document.settings`: that is the same bag seen through the Common API, but as an
 * in-memory copy loaded when the add-in starts, which `saveAsync` writes back whole ("persist the in-memory
 * copy of the settings property bag", Office.Settings reference) — saving it after the shell added the
 * registry through workbook.settings would drop the registry.
 */

import { runExcel } from "./run";

/** The stored string under `key`, or null when there is none (or it is not a string). One sync. */
export async function readSetting(key: string): Promise<string | null> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load("value");
    await context.sync();
    if (setting.isNullObject) return null;
    const value: unknown = setting.value;
    return typeof value === "string" ? value : null;
  });
}

/** Stores `value` under `key` (added or replaced; the other settings stay). One sync. */
export async function writeSetting(key: string, value: string): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.settings.add(key, value);
    await context.sync();
  });
}
