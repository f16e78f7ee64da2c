/**
 * A deployment spoken or written as paragraphs of items, each closed by who answers for it: a part's heading
 * (`战场六,文化景观大道整治。`, `第二战场:…`, `三、…`), its field commander (`现场指挥员:市委常委魏某。`), then one paragraph
 * per topic (`中岳路段方面:第一项,道路两侧绿化,要求4月15日前完成。责任人,中岳办袁某。第二项,…`). Each `第N项` is a task;
 * a sentence `责任人,X。` (责任单位:, 负责人: …) gives X, as written — a body with its person (`市交通局局长甄某`) — to
 * the items since the previous such sentence in the paragraph; a paragraph's items after its last such sentence, or
 * a paragraph with none, have no unit. A topic paragraph with no `第N项` is one task, its label part of its words.
 * The commander (his name after his titles) is the leader of the part's tasks. Believed only when two or more
 * such sentences close items of two or more paragraphs.
 */

import type { SourceLine } from "../../text/lines";
import { fold } from "../../text/fold";
import { chineseNumber } from "../numbering";
import { emptyRoles } from "../roles";
import { rolesTask, type ProseTask } from "./proseItems";
import { ANSWERS_FOR, COMMANDER_LABEL, ITEM_ORDINAL, TOPIC_LABEL } from "../vocabulary";
import { isDeadline } from "../deadline";
import type { Person } from "../leader";

// A part's heading: a word and its number (战场六, 第二战场, 三、), then its title, on a short line of its own.
const PART_HEADING =
  /^(?:第([一二三四五六七八九十\d]{1,3})[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{1,3}?([一二三四五六七八九十]{1,3})|([一二三四五六七八九十]{1,3}))[,:、]\s*[^,:;。]{2,24}。?$/;
// The commander's name after his titles (…副书记魏某, …副市长王某某).
const NAME_AFTER_TITLE = /(?:书记|长|主任|常委|委员|主席|部长|指挥)([\u4e00-\u9fff]{2,3})(?:同志)?。?$/;
// A date the item is to be done by: 要求4月10日前完成, 6月底前到位, 要求在5月底前.
const DUE = /(\d{1,4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|以前|之前|底前)/g;

interface Item {
  text: string;
  line: number;
  answer: string | null;
}

/** The last completion date an item's words give (三月18日前…6月底前完成 → 6月底前), or null. */
function dueOf(text: string): string | null {
  let last: string | null = null;
  for (const m of fold(text).matchAll(DUE))
    if (isDeadline(m[0])) last = text.slice(m.index, m.index + m[0].length);
  return last;
}

/** The items of one topic paragraph, each given the answer that closes its run; null when it is no topic paragraph. */
function paragraphItems(text: string, line: number): { items: Item[]; answers: number } | null {
  const f = fold(text);
  const marks = [...f.matchAll(ITEM_ORDINAL)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const label = TOPIC_LABEL.exec(f);
  if (!label && (marks.length === 0 || (marks[0]?.at ?? 0) > 0)) return null;
  const items: Item[] = [];
  const pieces =
    marks.length === 0
      ? [{ from: 0, to: f.length }]
      : marks.map((m, k) => ({ from: m.after, to: marks[k + 1]?.at ?? f.length }));
  let answers = 0;
  let open = 0;
  for (const p of pieces) {
    let words = "";
    let at = p.from;
    for (const sentence of f.slice(p.from, p.to).split(/(?<=[。;])/)) {
      const m = ANSWERS_FOR.exec(sentence.trim());
      if (m) {
        const who = text
          .slice(at, at + sentence.length)
          .trim()
          .slice(m[0].length)
          .replace(/[。;]$/, "")
          .trim();
        if (who !== "") {
          answers++;
          for (const it of items.slice(open)) it.answer = who;
          if (words.trim() !== "") items.push({ text: words.trim(), line, answer: who });
          open = items.length;
          words = "";
        }
      } else words += text.slice(at, at + sentence.length);
      at += sentence.length;
    }
    if (words.trim() !== "") items.push({ text: words.trim(), line, answer: null });
  }
  return { items, answers };
}

/**
 * Reads the topic paragraphs' items as tasks, ids part . paragraph . item (a paragraph of one item part . paragraph).
 * @example readPersonItems(lines("战场一,道路整治。\n东段方面:第一项,绿化,要求4月15日前完成。责任人,城关镇李某。\n西段方面:第一项,亮化。责任人,市城管局王某。")).map((t) => t.leads)
 *   → [["城关镇李某"], ["市城管局王某"]]
 */
export function readPersonItems(lines: readonly SourceLine[]): ProseTask[] {
  const out: ProseTask[] = [];
  let part: number | null = null;
  let paragraph = 0;
  let leader: Person | null = null;
  let answers = 0;
  let answered = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "") continue;
    const f = fold(text);
    const heading = PART_HEADING.exec(f);
    if (heading && !TOPIC_LABEL.test(f) && !ANSWERS_FOR.test(f)) {
      part = chineseNumber((heading[1] ?? heading[2] ?? heading[3]) as string);
      paragraph = 0;
      leader = null;
      continue;
    }
    if (COMMANDER_LABEL.test(f)) {
      const m = NAME_AFTER_TITLE.exec(f);
      const name = m ? (m[1] as string) : null;
      const at = m && name ? m.index + m[0].lastIndexOf(name) : 0;
      leader = name ? { name: text.slice(at, at + name.length), title: null, others: [] } : null;
      continue;
    }
    const read = paragraphItems(text, line.no);
    if (!read || read.items.length === 0) continue;
    paragraph++;
    answers += read.answers;
    if (read.answers > 0) answered++;
    const prefix = part === null ? String(paragraph) : `${part}.${paragraph}`;
    read.items.forEach((it, k) => {
      const roles = emptyRoles();
      if (it.answer !== null) {
        const [first, ...rest] = it.answer
          .split(/[、,]/)
          .map((s) => s.trim())
          .filter(Boolean);
        if (first) roles.leads.push(first);
        roles.coUnits.push(...rest);
        roles.matched = true;
      }
      const id = read.items.length === 1 && !ITEM_ORDINAL_AT.test(fold(text)) ? prefix : `${prefix}.${k + 1}`;
      const at = {
        line: it.line,
        end: it.line,
        deadline: dueOf(it.text),
        leader: part === null ? null : leader,
      };
      out.push(rolesTask(id, it.text, [roles], at));
    });
  }
  return answers >= 2 && answered >= 2 ? out : [];
}

// Whether a paragraph numbers its items (第一项, …): a single numbered item keeps its own number in the id.
const ITEM_ORDINAL_AT = new RegExp(ITEM_ORDINAL.source);
