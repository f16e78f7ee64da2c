/** The `--period` option of the reporting commands, read once for all of them. */

import type { Lang } from "../core/messages";
import { zh } from "../core/text/cnPunct";
import { readPeriod } from "../core/cycle/periods";
import type { Io } from "./io";

/**
 * Reads `--period` (2026-03 or 2026Q1): `{ asked: null }` when it was not given, `{ asked }` when it reads,
 * and null — after saying so on stderr — when it does not.
 */
export function periodOption(value: string | undefined, lang: Lang, io: Io): { asked: string | null } | null {
  if (value === undefined) return { asked: null };
  const asked = readPeriod(value);
  if (asked) return { asked };
  io.err(
    lang === "zh-CN"
      ? zh`--period 应写作 2026-03(月)或 2026Q1(季度),不是“${value}”。`
      : `--period must be written 2026-03 (a month) or 2026Q1 (a quarter), not "${value}".`,
  );
  return null;
}
