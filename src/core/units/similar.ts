/** How alike two unit names are: bracket and prefix forms, abbreviations, edit distance. */

import { isCollective } from "../parse/splitUnits";
import { normalizeUnitName, baseName } from "../parse/unitName";
import { fold } from "../text/fold";

/** Keys already computed: "did you mean" compares each name with every unit of a registry (20,000 and more). */
const KEYS = new Map<string, string>();
const KEYS_KEPT = 200_000;

/** A comparison key: no spaces, half-width, simplified keywords. 发改局 (服务业局) and 发改局(服务业局) share it. */
export function unitKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = fold(normalizeUnitName(name));
    if (KEYS.size >= KEYS_KEPT) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

const PREFIX = /^(市|区|县|省|州|镇|乡)(?=.{2,})/;

/** The name without a leading level prefix: 市发改委 → 发改委. Null when there is none. */
export function withoutPrefix(name: string): string | null {
  const f = unitKey(name);
  return PREFIX.test(f) ? f.replace(PREFIX, "") : null;
}

/** The inside of a trailing bracket: 发改局(服务业局) → 服务业局. */
export function bracketInner(name: string): string | null {
  const m = /[((]([^()()]+)[))]$/.exec(unitKey(name));
  return m ? (m[1] as string) : null;
}

/** The name without its trailing bracket, compared as a key. */
export function bracketBase(name: string): string {
  return baseName(unitKey(name));
}

/** True when `short` is an abbreviation of `long`: same first and last character, a subsequence, shorter. */
export function isAbbreviation(short: string, long: string): boolean {
  const a = unitKey(short);
  const b = unitKey(long);
  if (a.length < 3 || b.length <= a.length || isCollective(a) || isCollective(b)) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const ch of b) if (ch === a[j]) j++;
  return j === a.length;
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it is certain to exceed `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * A score for "did you mean": 0 means unrelated, higher is closer. Same name but for the bracket or the
 * prefix scores highest, then abbreviations, then small edit distances between names of the same kind.
 * @example closeness("服务业局", "发改局(服务业局)") > 0 && closeness("财政局", "交通局") === 0
 */
export function closeness(written: string, candidate: string): number {
  const a = unitKey(written);
  const b = unitKey(candidate);
  if (a === b) return 100;
  if (bracketBase(a) === bracketBase(b) || bracketInner(b) === a || bracketInner(a) === b) return 90;
  const pa = withoutPrefix(a) ?? a;
  const pb = withoutPrefix(b) ?? b;
  if (pa === pb) return 85;
  if (isAbbreviation(pa, pb) || isAbbreviation(pb, pa)) return 70;
  const d = editDistance(pa, pb, 2);
  const longest = Math.max(pa.length, pb.length);
  // One character apart in a long name is likely a slip; in a three-character name (财政局 / 民政局) it is
  // another department, only worth a "did you mean".
  if (d === 1 && longest >= 5) return 60;
  if (d === 1 && longest >= 3) return 30;
  if (d === 2 && longest >= 5 && pa[pa.length - 1] === pb[pb.length - 1]) return 30;
  return 0;
}

const CN_NUM: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a numeral as written: 12, 十二, 二十, 一百零五 (digits already half-width). */
function numeralValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === "十" || ch === "百" || ch === "千") {
      const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = CN_NUM[ch] ?? 0;
  }
  return total + digit;
}

// A numeral that numbers a unit: 第一, 3号, 一分局, 二中, 十二支队 … (not the 一 of 统一战线).
const NUMBERING =
  /第([0-9零〇一二两三四五六七八九十百千]+)|([0-9]+)|([零〇一二两三四五六七八九十百千]+)(?=号|分|中[队学心]?|小|医|院|所|科|处|室|队|大队|支|厂|站|组|团|营|连|期|幼|监)/g;

/**
 * The numbers that tell a unit from its siblings, as values: 第一人民医院 → [1], 公安局二分局 → [2],
 * 第12号局 → [12]; 统一战线工作部 → [] (its 一 numbers nothing).
 */
export function unitNumbers(name: string): number[] {
  const key = unitKey(name);
  const out: number[] = [];
  for (const m of key.matchAll(NUMBERING)) out.push(numeralValue((m[1] ?? m[2] ?? m[3]) as string));
  return out;
}

/**
 * True when two names number different units: 第一人民医院 / 第二人民医院, 公安局一分局 / 公安局二分局,
 * 第3号 / 第4号, or one numbered and the other not (人民医院 / 第一人民医院). Such names are never one unit.
 * @example differByNumber("第一人民医院", "第二人民医院") === true; differByNumber("二院", "第二人民医院") === false
 */
export function differByNumber(a: string, b: string): boolean {
  const na = unitNumbers(a);
  const nb = unitNumbers(b);
  return na.length !== nb.length || na.some((v, i) => v !== nb[i]);
}
