/**
 * Excel writes a print area of whole columns as `'Sheet'!$A:$V` (the ledger's own sheets carry one: the list
 * without the notes beside it), and of whole rows as `'Sheet'!$1:$40`. ExcelJS cannot decode either: it
 * reads $A:$V as "ANaN:VNaN" and writes that back, and a file so rewritten stops the next read ("Cannot read
 * properties of undefined (reading 'match')" in colCache.decodeEx). So before ExcelJS reads a file they are
 * written out as the cell ranges they stand for: $A$1:$V$1048576, $A$1:$XFD$40. A print area that an ExcelJS
 * write has already mangled ($ANaN:$DNaN, from a file some ExcelJS-based tool or an older version of this one
 * saved) stands for no range any program can read: it is dropped, so the file opens and prints whole sheets.
 */

/** Rows and columns of a sheet (Excel 2007 and later). */
const LAST_ROW = 1048576;
const LAST_COLUMN = "XFD";

/** One reference of a print area with whole columns or rows made a cell range; anything else as it is. */
export function boundedReference(ref: string): string {
  const bang = ref.lastIndexOf("!");
  const sheet = ref.slice(0, bang + 1);
  const area = ref.slice(bang + 1);
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(area);
  if (columns) return `${sheet}$${columns[1]}$1:$${columns[2]}$${LAST_ROW}`;
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(area);
  if (rows) return `${sheet}$A$${rows[1]}:$${LAST_COLUMN}$${rows[2]}`;
  return ref;
}

/**
 * A workbook part's XML with every print area of whole columns or rows made cell ranges, mangled ones dropped.
 * A print area of several ranges (tables side by side, each printed apart) becomes one name per range, as
 * ExcelJS reads only a name's first range and joins a sheet's names into its areas ("A1:R1048576&&T1:AC1048576");
 * its writer makes them one name again (joinPrintAreas).
 */
export function boundedPrintAreas(xml: string): string {
  return xml.replace(
    /(<definedName\b[^>]*\bname="_xlnm\.Print_Area"[^>]*>)([^<]*)(<\/definedName>)/g,
    (_m, open: string, refs: string, close: string) =>
      refs.includes("NaN")
        ? ""
        : refs
            .split(",")
            .map((ref) => `${open}${boundedReference(ref)}${close}`)
            .join(""),
  );
}
