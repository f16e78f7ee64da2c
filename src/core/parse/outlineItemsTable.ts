/**
 * Where a table inside a numbered item ends: at the item after it (3. after 2.) whether or not the item gave units
 * of its own before its table, and, in a table with cell separators (tabs, |), at a units line without them
 * (责任单位:…), which is the item's, not more of the last row.
 */

import type { SourceLine } from "../text/lines";
import { lineLabelKind } from "./labels";
import type { Node } from "./node";
import type { Outline } from "./outline";
import { nextItemLine, openItem } from "./outlineTable";
import type { FoundHeader } from "./tableHeader";

/** The numbered item a table right after it sits in: the open item, or the last item read with its units. */
export function itemOfTable(outline: Outline): Node | null {
  const open = openItem(outline);
  if (open) return open;
  const item = outline.current;
  return item && !item.heading && item.style !== null && item.n !== null && item.children.length === 0
    ? item
    : null;
}

/** True when `line` ends a table that `owner` holds (see the module comment). */
export function endsItemTable(owner: Node | null, header: FoundHeader, line: SourceLine): boolean {
  if (!owner) return false;
  if (nextItemLine(owner, line)) return true;
  const separated = header.tabbed || header.piped === true;
  return separated && !/[\t|\uff5c]/.test(line.raw) && isUnitsLine(line);
}

/** True when a line starts with a label of units (牵头单位: / 责任单位: / 配合单位:). */
export function isUnitsLine(line: SourceLine): boolean {
  const kind = lineLabelKind(line.folded);
  return kind === "lead" || kind === "co" || kind === "list";
}
