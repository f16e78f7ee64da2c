/** Formula text the plan writes: lookups into the ledger and counts over the tables. */

/** A text literal inside a formula: "a""b". */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value of a `Tasks` column for the 编号 in column A of the same row, as text ("" when not found or empty).
 * Returns the R1C1 form and the A1 form (with `{r}` for the row).
 */
export function taskLookup(column: string): { r1c1: string; a1: string } {
  const f = (ref: string): string => `IFERROR(INDEX(Tasks[${column}],MATCH(${ref},Tasks[编号],0))&"","")`;
  return { r1c1: f("RC1"), a1: f("$A{r}") };
}

/** The same for a date column: the date itself, or "" when empty. */
export function taskDateLookup(column: string): { r1c1: string; a1: string } {
  const f = (ref: string): string => {
    const v = `INDEX(Tasks[${column}],MATCH(${ref},Tasks[编号],0))`;
    return `IFERROR(IF(${v}="","",${v}),"")`;
  };
  return { r1c1: f("RC1"), a1: f("$A{r}") };
}

/**
 * A COUNTIFS criterion that matches exactly the text `value` (a formula: a literal or a cell): COUNTIFS reads a
 * leading =, <, > as a comparison and * ? ~ as wildcards, so a unit named =X or 一*科 would count wrongly.
 * @example exactCriterion('"=信访局"') === '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE("=信访局","~","~~"),"*","~*"),"?","~?")'
 */
export function exactCriterion(value: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${value},"~","~~"),"*","~*"),"?","~?")`;
}

/** COUNTIFS over a table: pairs of (column, criterion formula), each matched as exact text. */
export function countIfs(table: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  return `COUNTIFS(${pairs.map(([col, crit]) => `${table}[${col}],${exactCriterion(crit)}`).join(",")})`;
}

/** Column letters of a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 reference of a 0-based cell, with optional absolute row and column. */
export function a1(row: number, col: number, absRow = false, absCol = false): string {
  return `${absCol ? "$" : ""}${columnLetter(col)}${absRow ? "$" : ""}${row + 1}`;
}
