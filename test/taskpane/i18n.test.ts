import { STATUS_PRESETS } from "../../src/core/plan/settings";
import { stringsFor } from "../../src/taskpane/i18n";
import type { Strings } from "../../src/taskpane/i18n";
import { aliasEn, aliasZh } from "../../src/taskpane/i18n/aliases";
import { checkEn, checkZh } from "../../src/taskpane/i18n/checks";
import { generateEn, generateZh } from "../../src/taskpane/i18n/generate";
import { importEn, importZh } from "../../src/taskpane/i18n/import";
import { settingsEn, settingsZh } from "../../src/taskpane/i18n/settings";
import { shellEn, shellZh } from "../../src/taskpane/i18n/shell";
import { yearEn, yearZh } from "../../src/taskpane/i18n/year";

/** Each panel's words, by the file that holds them. */
const PARTS = {
  aliases: { "zh-CN": aliasZh, "en-US": aliasEn },
  checks: { "zh-CN": checkZh, "en-US": checkEn },
  generate: { "zh-CN": generateZh, "en-US": generateEn },
  import: { "zh-CN": importZh, "en-US": importEn },
  settings: { "zh-CN": settingsZh, "en-US": settingsEn },
  shell: { "zh-CN": shellZh, "en-US": shellEn },
  year: { "zh-CN": yearZh, "en-US": yearEn },
} as const;

/** Every text of a strings table, functions called with neutral values that hold no punctuation. */
function texts(strings: Strings): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === "string") out.push([path, value]);
    else if (typeof value === "function")
      out.push([path, String((value as (...a: unknown[]) => unknown)("甲", "乙", "丙"))]);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(strings, "strings");
  return out;
}

describe("the pane's wording", () => {
  const zh = stringsFor("zh-CN");
  const en = stringsFor("en-US");

  it("has the same strings in Chinese and English", () => {
    expect(texts(en).map(([path]) => path)).toEqual(texts(zh).map(([path]) => path));
    for (const [path, text] of [...texts(zh), ...texts(en)])
      expect([path, text.trim().length > 0]).toEqual([path, true]);
  });

  it("takes each key from exactly one panel's words, in both languages", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const owners = new Map<string, string[]>();
      for (const [part, words] of Object.entries(PARTS))
        for (const key of Object.keys(words[lang])) owners.set(key, [...(owners.get(key) ?? []), part]);
      // A key in two panels would be one panel's words silently winning over the other's.
      const shared = [...owners].filter(([, parts]) => parts.length > 1);
      expect([lang, shared]).toEqual([lang, []]);
      expect([lang, [...owners.keys()].sort()]).toEqual([lang, Object.keys(stringsFor(lang)).sort()]);
    }
  });

  it("uses full-width punctuation in Chinese", () => {
    const halfWidth = texts(zh).filter(([, text]) => /[,:;?!()]/.test(text));
    expect(halfWidth).toEqual([]);
    expect(zh.summary(73, 4)).toBe("共 73 项任务\uff0c4 位分管领导");
    expect(zh.labelled("牵头", "财政局")).toBe("牵头\uff1a财政局");
  });

  it("keeps values as they are, brackets included", () => {
    expect(zh.suggestion("发改局(服务业局)", "发改局")).toBe("“发改局(服务业局)” → “发改局”");
  });

  it("names every status preset of the core in both languages", () => {
    for (const p of STATUS_PRESETS) {
      expect(zh.presets[p.id]).toBe(p.label);
      expect(en.presets[p.id]).toMatch(/\w/);
    }
  });
});
