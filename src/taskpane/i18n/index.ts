/**
 * The pane's own wording, in Chinese (the default) and English (when Office's UI language is English), one
 * file per panel beside this one; here they are put together. Findings are not worded here: their sentences
 * come from `core/messages` (message + whereText), so the pane, the command line and the workbook say the
 * same thing. The round's panel keeps its words beside it (rounds/roundStrings.ts).
 *
 * Chinese strings are typed with ASCII punctuation and turned full-width by `cnPunct` / `zh` (see
 * core/text/cnPunct), so no editor or tool can silently change them.
 */

import type { Lang } from "../../core/messages";
import { aliasEn, aliasZh, type AliasStrings } from "./aliases";
import { checkEn, checkZh, type CheckStrings } from "./checks";
import { generateEn, generateZh, type GenerateStrings } from "./generate";
import { importEn, importZh, type ImportStrings } from "./import";
import { settingsEn, settingsZh, type SettingsStrings } from "./settings";
import { shellEn, shellZh, type ShellStrings } from "./shell";
import { yearEn, yearZh, type YearStrings } from "./year";

export type { Lang };

/** Every string the pane shows. Functions take the values they mention. */
export interface Strings
  extends
    ShellStrings,
    ImportStrings,
    AliasStrings,
    YearStrings,
    CheckStrings,
    GenerateStrings,
    SettingsStrings {}

/** Each language's strings: every panel's words together (a key in two panels is a test failure). */
const TABLE: Readonly<Record<Lang, Strings>> = {
  "zh-CN": {
    ...shellZh,
    ...importZh,
    ...aliasZh,
    ...yearZh,
    ...checkZh,
    ...generateZh,
    ...settingsZh,
  },
  "en-US": {
    ...shellEn,
    ...importEn,
    ...aliasEn,
    ...yearEn,
    ...checkEn,
    ...generateEn,
    ...settingsEn,
  },
};

/**
 * The pane's strings for a language.
 * @example stringsFor("zh-CN").tabs.import === "导入"
 */
export function stringsFor(lang: Lang): Strings {
  return TABLE[lang];
}
