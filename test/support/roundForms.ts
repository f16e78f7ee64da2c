/** The forms of a dispatched .zip, opened and filled as units fill them, for the round's pane tests. */

import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The files of a .zip, by name. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry && !entry.dir) out.set(name, await entry.async("uint8array"));
  }
  return out;
}

/** A form opened with ExcelJS: its task rows under the header row, and the column numbers by header. */
export async function openForm(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("填报");
  if (!ws) throw new Error("no 填报 sheet");
  let h = 1;
  while (h <= ws.rowCount && ws.getCell(h, 1).value !== "编号") h++;
  const col = new Map<string, number>();
  ws.getRow(h).eachCell((c, i) => col.set(String(c.value), i));
  const rows: ExcelJS.Row[] = [];
  for (let r = h + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value) rows.push(ws.getRow(r));
  const at = (name: string): number => {
    const c = col.get(name);
    if (c === undefined) throw new Error(`no column ${name}`);
    return c;
  };
  const save = async (): Promise<Uint8Array> => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { wb, ws, col: at, rows, save };
}

/**
 * Fills a form as a unit does: 进展情况 on every row ("单位:编号 已推进"), and `status` as the 完成状态 of the rows
 * it leads. Returns the filled bytes and how many cells were filled.
 */
export async function fillForm(
  bytes: Uint8Array,
  unit: string,
  status: string,
  edit?: (form: Awaited<ReturnType<typeof openForm>>) => void,
): Promise<{ bytes: Uint8Array; cells: number }> {
  const form = await openForm(bytes);
  let cells = 0;
  for (const row of form.rows) {
    row.getCell(form.col("进展情况")).value = `${unit}:${String(row.getCell(1).value)} 已推进`;
    cells++;
    if (row.getCell(form.col("角色")).value === "牵头") {
      row.getCell(form.col("完成状态")).value = status;
      cells++;
    }
  }
  edit?.(form);
  return { bytes: await form.save(), cells };
}
