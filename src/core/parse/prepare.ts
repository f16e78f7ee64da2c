/**
 * The first stage: a text's lines as the outline reads them. Page debris is dropped; HTML tags and hard wraps
 * are undone; a line that runs several things together (a one-line table, items or records run on, a unit
 * bracket with the next heading after it) is cut apart; record shapes are set out one field a line.
 */

import { isDebris, toLines, type SourceLine } from "../text/lines";
import { splitHtmlTags } from "../text/htmlTags";
import { splitRunOn, withPlainLabels } from "./classify";
import { splitBracketHeading } from "./splitBracketHeading";
import { recordShapes } from "./recordShapes";
import { splitOneLineTable } from "./tableOneLine";
import { splitUnnumberedTables } from "./tableOneLineRows";
import { joinWrapped } from "./wrappedLines";
import { joinBrokenBrackets } from "./brokenBrackets";
import { spreadGroupUnits } from "./groupUnitSentence";
import { markUnitHeadings } from "./outlineUnitHeading";
import { markDutyHeadings } from "./dutyHeading";
import { splitOnePage } from "./onePage";
import { joinPageOpening } from "./pageOpening";
import { joinProblemGroups, splitRunOnRecords } from "./problemList";
import { pairRemedies } from "./remedyPairs";
import { readTackedRows } from "./tackedRowUnits";
import { splitAfterUnitBrackets, splitHeadingItem, splitRunOnItems } from "./splitRunOnItems";
import { splitBracketSentences } from "./bracketSentences";

/** The lines of `text` the outline reads, each keeping the number of the line it starts on. */
export function prepareLines(text: string): SourceLine[] {
  const all = toLines(text);
  return markDutyHeadings(
    markUnitHeadings(
      recordShapes(
        joinProblemGroups(
          splitUnnumberedTables(
            readTackedRows(
              pairRemedies(
                joinPageOpening(
                  joinBrokenBrackets(
                    spreadGroupUnits(
                      joinWrapped(
                        all.flatMap(splitHtmlTags).filter((l) => l.text === "" || !isDebris(l.folded)),
                      ),
                    ),
                  ),
                ),
              ),
            ).flatMap(splitOneLineTable),
          )
            .flatMap(splitRunOnRecords)
            .flatMap(splitOnePage)
            .flatMap(splitRunOn)
            .flatMap(splitBracketHeading)
            .flatMap(splitHeadingItem)
            .flatMap(splitRunOnItems)
            .flatMap(splitAfterUnitBrackets)
            .flatMap(splitBracketSentences)
            .map(withPlainLabels),
        ),
      ),
    ),
  );
}
