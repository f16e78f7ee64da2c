/**
 * 存档本期, 汇总各单位报送 and 通报 in Excel keep comments (批注) as 更新现有台账 does: 进展记录 is written anew, and each
 * comment on it follows its row (a row replaced is named, as the report names a comment not kept); those on the
 * tool's sheets written anew (报送情况, 通报) are named; an Excel without the comments API (before ExcelApi 1.10)
 * says that those on 进展记录 were not kept.
 */

import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { acceptSuggestions, suggestRegistry } from "../../src/core/units/registry";
import { createExcelServices } from "../../src/taskpane/excelServices";
import type { SettingsBag } from "../../src/taskpane/excelServices";
import type { ReturnFile, RoundServices } from "../../src/taskpane/rounds/types";
import type { LedgerServices } from "../../src/taskpane/services";
import { installExcelHost, rectAddress } from "../support/excelHost";
import type { ExcelHost } from "../support/excelHost";
import { sampleText } from "../support/paths";
import { fillForm, unzip } from "../support/roundForms";

jest.setTimeout(120_000);

const sample = parseBreakdown(sampleText());

let uninstall: () => void = () => {};
afterEach(() => uninstall());

async function ledgerIn(apiVersion: string): Promise<{
  host: ExcelHost;
  services: LedgerServices;
  rounds: RoundServices;
  download: jest.Mock<void, [string, Uint8Array]>;
}> {
  const installed = installExcelHost({ apiVersion });
  uninstall = installed.uninstall;
  const stored = new Map<string, string>();
  const settings: SettingsBag = {
    read: async (k) => stored.get(k) ?? null,
    write: async (k, v) => void stored.set(k, v),
  };
  const download = jest.fn<void, [string, Uint8Array]>();
  const services = createExcelServices({
    locale: "zh-CN",
    onBackgroundError: () => {},
    settings,
    today: () => "2020-04-15",
    download,
  });
  const suggested = suggestRegistry(sample);
  await services.writeLedger(
    sample,
    acceptSuggestions(suggested, suggested.suggestions),
    DEFAULT_SETTINGS,
    () => {},
  );
  return { host: installed.host, services, rounds: await services.loadRounds(), download };
}

/** The Progress rows as the workbook holds them, each with its row's cells by header and its sheet row. */
function progressRows(
  host: ExcelHost,
): Array<{ cells: Record<string, unknown>; row: number; col: (h: string) => number }> {
  const t = host.table("Progress");
  const [header = [], ...rows] = host.valuesOf(t.sheet, t.rect);
  const col = (h: string) => t.rect.col + header.indexOf(h);
  return rows.map((r, i) => ({
    cells: Object.fromEntries(header.map((h, k) => [String(h), r[k]])),
    row: t.rect.row + 1 + i,
    col,
  }));
}

/** The A1 address of column `column` on the first Progress row that `match` takes. */
function progressCell(
  host: ExcelHost,
  match: (cells: Record<string, unknown>) => boolean,
  column: string,
): string {
  const found = progressRows(host).find((r) => match(r.cells));
  if (!found) throw new Error("no such Progress row");
  return rectAddress({ row: found.row, col: found.col(column), rows: 1, cols: 1 });
}

const archived = (id: string, period: string) => (c: Record<string, unknown>) =>
  c["编号"] === id && c["期次"] === period && c["来源"] === "存档";

/** 经信局's form of 2020-03, filled, from the .zip the last dispatch downloaded. */
async function jingxinReturn(download: jest.Mock<void, [string, Uint8Array]>): Promise<ReturnFile> {
  const [, zip] = download.mock.calls.at(-1) ?? [];
  const forms = await unzip(zip as Uint8Array);
  const name = "经信局-2020-03.xlsx";
  const filled = await fillForm(forms.get(name) as Uint8Array, "经信局", "推进中");
  return { name, bytes: filled.bytes, lastModified: "2020-03-30T08:00:00.000Z" };
}

