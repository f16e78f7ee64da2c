/** `taizhang units <document|ledger.xlsx> [-o units.json] [--force]`: the unit registry as JSON. */

import type { Lang } from "../core/messages";
import { message } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { acceptSuggestions, suggestRegistry } from "../core/units/registry";
import { registryFromTable, registryToJson } from "../core/units/registryIo";
import type { Registry } from "../core/units/types";
import type { Io } from "./io";
import { readBreakdown, readLedger } from "./readInput";
import { acceptedBy, pendingReport, suggestionLines } from "./aliases";
import { counted, fileError, refusalError, writeError } from "./report";
import { checkOutput, writeAtomically } from "./writeOutput";

/**
 * From a document: every unit, with the alias suggestions accepted (as `build` does) and listed on stderr.
 * From a ledger: the `Units` table as clerks curated it. Writes to `out`, or prints the JSON.
 */
export async function unitsCommand(
  file: string,
  out: string | undefined,
  force: boolean,
  lang: Lang,
  io: Io,
  acceptAliases?: string,
): Promise<number> {
  const isZh = lang === "zh-CN";
  const target = out ? checkOutput(out, force) : null;
  if (out && target && "refusal" in target) {
    io.err(refusalError(out, target.refusal, lang));
    return 2;
  }
  let registry: Registry;
  try {
    // A workbook without ledger tables is a breakdown kept as a spreadsheet: read it as a document.
    const ledger = /\.xlsx$/i.test(file) ? await readLedger(file, lang, io) : undefined;
    if (ledger === null) return 2;
    if (ledger && (ledger.units || ledger.tasks)) {
      if (!ledger.units) {
        io.err(message("table-missing", { table: "Units" }, lang));
        return 2;
      }
      registry = registryFromTable(ledger.units).registry;
    } else {
      const parsed = await readBreakdown(file);
      if (parsed.tasks.length === 0) {
        const reason = parsed.issues.find((i) => i.severity === "error");
        io.err(reason ? message(reason.code, reason.params, lang) : "no tasks");
        return 2;
      }
      // As `build` makes it: suggestions merged only when accepted, the undecided listed with how to decide.
      const suggested = suggestRegistry(parsed);
      const chosen = acceptedBy(suggested.suggestions, acceptAliases);
      if (chosen.unknown.length > 0) {
        io.err(
          isZh
            ? zh`--accept-aliases 中的 ${chosen.unknown.join("、")} 不是建议的别名。`
            : `--accept-aliases: not a suggested alias: ${chosen.unknown.join(", ")}.`,
        );
        return 2;
      }
      registry = acceptSuggestions(suggested, chosen.accepted);
      for (const line of suggestionLines(chosen.accepted, lang))
        io.err((isZh ? "已合并别名:" : "merged alias:") + line.trim());
      for (const line of pendingReport(
        suggested.suggestions.filter((x) => !chosen.accepted.includes(x)),
        lang,
      ))
        io.err(line);
    }
  } catch (e) {
    io.err(fileError(file, e, lang));
    return 2;
  }
  const json = registryToJson(registry);
  if (!out || !target || "refusal" in target) {
    io.out(json);
    return 0;
  }
  try {
    await writeAtomically(target.path, json, force);
  } catch (e) {
    io.err(writeError(out, e, lang));
    return 2;
  }
  io.err(
    isZh
      ? zh`已写入 ${out}:${registry.units.length} 个单位`
      : `Wrote ${out}: ${counted(registry.units.length, "unit")}`,
  );
  return 0;
}
