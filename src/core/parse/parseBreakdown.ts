/**
 * Text of a responsibility breakdown → `{ document, tasks, issues }`, as a pipeline of stages: lines
 * (text/lines.ts) → kinds of line (classify.ts) → the outline, the only stateful stage (outline.ts; tables
 * through table.ts and outlineTable.ts) → tasks with ids and resolved roles (tasks.ts, ids.ts) → the
 * notice's own information (headerInfo.ts). Every word the stages know is in vocabulary.ts. Linear in the
 * length of the text.
 */

import type { DocumentPart, ParseIssue, ParsedDocument } from "../types";
import { decodeBytes, type Decoded } from "../text/decode";
import { isDebris, toLines, type SourceLine } from "../text/lines";
import { isBreakdownTitle, stripAttachmentMark } from "./docInfo";
import { readNumbering } from "./numbering";
import { CO_LABEL, LEAD_LABEL, LIST_LABEL } from "./vocabulary";
import { detectHeader, readTable } from "./table";
import { openItem } from "./outlineTable";
import { endsItemTable, itemOfTable } from "./outlineItemsTable";
import { isTableEnd, splitRunOn, withPlainLabels } from "./classify";
import { Outline } from "./outline";
import { finish } from "./tasks";
import { dropCutUnit } from "./cutName";
import { readHeaderInfo, previousLine, isTitleStart } from "./headerInfo";
import { readGenerically } from "./fallback";
import { chooseRegions } from "./fallback/regions";
import { splitBracketHeading } from "./splitBracketHeading";
import { recordShapes } from "./recordShapes";
import { splitOneLineTable } from "./tableOneLine";
import { joinWrapped } from "./wrappedLines";
import { joinProblemGroups, splitRunOnRecords } from "./problemList";
import { pairRemedies } from "./remedyPairs";
import { splitHtmlTags } from "../text/htmlTags";
import { restoreStrings, restoreTask, simplify } from "../text/script";
import { splitAfterUnitBrackets, splitHeadingItem, splitRunOnItems } from "./splitRunOnItems";
import { emptyDocument } from "./emptyDocument";

// Kept here too for the code that imports it from the parser.
export { emptyDocument };
import { gluedProjectHeader } from "./fallback/gluedProjects";

/**
 * Parses the text of a breakdown document.
 * @example parseBreakdown("一、王某市长牵头重点工作\n1.推进城东改造。\n责任单位:建设局、发改局").tasks[0]
 *   → { id: "1.1", leader: "王某", leaderTitle: "市长", leads: ["建设局"], coUnits: ["发改局"], … }
 */
export function parseBreakdown(text: string, options: { encoding?: string } = {}): ParsedDocument {
  // A Traditional-script copy is read in simplified characters and given back in its own (text/script.ts).
  const script = simplify(text);
  const parsed = parseSimplified(script.text, options);
  if (script.text === text) return parsed;
  return {
    ...restoreStrings(parsed, script.restore),
    tasks: parsed.tasks.map((t) => restoreTask(t, script)),
  };
}

