/** How the shell dresses the plan's block styles: sober fills and fonts, the same on every sheet. */

import type { BlockStyle } from "../core/plan/types";

/** Font and fill of a block style; absent means Excel's default. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
}

/** The look of each block style. */
export const BLOCK_STYLES: Readonly<Record<BlockStyle, CellStyle>> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  header: { bold: true, fill: "#D9E2F3", color: "#1F1F1F" },
  label: { bold: true, fill: "#F2F2F2" },
  note: { italic: true, color: "#595959" },
  body: {},
};

/** Points of a column `chars` characters wide (Excel: 7 px per character plus 5 px padding, 0.75 pt per px). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
