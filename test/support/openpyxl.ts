import JSZip from "jszip";

/**
 * A ledger as openpyxl saves it: every relationship target an absolute part name
 * (`Target="/xl/tables/table1.xml"`), which ExcelJS alone cannot read (exceljs#1468).
 */
export async function withAbsoluteTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const folder = path.split("/").slice(0, -2);
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(/Target="([^"/][^"]*)"/g, (m, target: string) => {
        if (/^[a-z]+:/i.test(target)) return m; // an external link
        const parts: string[] = [...folder];
        for (const p of target.split("/")) {
          if (p === "..") parts.pop();
          else if (p !== ".") parts.push(p);
        }
        return `Target="/${parts.join("/")}"`;
      }),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