describe("comments (批注) through 存档本期 in Excel", () => {
  it("follow their row of 进展记录 when a period archived before is replaced; those on its replaced rows are named", async () => {
    const { host, services } = await ledgerIn("1.10");
    await services.snapshot("2020-03", false, () => {});
    await services.snapshot("2020-04", false, () => {});
    // The body holds 2020-03's 73 rows, then 2020-04's.
    const april = progressCell(host, archived("2.4", "2020-04"), "进展情况");
    const march = progressCell(host, archived("2.4", "2020-03"), "进展情况");
    const header = rectAddress({ ...host.table("Progress").rect, rows: 1, cols: 1 });
    host.addComment(`进展记录!${april}`, "4月已现场核实");
    host.addComment(`进展记录!${march}`, "3月材料待补");
    host.addComment(`进展记录!${header}`, "编号同任务台账");

    const outcome = await services.snapshot("2020-03", true, () => {});
    expect(outcome).toMatchObject({ archived: 73, replaced: 73 });
    // 2020-04's rows now come first: 2.4's April row moved up 73 rows, and its comment with it.
    const movedTo = progressCell(host, archived("2.4", "2020-04"), "进展情况");
    expect(Number(april.slice(1)) - Number(movedTo.slice(1))).toBe(73);
    expect(host.commentsOn("进展记录").sort()).toEqual(
      [`${header}: 编号同任务台账`, `${movedTo}: 4月已现场核实`].sort(),
    );
    // The March row was archived anew: its comment is named, with the cell it was on.
    expect("notes" in outcome ? outcome.notes : []).toEqual([
      expect.stringContaining(`进展记录!${march} 的批注\u201c3月材料待补\u201d未能保留`),
    ]);
  });

  it("are said not to be kept on 进展记录 where Excel has no comments API (before ExcelApi 1.10)", async () => {
    const { services } = await ledgerIn("1.9");
    const outcome = await services.snapshot("2020-03", false, () => {});
    expect("notes" in outcome ? outcome.notes : []).toEqual([
      expect.stringContaining(
        "此版本的 Excel 不提供批注接口\uff08ExcelApi 1.10\uff09\uff0c重新写入的进展记录上如有批注",
      ),
    ]);
  });
});

describe("comments (批注) through 汇总各单位报送 and 通报 in Excel", () => {
  it("follow their row of 进展记录 when a unit's return replaces its rows; those on replaced rows and on 报送情况 are named; 任务台账's stay", async () => {
    const { host, services, rounds, download } = await ledgerIn("1.10");
    await rounds.dispatch("2020-03");
    const form = await jingxinReturn(download);
    await rounds.collect([form], null);
    // 经信局's 17 rows (8 lead, 9 co) first, then the 73 archived.
    await services.snapshot("2020-03", false, () => {});
    const jx = (c: Record<string, unknown>) => c["单位"] === "经信局" && c["来源"] === "报送";
    const returned = progressCell(host, jx, "进展情况");
    const kept = progressCell(host, archived("2.4", "2020-03"), "进展情况");
    const onTasks = "任务台账!K5";
    host.addComment(`进展记录!${returned}`, "经信局电话确认");
    host.addComment(`进展记录!${kept}`, "已现场核实");
    host.addComment("报送情况!A1", "本轮催办两次");
    host.addComment(onTasks, "督查室核实");

    // 经信局 returns again: its 17 rows are replaced (written after the archived ones).
    const outcome = await rounds.collect([form], null);
    const movedTo = progressCell(host, archived("2.4", "2020-03"), "进展情况");
    expect(Number(kept.slice(1)) - Number(movedTo.slice(1))).toBe(17);
    expect(host.commentsOn("进展记录")).toEqual([`${movedTo}: 已现场核实`]);
    expect(host.commentsOn("任务台账")).toEqual(["K5: 督查室核实"]);
    expect(host.commentsOn("报送情况")).toEqual([]);
    const notes = outcome.notes.join("\n");
    expect(notes).toContain(`进展记录!${returned} 的批注\u201c经信局电话确认\u201d未能保留`);
    expect(notes).toContain("报送情况!A1 的批注\u201c本轮催办两次\u201d未能保留");
  });

  it("on the 通报 sheet are named when it is drafted again", async () => {
    const { host, rounds } = await ledgerIn("1.10");
    await rounds.report("2020-03");
    host.addComment("通报!A1", "领导已阅");
    const outcome = await rounds.report("2020-03");
    expect(outcome.summary).toContain("通报!A1 的批注\u201c领导已阅\u201d未能保留");
  });

  it("without the comments API: 汇总 says those on 进展记录 were not kept, 通报 says nothing of its own sheet", async () => {
    const { rounds, download } = await ledgerIn("1.9");
    await rounds.dispatch("2020-03");
    const outcome = await rounds.collect([await jingxinReturn(download)], null);
    expect(outcome.notes.filter((n) => n.includes("批注接口"))).toEqual([
      expect.stringContaining("重新写入的进展记录上如有批注"),
    ]);
    expect((await rounds.report("2020-03")).summary).not.toContain("批注");
  });
});
