/**
 * The outline stage's driver: walks the prepared lines once. The first breakdown title starts the body, a
 * title after tasks another part; a table header hands its rows to the table readers (table.ts); every other
 * line goes to the outline (outline.ts), the only stateful builder.
 */

import type { SourceLine } from "../text/lines";
import { isBreakdownTitle, stripAttachmentMark } from "./docInfo";
import { readNumbering } from "./numbering";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "./vocabulary";
import { detectHeader, readTable, withUnits } from "./table";
import { openItem } from "./outlineTable";
import { endsItemTable, itemOfTable } from "./outlineItemsTable";
import { isTableEnd } from "./classify";
import { Outline } from "./outline";
import { previousLine, isTitleStart } from "./headerInfo";

/** The outline read from a document's lines, and where its body starts (-1: no breakdown title). */
export interface Body {
  readonly outline: Outline;
  readonly firstTitle: number;
  readonly bodyStart: number;
}

/** Reads the prepared lines into an outline of parts, sections, items and tables. */
export function readBody(lines: readonly SourceLine[]): Body {
  const outline = new Outline();

  // The first breakdown title starts the body; the notice above it never becomes tasks — unless tasks with
  // units come before it (a title line in the middle of the document): then nothing above it is dropped.
  const titleAt = lines.findIndex(
    (l) => l.text !== "" && !readNumbering(l.folded) && isBreakdownTitle(l.folded),
  );
  const firstTitle = titleAt >= 0 && !tasksBefore(lines, titleAt) ? titleAt : -1;
  const bodyStart = firstTitle >= 0 ? firstTitle : 0;
  if (firstTitle < 0) outline.startPart(null, null);

  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.text === "") continue;
    if (!readNumbering(line.folded) && isBreakdownTitle(line.folded)) {
      // The current part's own title again: a running header at the top of a page (PDF copies).
      if (outline.isRunningHeader(line)) continue;
      // A numbered table's caption (表1 民生实事项目表) right under an item without units yet: the caption of the
      // item's own table, not another breakdown's title.
      if (openItem(outline) && /^附?表\s*\d{1,2}(?![\d年])/.test(line.folded)) continue;
      // A second title after tasks starts another breakdown; a title right after a title is a subtitle.
      if (outline.parts.length === 0 || outline.partHasNodes()) {
        // A title broken over two lines (壬区政府2023年重点工作 / 任务分解和责任分工方案) is one title.
        const prev = previousLine(lines, i);
        const joined = prev && isTitleStart(prev) ? prev : null;
        const title = stripAttachmentMark((joined ? joined.text : "") + line.text).trim();
        outline.startPart(title, joined ? joined.no : line.no);
      }
      continue;
    }
    const header = detectHeader(lines, i);
    if (header) {
      // A table inside a numbered item ends at the item after it (3. after 2.): outlineTable.ts.
      const owner = itemOfTable(outline);
      const table = readTable(
        lines,
        header,
        line.no,
        (l) => isTableEnd(l) || endsItemTable(owner, header, l) || captionOfNext(lines, l, line),
      );
      outline.table(withUnits(table, header.givenUnits).items);
      i = table.end - 1;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
    outline.line(line, lines[j] ?? null);
  }
  return { outline, firstTitle, bodyStart };
}

/**
 * True when `line`, a line without cells, comes right before another table's header (表二 2020年重点工作任务, then
 * 序号⇥工作任务⇥…): that table's caption, never more of the last cell of the table above (`header` its header line).
 */
function captionOfNext(lines: readonly SourceLine[], line: SourceLine, header: SourceLine): boolean {
  // Tables of tab-separated rows only (a Word, web or PDF table, one row a line): one cell a line is another matter.
  if (line.raw.includes("\t") || !header.raw.includes("\t")) return false;
  let j = lines.indexOf(line) + 1;
  while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
  const next = lines[j];
  return next !== undefined && next.text !== header.text && detectHeader(lines, j) !== null;
}

const UNIT_LABEL = new RegExp(`(?:^|[(\\[【。;\\s])(?:${LEAD_LABEL}|${CO_LABEL}|${LIST_LABEL})\\s*:`);

/** True when a numbered line and then a unit label come before `end`: tasks, not the notice. */
function tasksBefore(lines: readonly SourceLine[], end: number): boolean {
  let numbered = false;
  for (let i = 0; i < end; i++) {
    const f = (lines[i] as SourceLine).folded;
    numbered ||= readNumbering(f) !== null;
    if (numbered && UNIT_LABEL.test(f)) return true;
  }
  return false;
}
