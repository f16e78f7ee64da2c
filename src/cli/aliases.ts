/**
 * Alias suggestions on the command line, under the pane's rule: a suggestion is merged only when the clerk
 * accepts it (`--accept-aliases all`, or the aliases by name); undecided ones are listed with how to decide.
 */

import { aliasReasonText, type Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import type { AliasSuggestion } from "../core/units/types";

/**
 * The suggestions `--accept-aliases` accepts: all of them for `all`, else those whose alias is named (commas
 * or 、 between names); `unknown` lists names that are no suggested alias.
 * @example acceptedBy(suggestions, "服务业局,财政局(国资办)") → { accepted: [两条], unknown: [] }
 */
export function acceptedBy(
  suggestions: readonly AliasSuggestion[],
  option: string | undefined,
): { readonly accepted: AliasSuggestion[]; readonly unknown: string[] } {
  if (option === undefined) return { accepted: [], unknown: [] };
  if (option.trim().toLowerCase() === "all") return { accepted: [...suggestions], unknown: [] };
  const names = option
    .split(/[,\uff0c、]/)
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    accepted: suggestions.filter((s) => names.includes(s.alias)),
    unknown: names.filter((n) => !suggestions.some((s) => s.alias === n)),
  };
}

/** One line per suggestion: alias → canonical (why). */
export function suggestionLines(suggestions: readonly AliasSuggestion[], lang: Lang): string[] {
  return suggestions.map((s) =>
    lang === "zh-CN"
      ? zh`  ${s.alias} → ${s.canonical}(${aliasReasonText(s.reason, lang)})`
      : `  ${s.alias} → ${s.canonical} (${aliasReasonText(s.reason, lang)})`,
  );
}

/** The undecided suggestions, what happened to them (nothing), and how to decide. */
export function pendingReport(pending: readonly AliasSuggestion[], lang: Lang): string[] {
  if (pending.length === 0) return [];
  const example = pending[0]?.alias ?? "";
  return lang === "zh-CN"
    ? [
        zh`别名建议(${pending.length} 条,未合并:两个名称在台账中作为不同单位,按文件原文书写):`,
        ...suggestionLines(pending, lang),
        zh`要合并,请加 --accept-aliases all(全部接受),或 --accept-aliases ${example}(逐个写出要接受的别名,以逗号分隔);接受的别名在任务台账中写为规范名称。`,
      ]
    : [
        `Alias suggestions (${pending.length}, not merged: both names stay separate units, written as the document has them):`,
        ...suggestionLines(pending, lang),
        `To merge, add --accept-aliases all (accept every one), or --accept-aliases ${example} (the aliases to accept, separated by commas); accepted aliases are written as the canonical name.`,
      ];
}
