/**
 * The 实际值 of 量化指标 (the `Targets` table): a value the lights cannot read as the clerk meant it — text
 * ("80%", 八成), which the sheet's formulas skip, or a fraction against a percentage target (0.05, what Excel keeps
 * when 5% is typed into a cell shown as a percentage), which they compare as 0.05%.
 */

import { cellText, isUncalculated, readNumberText } from "../text/cellText";
import { columnLetter } from "../plan/formulas";
import type { Finding, LedgerTable } from "../types";

/**
 * Findings on the 实际值 cells of a Targets table (columns 实际值2026-03 …), each at its cell.
 * @example checkTargets(table) → [{ code: "actual-invalid", params: { value: "80%", reason: "percent", number: 80, unit: "%" } … }]
 */
export function checkTargets(table: LedgerTable | null | undefined): Finding[] {
  if (!table) return [];
  const col = (h: string): number => table.header.findIndex((x) => String(x).trim() === h);
  const [unitCol, valueCol, idCol] = [col("计量单位"), col("目标值"), col("编号")];
  const actualCols = table.header.flatMap((h, i) => (/^实际值.+$/.test(String(h).trim()) ? [i] : []));
  const out: Finding[] = [];
  table.rows.forEach((row, r) => {
    const unit = unitCol >= 0 ? cellText(row[unitCol]).trim() : "";
    const target = valueCol >= 0 ? row[valueCol] : null;
    const targetValue = typeof target === "number" ? target : readNumberText(cellText(target).trim());
    const id = idCol >= 0 ? cellText(row[idCol]).trim() : "";
    for (const c of actualCols) {
      const v = row[c];
      if (v === null || v === undefined || isUncalculated(v)) continue;
      const where = { sheet: table.sheet, cell: `${columnLetter(table.left + c)}${table.top + r + 2}` };
      const base = { id, unit, header: String(table.header[c]).trim() };
      if (typeof v === "number") {
        if (unit === "%" && targetValue !== null && targetValue >= 1 && v > 0 && v < 1)
          out.push({
            code: "actual-invalid",
            severity: "warning",
            where,
            params: { ...base, value: v, reason: "fraction", number: Math.round(v * 100 * 1e6) / 1e6 },
          });
        continue;
      }
      const written = cellText(v).trim();
      if (written === "") continue;
      const percent = /^(.*?)[%％]$/.exec(written);
      const p = percent ? readNumberText(percent[1] as string) : null;
      const n = readNumberText(written);
      const params =
        p !== null && (unit === "%" || unit === "")
          ? { ...base, value: written, reason: "percent", number: p }
          : n !== null
            ? { ...base, value: written, reason: "as-text", number: n }
            : { ...base, value: written, reason: "text" };
      out.push({ code: "actual-invalid", severity: "warning", where, params });
    }
  });
  return out;
}
