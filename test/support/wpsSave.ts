/**
 * A workbook rewritten the way WPS Spreadsheets (WPS 表格) is known to save an .xlsx, for tests that cannot run
 * WPS. Each change is one WPS makes according to files and reports found in public repositories (see
 * TESTING.md, "Returns saved by WPS"): its custom document properties (KSOProductBuildVer, ICV), the etc:
 * namespace on every sheet, its own parts (xl/customStorage with a WPS relationship type), a hidden
 * _xlnm._FilterDatabase name, a <dimension> that says A1 only, a password-style sheetProtection, list
 * validations moved into the sheet's extLst (x14:dataValidations), strings stored inline instead of shared,
 * and, in some copies, zip entry names with backslashes.
 */

import JSZip from "jszip";

/** Which of the changes to make (all by default). */
export interface WpsChanges {
  readonly customProperties?: boolean;
  readonly wpsParts?: boolean;
  readonly definedNames?: boolean;
  readonly dimension?: boolean;
  readonly protection?: boolean;
  readonly validationsInExtLst?: boolean;
  readonly inlineStrings?: boolean;
  readonly backslashNames?: boolean;
}

const ETC = "http://www.wps.cn/officeDocument/2017/etCustomData";
const CUSTOM_STORAGE_REL = "http://www.wps.cn/officeDocument/2023/relationships/customStorage";

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The texts of xl/sharedStrings.xml, in order (rich runs joined). */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? "").join(""),
  );
}

/** Adds a relationship to a .rels part. */
const addRel = (xml: string, id: string, type: string, target: string): string =>
  xml.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );

/** Adds an Override to [Content_Types].xml. */
const addOverride = (xml: string, part: string, type: string): string =>
  xml.replace("</Types>", `<Override PartName="${part}" ContentType="${type}"/></Types>`);

/** A sheet's list validations moved from <dataValidations> into its extLst, as x14:dataValidations. */
function validationsInExtLst(xml: string): string {
  const found = /<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/.exec(xml);
  if (!found) return xml;
  const rules = [...(found[1] ?? "").matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(
    (v) => {
      const sqref = /sqref="([^"]*)"/.exec(v[1] ?? "")?.[1] ?? "";
      const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(v[2] ?? "")?.[1] ?? "";
      return `<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>${formula}</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;
    },
  );
  const ext = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="${rules.length}">${rules.join("")}</x14:dataValidations></ext>`;
  const without = xml.replace(found[0], "");
  return without.includes("</extLst>")
    ? without.replace("</extLst>", `${ext}</extLst>`)
    : without.replace("</worksheet>", `<extLst>${ext}</extLst></worksheet>`);
}

/** The workbook's bytes as WPS would save them (the changes chosen). */
export async function savedByWps(bytes: Uint8Array, changes: WpsChanges = {}): Promise<Uint8Array> {
  const on = (k: keyof WpsChanges): boolean => changes[k] !== false;
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => {
    const f = zip.file(path);
    if (!f) throw new Error(`no ${path}`);
    return f.async("string");
  };
  let types = await read("[Content_Types].xml");

  if (on("customProperties")) {
    zip.file(
      "docProps/custom.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>6B7C2A0E33F44A3B9E1B0C9D8E7F6A5B_12</vt:lpwstr></property></Properties>`,
    );
    types = addOverride(
      types,
      "/docProps/custom.xml",
      "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    );
    zip.file(
      "_rels/.rels",
      addRel(
        await read("_rels/.rels"),
        "rIdWps1",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
        "docProps/custom.xml",
      ),
    );
  }

  if (on("wpsParts")) {
    zip.file(
      "xl/customStorage/customStorage.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<customStorage xmlns="${ETC}"><customStorageData name="KSO_WM_UNIT_TABLE_BEAUTIFY"/></customStorage>`,
    );
    types = addOverride(
      types,
      "/xl/customStorage/customStorage.xml",
      "application/vnd.wps-officedocument.customStorage+xml",
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      addRel(
        await read("xl/_rels/workbook.xml.rels"),
        "rIdWps2",
        CUSTOM_STORAGE_REL,
        "customStorage/customStorage.xml",
      ),
    );
  }

  if (on("definedNames")) {
    const wb = await read("xl/workbook.xml");
    const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'填报'!$A$6:$K$6</definedName>`;
    zip.file(
      "xl/workbook.xml",
      wb.includes("<definedNames>")
        ? wb.replace("<definedNames>", `<definedNames>${name}`)
        : wb.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`),
    );
  }

  const strings = zip.file("xl/sharedStrings.xml") ? sharedStrings(await read("xl/sharedStrings.xml")) : [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    let xml = await read(path);
    xml = xml.replace(/<worksheet\b([^>]*)>/, (m: string, attrs: string) =>
      attrs.includes("xmlns:etc") ? m : `<worksheet${attrs} xmlns:etc="${ETC}">`,
    );
    if (on("dimension")) xml = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1"/>');
    if (on("protection"))
      xml = xml.replace(
        /<sheetProtection\b[^>]*\/>/,
        '<sheetProtection algorithmName="SHA-512" hashValue="" saltValue="" spinCount="100000" sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0"/>',
      );
    if (on("validationsInExtLst")) xml = validationsInExtLst(xml);
    if (on("inlineStrings"))
      xml = xml.replace(
        /<c\b([^>]*?)\bt="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_m, a: string, b: string, index: string) =>
          `<c${a}t="inlineStr"${b}><is><t xml:space="preserve">${escapeXml(strings[Number(index)] ?? "")}</t></is></c>`,
      );
    zip.file(path, xml);
  }
  zip.file("[Content_Types].xml", types);

  if (!on("backslashNames")) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  // Entry names with "\" between folders (xl\worksheets\sheet1.xml), as some copies come.
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    out.file(name.replace(/\//g, "\\"), await entry.async("uint8array"), { createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
