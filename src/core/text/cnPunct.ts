/**
 * Chinese UI text uses full-width punctuation. Source files are written with ASCII punctuation (which every
 * editor and tool keeps intact); this turns it full-width in fixed Chinese wording, never inside data.
 */

const FULL: Readonly<Record<string, string>> = {
  ",": "\uff0c",
  ":": "\uff1a",
  ";": "\uff1b",
  "?": "\uff1f",
  "!": "\uff01",
  "(": "\uff08",
  ")": "\uff09",
};

/**
 * Full-width punctuation for a fixed Chinese string.
 * @example cnPunct("未找到任务:文件是空的。") === "未找到任务\uff1a文件是空的。"
 */
export function cnPunct(text: string): string {
  return text.replace(/[,:;?!()]/g, (c) => FULL[c] ?? c);
}

/**
 * A tagged template for Chinese wording: the fixed parts get full-width punctuation, the values stay as
 * they are (a unit name written 发改局(服务业局) keeps its brackets).
 * @example zh`任务 ${"4.19"} 没有责任单位(${"a,b"})` === "任务 4.19 没有责任单位\uff08a,b\uff09"
 */
export function zh(parts: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = cnPunct(parts[0] ?? "");
  values.forEach((v, i) => {
    out += String(v) + cnPunct(parts[i + 1] ?? "");
  });
  return out;
}
