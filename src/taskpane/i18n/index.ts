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
import { aliasStrings, type AliasStrings } from "./aliases";
import { checkStrings, type CheckStrings } from "./checks";
import { generateStrings, type GenerateStrings } from "./generate";
import { importStrings, type ImportStrings } from "./import";
import { settingsStrings, type SettingsStrings } from "./settings";
import { shellStrings, type ShellStrings } from "./shell";
import { yearStrings, type YearStrings } from "./year";

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

/** One language's strings, each panel's words together (a key in two panels is a test failure). */
function composed(lang: Lang): Strings {
  return {
    ...shellStrings[lang],
    ...importStrings[lang],
    ...aliasStrings[lang],
    ...yearStrings[lang],
    ...checkStrings[lang],
    ...generateStrings[lang],
    ...settingsStrings[lang],
  };
}

const TABLE: Readonly<Record<Lang, Strings>> = { "zh-CN": composed("zh-CN"), "en-US": composed("en-US") };

/**
 * The pane's strings for a language.
 * @example stringsFor("zh-CN").tabs.import === "导入"
 */
export function stringsFor(lang: Lang): Strings {
  return TABLE[lang];
}
