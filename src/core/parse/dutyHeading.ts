/**
 * A notice that sets up a body (a 联席会议, a 领导小组办公室, a 工作专班) and lists its duties under a numbered heading:
 * 一、联席会议职责 / 二、工作职责 over (一)负责… (二)研究制定… — duties with no subject of their own, each the body's. The
 * heading names the body (联席会议职责: the name as written there), or says only 工作职责 / 主要职责 / 职责, when the
 * body is the one the notice set up before it (决定成立北海市…领导小组办公室: its name as set up). The heading is marked
 * with the body, which it hands down as the lead of every duty under it (outlineLines.ts, onNumbered). Decided with
 * the whole text in view, when lines are prepared.
 */

import type { SourceLine } from "../text/lines";
import { fold } from "../text/fold";
import { readNumbering } from "./numbering";
import { BODY_END, BODY_SET_UP } from "./vocabulary";

// The heading's words after its number: the body's name or nothing, then 职责 (no 分工: a division among units).
const DUTY_HEADING = new RegExp(
  `^([^,。;:、()及和与]{0,30}?(?:${BODY_END}))?(?:的)?(?:主要|工作)?职责[:。]?$`,
);
// The body set up: its whole name up to 制度, a bracket or the sentence's end; a short bracket inside the name is part
// of it (示范园区(产业)创建工作领导小组). A short name the notice gives it after (以下简称“联席会议”) is the name it
// goes by in the notice, so the duties are that name's.
const SET_UP = new RegExp(
  `${BODY_SET_UP}((?:[^,。;:、()“”]|\\([^,。;:()以]{1,8}\\)){2,40}?(?:${BODY_END}))(?:制度)?` +
    `(?:\\(以下简称[“"]?([^,。;:()“”"]{2,12}?)[”"]?\\)(?:制度)?)?(?=[,。;(]|$)`,
);

/** The lines with each body's duties heading marked (`dutyBody`: the body's name); the others as they are. */
export function markDutyHeadings(lines: readonly SourceLine[]): SourceLine[] {
  let setUp: string | null = null;
  let marked = false;
  const out = lines.map((line) => {
    const num = readNumbering(line.folded);
    const rest = num ? line.text.slice(num.length).replace(/\s+/g, "") : "";
    const heading = num && (num.style === "cn" || num.style === "pcn") ? DUTY_HEADING.exec(fold(rest)) : null;
    if (heading) {
      const body = heading[1] ? rest.slice(0, (heading[1] as string).length) : setUp;
      if (body) {
        marked = true;
        return { ...line, dutyBody: body };
      }
    }
    const found = setUp === null ? SET_UP.exec(line.folded) : null;
    if (found) {
      // The short name when one is given, else the whole name (the text's own characters: folded lengths match).
      const name = (found[2] ?? found[1]) as string;
      const at = found.index + found[0].lastIndexOf(name);
      setUp = line.text.slice(at, at + name.length).trim();
    }
    return line;
  });
  return marked ? out : [...lines];
}
