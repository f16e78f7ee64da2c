/**
 * The pairs of a registry's names worth comparing for an alias suggestion, found without comparing every
 * name with every other: a 5,000-unit document has 12.5 million pairs, and comparing them all took a build
 * over a minute (the time grew with the square of the units).
 */

import { unitKey, withoutPrefix } from "./similar";

/**
 * The pairs (i < j, in the order a loop over all pairs meets them) that `closeness` may score from 60 up
 * to 85, the scores `suggestAliases` acts on between names of the same kind: an abbreviation (70: the
 * shorter's characters in order in the longer, the first and the last the same) or a slip of one character
 * (60: edit distance 1), each between the names without their level prefix. Every such pair is listed;
 * others may be too (the caller scores each), but few: names are compared only with those that begin and
 * end with the same characters, and with those one deletion away (a shared form with one character left
 * out: 卫生局 and 卫健局 both give 卫局).
 */
export function nearPairs(names: readonly string[]): Array<readonly [number, number]> {
  // As closeness takes them: the key, without its level prefix.
  const forms = names.map((name) => {
    const key = unitKey(name);
    return withoutPrefix(key) ?? key;
  });
  const n = names.length;
  const found = new Set<number>();
  const add = (a: number, b: number): void => {
    if (a !== b) found.add(a < b ? a * n + b : b * n + a);
  };
  // Abbreviations keep the first and the last character (isAbbreviation compares the keys of the forms).
  const ends = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const k = unitKey(f);
    if (k.length < 3) return;
    const e = `${k[0]}\u0000${k[k.length - 1]}`;
    const list = ends.get(e);
    if (list) list.push(i);
    else ends.set(e, [i]);
  });
  for (const list of ends.values()) {
    if (list.length < 2) continue;
    const keys = list.map((i) => unitKey(forms[i] as string));
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = keys[x] as string;
        const b = keys[y] as string;
        if (a.length !== b.length && (a.length < b.length ? inOrder(a, b) : inOrder(b, a)))
          add(list[x] as number, list[y] as number);
      }
  }
  // One character apart: both names give the same form with (at most) one character left out.
  const deletions = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const variants = new Set([f]);
    for (let k = 0; k < f.length; k++) variants.add(f.slice(0, k) + f.slice(k + 1));
    for (const v of variants) {
      const list = deletions.get(v);
      if (list) list.push(i);
      else deletions.set(v, [i]);
    }
  });
  for (const list of deletions.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) add(list[x] as number, list[y] as number);
  return [...found].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n] as const);
}

/** True when the characters of `short` appear in `long` in order. */
function inOrder(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
