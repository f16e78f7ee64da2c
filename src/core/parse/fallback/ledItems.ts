/**
 * A progress report that names items of a numbered list by their lead, in prose: 市发改委牵头的第1项“地区生产总值
 * 增长6.5%以上”,一季度增长6.4%;市财政局牵头的第4项“一般公共预算收入增长5%”,… — each clause a unit, 牵头的, and
 * the item's number in the list (第N项, or 第N glued to the words) with the item's name, quoted or not, then its
 * progress. One unit may govern several items, each after a comma (…牵头的第1地区生产总值…,三季度增长5.5%,第2固定资产
 * 投资…); the unit's clause ends at ; or 。. Each item is a task with its own number as id and the unit as lead; its
 * words are the quoted name, or the words up to the first comma.
 */

import type { SourceLine } from "../../text/lines";
import { isCollective } from "../splitUnits";
import { emptyRoles } from "../roles";
import { isUnitLike } from "../unitLike";
import { proseTask, type ProseTask } from "./proseItems";

// The unit's clause: after a sentence's start, a colon or a semicolon, the unit, 牵头的, the first item's number.
const LED_CLAUSE = /(?:^|[;。:])\s*([^,;。:“”"()]{2,30}?)牵头的(?=第\d{1,3}(?:项|[“"]|[\u4e00-\u9fff]))/g;
// An item's number: right after 牵头的 or a comma, 第N with 项, a quote or the item's first word after it — never a
// rank or a period (增速居全省第6位 follows no comma; ,第3季度 is no item).
const ITEM = /(?:^|,)\s*第(\d{1,3})(?:项\s*|(?=[“"])|(?=[\u4e00-\u9fff])(?![位名次季批个年期届轮]))/g;

/** The words of an item: its quoted name, or up to the first comma; a stray closing quote is punctuation. */
function itemWords(text: string): string {
  const t = text.trim();
  const quoted = /^[“"]([^”"]{2,80})[”"]/.exec(t);
  const words = quoted ? (quoted[1] as string) : (t.split(/[,;。]/)[0] as string);
  return words.replace(/^[“"]|[”"]$/g, "").trim();
}

/**
 * Reads each line's clauses `UNIT牵头的第N项“ITEM”…`: one task per item, led by the clause's unit. Only where the
 * unit looks like one (not a collective): a report's sentence in general (各牵头单位) gives nothing.
 * @example readLedItems(lines("未达预期的是:市商务局牵头的第5项“消费增长6%”,一季度增长4.6%;市人社局牵头的第6项“收入增长5.5%”。"))
 *   → ids ["5", "6"], leads [["市商务局"], ["市人社局"]]
 */
export function readLedItems(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  for (const line of lines) {
    const f = line.folded;
    if (!f.includes("牵头的第")) continue;
    LED_CLAUSE.lastIndex = 0;
    for (let m = LED_CLAUSE.exec(f); m; m = LED_CLAUSE.exec(f)) {
      const unit = line.text.slice(m.index + m[0].indexOf(m[1] as string), m.index + m[0].length - 3).trim();
      if (!isUnitLike(unit) || isCollective(unit)) continue;
      const from = m.index + m[0].length;
      const stop = f.slice(from).search(/[;。]/);
      const to = stop < 0 ? f.length : from + stop;
      const clause = f.slice(from, to);
      const roles = { ...emptyRoles(), leads: [unit], matched: true };
      const marks = [...clause.matchAll(ITEM)];
      marks.forEach((mark, k) => {
        const start = (mark.index ?? 0) + mark[0].length;
        const end = k + 1 < marks.length ? (marks[k + 1]?.index ?? clause.length) : clause.length;
        const words = itemWords(line.text.slice(from + start, from + end));
        if (words.length < 2) return;
        const task = proseTask(mark[1] as string, words, [roles], {
          line: line.no,
          end: line.no,
          deadline: null,
        });
        if (task) out.push(task);
      });
    }
  }
  return out;
}
