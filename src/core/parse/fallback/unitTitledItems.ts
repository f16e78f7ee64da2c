/**
 * A report in which each unit sets out its own work under a heading naming it — the name alone on its line (枣阳市),
 * or the name, a colon and its slogan (市发改委:践行新思想,跑出加速度) — each work item opening with a short title
 * sentence of its own (强化高质量考核推进工作。 / 全力向增强科技创新硬实力奋进。 — or, opening a paragraph, two short
 * parallel clauses: 聚焦项目突破,增强经济发展后劲。) followed by its measures, several items
 * perhaps run together in one paragraph. Each item is a task led by the heading's unit (ids heading.item: 1.1, 1.2 …);
 * the words under a heading before its first title sentence (the unit's own introduction: 作为综合经济部门,我们将…)
 * are no task, and the unit's byline under its heading (古城街道党工委书记 王伯元) is passed over. The generic reader
 * believes them only when two or more items so read.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { emptyRoles } from "../roles";
import { isCollective } from "../splitUnits";
import { isLabelLine } from "../labels";
import { isUnitLike } from "../unitLike";
import { rolesTask, type ProseTask } from "./proseItems";
import { readNumbering } from "../numbering";
import { nameAtStart } from "./subjectParagraph";
import { HEADLINE_VERB } from "../vocabulary";

// The heading: a name alone, or a name, a colon and a slogan with no full stop.
const HEADING = /^([\u4e00-\u9fff]{2,20}?)(?:\s*:\s*[^。:;]{2,30})?$/;
// Names that are the writer, a place as a whole or a greeting, not an office (我县, 本站, 全市, 欢迎访问…网站).
const NOT_OFFICE = /^(?:[我本全该各]|欢迎)/;
// A title sentence: short, no comma, colon or semicolon inside, closed by a full stop.
const TITLE = /^[^,;:。!?]{4,20}[。!]$/;
// A paragraph's opening title of two short parallel clauses (聚焦项目突破,增强经济发展后劲。 / 坚决守住底线,全力维护和谐
// 稳定。): only where a paragraph opens, never inside one (年内完成3座,汛前验收。 is a measure).
const TITLE_PAIR = /^[^,;:。!?]{4,10},[^,;:。!?]{4,10}[。!]$/;

/** The unit a line names as a heading over its work, or null. */
function headingUnit(line: SourceLine): string | null {
  const f = line.folded.trim();
  const m = HEADING.exec(f);
  if (!m || isLabelLine(f)) return null;
  const name = line.text.trim().slice(0, (m[1] as string).length);
  // One name, whole (我县成立防汛指挥部 is a headline: 我县, then words), never the writer or a group.
  // A news headline (青山旗召开民生实事调度会: a place, then what it did) is no unit's heading.
  const whole = nameAtStart(name) === name && !NOT_OFFICE.test(name) && !HEADLINE_VERB.test(fold(name));
  return whole && isUnitLike(name) && !isCollective(name) ? name : null;
}

/** A paragraph's sentences, each with its stop (a last piece without one kept as it is). */
const sentences = (text: string): string[] => text.match(/[^。!?]+[。!?]?/g) ?? [];

/**
 * Reads the items under each unit heading, in page order.
 * @example readUnitTitledItems(lines("县水利局\n加固病险水库。年内完成3座,汛前验收。建设灌区。新建渠道5公里,配套闸门。"))
 *   .map((t) => [t.id, t.leads]) → [["1.1", ["县水利局"]], ["1.2", ["县水利局"]]]
 */
export function readUnitTitledItems(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let unit: string | null = null;
  let units = 0;
  let item: { text: string; line: number; end: number } | null = null;
  let count = 0;
  const close = (): void => {
    if (!item || unit === null) return;
    const roles = emptyRoles();
    roles.leads.push(unit);
    roles.matched = true;
    out.push(rolesTask(`${units}.${++count}`, item.text, [roles], { ...item, deadline: null }));
    item = null;
  };
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    const named = headingUnit(line);
    if (named) {
      close();
      unit = named;
      units++;
      count = 0;
      continue;
    }
    if (unit === null) continue;
    // The byline under the heading, the unit's own (古城街道党工委书记 王伯元): passed over.
    if (count === 0 && !item && !/[。!?]/.test(fold(line.text)) && line.text.trim().startsWith(unit))
      continue;
    // A line with no sentence in it (a theme heading: 高质量发展, a signature's date) ends the unit's work, as does a
    // numbered line (numbered items are another layout's).
    if (!/[。!?]/.test(fold(line.text)) || readNumbering(line.folded.trim())) {
      close();
      unit = null;
      continue;
    }
    for (const [k, s] of sentences(line.text.trim()).entries()) {
      const f = fold(s).trim();
      if (TITLE.test(f) || (k === 0 && TITLE_PAIR.test(f))) {
        close();
        item = { text: s.trim(), line: line.no, end: line.no };
      } else if (item) {
        item.text += s;
        item.end = line.no;
      }
    }
  }
  close();
  return out;
}
