/** @jest-environment jsdom */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./support/paths";

// An offline check of the add-in manifest's structure (office-addin-manifest's validator posts the file
// to a Microsoft service, which CI cannot reach). The order of elements follows the schema order given in
// docs/develop/manifest-element-ordering.md; a wrong order makes sideloading fail.
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const root = doc.documentElement;
const children = (el: Element) => Array.from(el.children).map((c) => c.localName);
const first = (el: Element | Document, name: string) => {
  const found = Array.from(el.getElementsByTagName("*")).find((e) => e.localName === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const all = (name: string) => Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);

/** The order the schema requires; elements may be absent but never out of order. */
function inOrder(actual: string[], schema: string[]): boolean {
  const positions = actual.map((n) => schema.indexOf(n));
  return (
    positions.every((p) => p >= 0) && positions.every((p, i) => i === 0 || p > (positions[i - 1] as number))
  );
}

describe("manifest.xml", () => {
  it("is well-formed XML for an Excel task pane", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(first(doc, "Host").getAttribute("Name")).toBe("Workbook");
  });

  it("keeps the top-level elements in schema order", () => {
    const schema = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
      "ExtendedOverrides",
    ];
    expect(inOrder(children(root), schema)).toBe(true);
    expect(children(first(doc, "VersionOverrides"))).toEqual(["Hosts", "Resources"]);
    expect(children(first(doc, "DesktopFormFactor"))).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
    expect(children(first(doc, "Control"))).toEqual(["Label", "Supertip", "Icon", "Action"]);
    expect(children(first(doc, "Resources"))).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
  });

  it("has a GUID id, a four-part version, read-write permission and ExcelApi 1.8 at least", () => {
    expect(first(doc, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(first(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(first(doc, "Permissions").textContent).toBe("ReadWriteDocument");
    const set = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(Number(set?.getAttribute("MinVersion"))).toBeGreaterThanOrEqual(1.8);
  });

  it("speaks Chinese by default with an English override for every text", () => {
    expect(first(doc, "DefaultLocale").textContent).toBe("zh-CN");
    for (const el of [first(doc, "DisplayName"), first(doc, "Description"), ...all("String")]) {
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const override = Array.from(el.children).find((c) => c.localName === "Override");
      expect(override?.getAttribute("Locale")).toBe("en-US");
      expect(override?.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
    for (const s of all("ShortStrings").flatMap((e) => Array.from(e.children))) {
      expect([...(s.getAttribute("DefaultValue") ?? "")].length).toBeLessThanOrEqual(125);
    }
    for (const s of all("LongStrings").flatMap((e) => Array.from(e.children))) {
      expect([...(s.getAttribute("DefaultValue") ?? "")].length).toBeLessThanOrEqual(250);
    }
  });

  it("has a ribbon button that opens the pane, and every resource id it uses exists", () => {
    expect(first(doc, "OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(first(doc, "Action").getAttribute("xsi:type")).toBe("ShowTaskpane");
    const defined = new Set(
      ["Image", "Url", "String"]
        .flatMap((n) => all(n))
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter(Boolean);
    expect(used.length).toBeGreaterThan(0);
    for (const r of used) expect(defined.has(r)).toBe(true);
    for (const d of defined) expect(used).toContain(d);
  });

  it("loads everything over https from one origin, with icons that exist at their sizes", () => {
    const urls = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("DefaultValue"))
      .filter((v): v is string => !!v && /^https?:/.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    const icons = urls.filter((u) => u.includes("/assets/"));
    for (const u of icons) {
      const file = join(ROOT, "assets", u.split("/assets/")[1] as string);
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