/** Parses a text whose Traditional characters are already simplified. */
function parseSimplified(text: string, options: { encoding?: string }): ParsedDocument {
  const all = toLines(text);
  const lines = recordShapes(
    joinProblemGroups(
      pairRemedies(
        joinWrapped(all.flatMap(splitHtmlTags).filter((l) => l.text === "" || !isDebris(l.folded))),
      )
        .flatMap(splitOneLineTable)
        .flatMap(splitRunOnRecords)
        .flatMap(splitRunOn)
        .flatMap(splitBracketHeading)
        .flatMap(splitHeadingItem)
        .flatMap(splitRunOnItems)
        .flatMap(splitAfterUnitBrackets)
        .map(withPlainLabels),
    ),
  );
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
        (l) => isTableEnd(l) || endsItemTable(owner, header, l),
      );
      outline.table(table.items);
      i = table.end - 1;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && (lines[j] as SourceLine).text === "") j++;
    outline.line(line, lines[j] ?? null);
  }

  const finished = finish(outline);
  // Numbered items without a single unit anywhere are not a breakdown (a news article, a plan): no tasks.
  const noUnits = finished.tasks.every((t) => t.leads.length + t.coUnits.length === 0);
  // Nothing read by the main stages: the generic last-resort reader (fallback/), flagged for the clerk.
  const generic = noUnits || finished.tasks.length === 0 ? readGenerically(lines) : null;
  // Otherwise each table or run of items another reader accounts for better (plausibility.ts) is read by
  // it, a table the main stages did not read at all as its own part (fallback/regions.ts).
  const chosen = generic
    ? null
    : chooseRegions(lines, {
        tasks: noUnits ? [] : finished.tasks,
        issues: [
          ...outline.issues,
          ...(noUnits ? finished.issues.filter((i) => i.code !== "task-no-units") : finished.issues),
        ],
        parts: outline.parts.map((p) => ({ index: p.index, title: p.title, line: p.line })),
      });
  const treeIssues = chosen ? [...chosen.issues] : [];
  // A text that ends inside a unit name: the partial name is reported, not read as a unit.
  const cutIssues: ParseIssue[] = generic ? [] : treeIssues;
  const tasks = dropCutUnit(generic ? generic.tasks : (chosen?.tasks ?? []), cutIssues, lines);
  // Without a breakdown title, the notice is what comes before the first section or task.
  const headerEnd =
    firstTitle >= 0 ? bodyStart : lines.filter((l) => l.no < (finished.firstContentLine ?? 0)).length;
  // A signature sits below the last task and the last unit line.
  const lastContent = tasks.reduce((last, t) => Math.max(last, t.line), outline.lastUnitLine);
  const headerInfo = readHeaderInfo(
    lines,
    headerEnd,
    lines.slice(headerEnd).filter((l) => l.no > lastContent),
  );
  const parts: DocumentPart[] = chosen
    ? [...chosen.parts]
    : outline.parts.map((p) => ({ index: p.index, title: p.title, line: p.line }));
  const issues: ParseIssue[] = generic
    ? [
        {
          code: "layout-generic",
          severity: "warning",
          line: generic.line,
          params: { reader: generic.reader, count: generic.tasks.length },
        },
        ...cutIssues,
      ]
    : treeIssues;
  if (tasks.length === 0) {
    // A table whose cell borders were lost (序号项目名称主要内容…牵头单位 run together): say so, at its header.
    const glued = lines.find(
      (l) => GLUED_HEADER.test(l.folded.replace(/\s+/g, "")) || gluedProjectHeader(l.text) !== null,
    );
    const reason = glued ? "cells-glued" : noTaskReason(lines);
    issues.push({ code: "no-tasks", severity: "error", line: glued?.no ?? null, params: { reason } });
  }
  issues.sort((a, b) => (a.line ?? -1) - (b.line ?? -1));

  return {
    document: {
      title: headerInfo.title ?? parts[0]?.title ?? null,
      issuer: headerInfo.issuer,
      date: headerInfo.date,
      recipients: headerInfo.recipients,
      roleConvention: headerInfo.convention ?? outline.convention,
      parts,
      encoding: options.encoding ?? "utf-8",
    },
    tasks,
    issues,
  };
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

// A header row whose cells run together: 序号, then a task column and a units column with nothing between.
const GLUED_HEADER =
  /序号(?:项目名称|工作任务|重点工作|主要内容|目标任务|工作内容|任务内容|重点任务|民生实事){1,3}.{0,12}?(?:牵头单位|责任单位|主要责任单位|配合单位)/;

/** Why no task was found, for the `no-tasks` finding: empty, no numbered items, or no units anywhere. */
function noTaskReason(lines: readonly SourceLine[]): "empty" | "no-numbering" | "no-units" {
  const filled = lines.filter((l) => l.text !== "");
  if (filled.length === 0) return "empty";
  if (!filled.some((l) => readNumbering(l.folded))) return "no-numbering";
  return "no-units";
}

/**
 * Parses a file's bytes: detects the encoding (UTF-8, UTF-16 with BOM, GBK/GB18030), then parses.
 * An encoding inferred from the bytes is reported as an `encoding-guessed` finding.
 */
export function parseBytes(bytes: Uint8Array): ParsedDocument {
  const decoded = decodeBytes(bytes);
  if (decoded.unreadable) {
    // No encoding read the bytes as text: none is claimed ("" rather than the last one tried).
    return emptyDocument("", [
      { code: "encoding-unreadable", severity: "error", line: null, params: { tried: decoded.encoding } },
    ]);
  }
  const parsed = parseBreakdown(decoded.text, { encoding: decoded.encoding });
  const read = encodingIssues(decoded);
  return read.length === 0 ? parsed : { ...parsed, issues: [...read, ...parsed.issues] };
}

/** Findings about how the bytes were read: a guessed encoding, and each line with bytes it could not read. */
function encodingIssues(decoded: Decoded): ParseIssue[] {
  const out: ParseIssue[] = [];
  if (decoded.guessed)
    out.push({
      code: "encoding-guessed",
      severity: "info",
      line: null,
      params: { encoding: decoded.encoding },
    });
  const shown = decoded.badLines.slice(0, 20);
  shown.forEach((line, i) => {
    const more = i === shown.length - 1 ? decoded.badLines.length - shown.length : 0;
    out.push({
      code: "encoding-bad-bytes",
      severity: "warning",
      line,
      params: { encoding: decoded.encoding, more },
    });
  });
  return out;
}
