import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dispatchForms } from "../../../src/core/rounds/dispatch";
import { readForm } from "../../../src/xlsx/rounds/readForm";
import { writeForm } from "../../../src/xlsx/rounds/writeForm";
import { sampleLedger } from "../../support/sampleLedger";

const { model } = sampleLedger();
const form = dispatchForms(model, "2020-03", ["责任人"]).find((f) => f.meta.unit === "经信局")!;
const AT = "2020-03-28T09:00:00.000Z";

async function edited(edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeForm(form)) as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("a reporting form on file", () => {
  it("reads back what was sent, with no filled cells", async () => {
    const read = await readForm("经信局-2020-03.xlsx", await writeForm(form), AT);
    if (!("meta" in read)) throw new Error("not read as a form");
    expect(read.meta).toEqual(form.meta);
    expect(read.rows.map((r) => r.id)).toEqual(form.rows.map((r) => r.id));
    expect(read.rows.every((r) => r.fills.length === 0)).toBe(true);
    expect(read.rows[0]).toMatchObject({
      text: form.rows[0]!.text,
      lead: form.rows[0]!.lead,
      cell: "填报!A7",
    });
  });

  it("reads filled cells by header, with the cell they are in, also in the clerk's column and a renamed sheet", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet("填报")!;
      ws.getCell("H7").value = "推进中";
      ws.getCell("I7").value = { richText: [{ text: "已完成" }, { text: "招标" }] };
      ws.getCell("L8").value = "张三";
      ws.getCell("J9").value = 42;
      ws.name = "Sheet1";
    });
    const read = await readForm("改了名字.xlsx", bytes, AT);
    if (!("meta" in read)) throw new Error("not read as a form");
    expect(read.rows[0]!.fills).toEqual([
      { column: "完成状态", value: "推进中", cell: "Sheet1!H7" },
      { column: "进展情况", value: "已完成招标", cell: "Sheet1!I7" },
    ]);
    expect(read.rows[1]!.fills).toEqual([{ column: "责任人", value: "张三", cell: "Sheet1!L8" }]);
    expect(read.rows[2]!.fills).toEqual([{ column: "存在问题", value: "42", cell: "Sheet1!J9" }]);
  });

  it("names text typed above the table within its columns, and not the 填报说明 lines dispatch wrote there", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet("填报")!;
      ws.getCell("H7").value = "推进中";
      // The blank row between 填报说明 and the header, inside the table's columns.
      ws.getCell("B5").value = "填报人:李四";
      ws.getCell("I5").value = "本月进展见附件";
    });
    const read = await readForm("经信局.xlsx", bytes, AT);
    if (!("meta" in read)) throw new Error("not read as a form");
    expect(read.outside).toEqual([
      { column: "", value: "填报人:李四", cell: "填报!B5" },
      { column: "", value: "本月进展见附件", cell: "填报!I5" },
    ]);
    // Sent as written, nothing is outside; an instruction line a unit rewrote is.
    const sent = await readForm("经信局.xlsx", await writeForm(form), AT);
    expect("meta" in sent && sent.outside).toBeFalsy();
    const rewritten = await edited((wb) => {
      wb.getWorksheet("填报")!.getCell("A1").value = "经信局 2020年3月 已报";
    });
    expect(await readForm("经信局.xlsx", rewritten, AT)).toMatchObject({
      outside: [{ column: "", value: "经信局 2020年3月 已报", cell: "填报!A1" }],
    });
  });

  it("dates a return by the day given, else the day it was last saved as it records inside, else the file's", async () => {
    // Saved by the unit on 27 March; the copy on this computer is of 6 April.
    const bytes = await edited((wb) => {
      wb.getWorksheet("填报")!.getCell("I7").value = "已推进";
      wb.modified = new Date(2020, 2, 27, 16, 30);
    });
    const copied = "2020-04-06T01:00:00.000Z";
    expect(await readForm("经信局.xlsx", bytes, copied)).toMatchObject({
      receivedAt: copied,
      savedAt: new Date(2020, 2, 27, 16, 30).toISOString(),
      dated: { on: "2020-03-27", from: "saved" },
    });
    expect(await readForm("经信局.xlsx", bytes, copied, "2020-03-31")).toMatchObject({
      dated: { on: "2020-03-31", from: "given" },
    });
    // A file that records no save time (no docProps/core.xml): the file's own day.
    const zip = await JSZip.loadAsync(bytes);
    zip.remove("docProps/core.xml");
    const bare = await zip.generateAsync({ type: "uint8array" });
    const read = await readForm("经信局.xlsx", bare, copied);
    expect(read).toMatchObject({ dated: { on: "2020-04-06", from: "file" } });
    expect("savedAt" in read).toBe(false);
  });

  it("says in one word why a file is no form: not a workbook, or a workbook without 报送信息", async () => {
    expect(await readForm("a.txt", new TextEncoder().encode("报送情况"), AT)).toEqual({
      file: "a.txt",
      receivedAt: AT,
      notReturn: "not-xlsx",
    });
    const other = await edited((wb) => wb.removeWorksheet(wb.getWorksheet("报送信息")!.id));
    expect(await readForm("b.xlsx", other, AT)).toMatchObject({ notReturn: "not-return" });
  });

  it("names a form saved as .ods, .xls or .csv as such, so the clerk has it saved as .xlsx", async () => {
    const fixture = (name: string) =>
      new Uint8Array(readFileSync(join(__dirname, "../../fixtures/files", name)));
    expect(await readForm("司法局.ods", fixture("tiny.ods"), AT)).toMatchObject({ notReturn: "ods" });
    expect(await readForm("司法局.xls", fixture("tiny.xls"), AT)).toMatchObject({ notReturn: "xls" });
    const csv = new TextEncoder().encode("编号,工作任务\n3.3,x\n");
    expect(await readForm("司法局.csv", csv, AT)).toMatchObject({ notReturn: "csv" });
  });

  it("reads the read-only 当前状态/当前进展 cells and the cells of a column the unit inserted", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet("填报")!;
      ws.getCell("M6").value = "备注";
      ws.getCell("M7").value = "商务局备注";
      ws.getCell("G7").value = "写在当前进展里";
    });
    const read = await readForm("a.xlsx", bytes, AT);
    if (!("meta" in read)) throw new Error("not read as a form");
    expect(read.rows[0]!.others).toEqual([{ column: "备注", value: "商务局备注", cell: "填报!M7" }]);
    expect(read.rows[0]!.progress).toEqual({ column: "当前进展", value: "写在当前进展里", cell: "填报!G7" });
    expect(read.rows[1]!.others).toBeUndefined();
  });
});
