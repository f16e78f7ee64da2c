import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildPane } from "../support/buildPane";
import { ROOT, sampleText } from "../support/paths";
import { serveFolder } from "../support/staticServer";
import { hasTool } from "../support/tools";
import { unzip } from "../support/roundForms";
import { sampleLedger } from "../support/sampleLedger";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";

// The built standalone pane in real headless Chromium (Debian's, never a downloaded one): paste the sample,
// see its tasks and leaders, download the ledger and check the file. A screenshot stays in test-results/.
const run = hasTool("chromium") ? describe : describe.skip;

run("the standalone pane in Chromium", () => {
  let server: { url: string; close: () => Promise<void> };
  let context: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveFolder(await buildPane());
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "taizhang-chromium-")), {
      executablePath: "/usr/bin/chromium",
      headless: true,
      acceptDownloads: true,
      locale: "zh-CN",
      viewport: { width: 420, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // A production webpack build and a browser start: on a loaded 2-core machine (beside other builds and
    // a CPU hog) this took over 3 minutes; it is a setup step, not a timed assertion.
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const open = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`${path}: ${e.message}`));
    // Office.js from Microsoft's CDN cannot be fetched here (no internet): fail it at once, as an offline machine would.
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.url}/${path}`);
    return page;
  };

  it("previews the sample's 73 tasks and 4 leaders and downloads a ledger that holds them", async () => {
    const page = await open("standalone.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).fill(sampleText());
    await page.getByRole("button", { name: "解析预览" }).click();
    await page.getByText("共 73 项任务\uff0c4 位分管领导").waitFor();
    for (const leader of ["于会游", "冯中海", "朱伟强", "徐刚"]) {
      await page.getByText(leader, { exact: false }).first().waitFor();
    }
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-results", "standalone-pane.png"), fullPage: true });

    // Five alias suggestions are undecided: the pane asks first, and writes them unmerged when told so.
    await page.getByRole("button", { name: "下载 .xlsx 台账" }).click();
    await page.getByText(/还有 5 条单位别名建议没有接受或拒绝/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "不合并\uff0c写入" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const ledger = wb.getWorksheet("任务台账");
    expect(ledger?.rowCount).toBe(74);
    expect(ledger?.getCell("A75").value ?? null).toBeNull();
    expect(["于会游", "冯中海", "朱伟强", "徐刚"].every((l) => wb.getWorksheet(l))).toBe(true);
    expect(wb.getWorksheet("说明")).toBeTruthy();
    expect(errors).toEqual([]);
  }, 120_000);

  it("fetches the parser only at the first preview; when it cannot be fetched says so in words, and a second try reads", async () => {
    const page = await open("standalone.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).fill(sampleText());
    const fetched = (): Promise<string[]> =>
      page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect((await fetched()).filter((u) => /\/(parser|panels)\./.test(u))).toEqual([]);

    // Offline for the parser's chunk alone: the pane says what happened and is usable again.
    const parser = /\/parser\.[0-9a-f]+\.js$/;
    await page.route(parser, (route) => route.abort("internetdisconnected"));
    await page.getByRole("button", { name: "解析预览" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/^台账助手的一部分程序没有下载成功/);
    expect(await page.getByRole("button", { name: "解析预览" }).isEnabled()).toBe(true);
    expect(await page.getByRole("status").count()).toBe(0);

    await page.unroute(parser);
    await page.getByRole("button", { name: "解析预览" }).click();
    await page.getByText("共 73 项任务\uff0c4 位分管领导").waitFor({ timeout: 30_000 });
    expect((await fetched()).some((u) => parser.test(u))).toBe(true);
    // The preview itself is in the chunk of the panels past the first screen, fetched beside the parser.
    expect((await fetched()).some((u) => /\/panels\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it("fetches 设置 with the panels past the first screen; when they cannot be fetched says so, and 再试一次 shows it", async () => {
    const page = await open("standalone.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).waitFor();
    const panels = /\/panels\.[0-9a-f]+\.js$/;
    await page.route(panels, (route) => route.abort("internetdisconnected"));
    await page.getByRole("tab", { name: "设置" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/^台账助手的一部分程序没有下载成功/);

    await page.unroute(panels);
    await page.getByRole("button", { name: "再试一次" }).click();
    await page.getByRole("textbox", { name: "状态 1 名称" }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);

  it("opens a PDF, Word files old and new and a workbook, each reader's chunk fetched only when its file is opened", async () => {
    const page = await open("standalone.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).waitFor();
    const fetched = (): Promise<string[]> =>
      page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect((await fetched()).filter((u) => /pdfjs|mammoth|readers/.test(u))).toEqual([]);
    const input = page.getByLabel("选择责任分解文件");
    for (const name of ["tiny.pdf", "tiny.doc", "tiny.docx", "tiny.xlsx"]) {
      await input.setInputFiles(join(ROOT, "test", "fixtures", "files", name));
      await page.getByText(`来自文件\uff1a${name}`).waitFor({ timeout: 30_000 });
      await page.getByText("共 2 项任务\uff0c1 位分管领导").waitFor();
    }
    expect((await fetched()).some((u) => /pdfjs/.test(u))).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it("comes up standalone from taskpane.html when office.js cannot be fetched: no page error, no endless spinner", async () => {
    const page = await open("taskpane.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).fill(sampleText(), { timeout: 15_000 });
    expect(await page.getByRole("progressbar").count()).toBe(0);
    await page.getByRole("button", { name: "解析预览" }).click();
    await page.getByText("共 73 项任务，4 位分管领导").waitFor();
    await page.getByRole("button", { name: "下载 .xlsx 台账" }).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it("opens a ledger under 生成, lists the units and downloads their forms as one .zip, the round fetched only then", async () => {
    const ledger = join(mkdtempSync(join(tmpdir(), "taizhang-e2e-ledger-")), "台账.xlsx");
    writeFileSync(ledger, await writeWorkbook(sampleLedger().plan));
    const page = await open("standalone.html");
    await page.getByRole("textbox", { name: "粘贴责任分解文本" }).waitFor();
    const fetched = (): Promise<string[]> =>
      page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect((await fetched()).filter((u) => /rounds|jszip|exceljs/.test(u))).toEqual([]);
    // The tabs' names in Chromium's own accessibility tree, as a screen reader gets them: each label once. (Fluent
    // writes an unselected tab's label twice, the copy hidden to keep the bold width, so its textContent reads
    // "校验校验" — the clerk trial's reading — but the hidden copy is no part of its name.)
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    const tabs = nodes.filter((n) => n.role?.value === "tab").map((n) => n.name?.value);
    expect(tabs).toEqual(["导入", "校验", "生成", "设置"]);
    // The 期次 typed under 导入 is the one 生成 uses.
    await page.getByRole("textbox", { name: /期次/ }).fill("2020-03");
    await page.getByRole("tab", { name: "生成" }).click();
    expect(await page.getByRole("textbox", { name: /期次/ }).inputValue()).toBe("2020-03");
    await page.getByLabel("打开本轮台账\uff08.xlsx\uff09").setInputFiles(ledger);
    await page.getByText("台账\uff1a台账.xlsx").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "列出单位" }).click();
    await page.getByText("经信局\uff1a牵头 8 项\uff0c配合 9 项").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "下载报送表(.zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("报送表-2020-03.zip");
    const forms = await unzip(new Uint8Array(readFileSync(await download.path())));
    expect(forms.size).toBe(49);
    expect(forms.has("经信局-2020-03.xlsx")).toBe(true);
    expect((await fetched()).some((u) => /rounds/.test(u))).toBe(true);
    expect(errors).toEqual([]);
  }, 180_000);

  it("regenerates a ledger with 重新生成台账 and downloads the new file, as npx taizhang regenerate does", async () => {
    // The clerk trial opened y5.xlsx with the round's button, beside words promising this, and got nothing.
    const ledger = join(mkdtempSync(join(tmpdir(), "taizhang-e2e-ledger-")), "y5.xlsx");
    const plan = sampleLedger().plan;
    writeFileSync(ledger, await writeWorkbook(plan));
    const page = await open("standalone.html");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByLabel("重新生成台账\uff08.xlsx\uff09").setInputFiles(ledger),
    ]);
    expect(download.suggestedFilename()).toBe("y5-重新生成.xlsx");
    await page.getByText("已下载 y5-重新生成.xlsx。").waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("任务台账")?.rowCount).toBe(74);
    expect(["任务分工", "汇总", "说明", "于会游"].every((n) => wb.getWorksheet(n))).toBe(true);
    expect(errors).toEqual([]);
  }, 180_000);
});
