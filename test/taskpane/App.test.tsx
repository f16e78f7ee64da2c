/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Finding } from "../../src/core/types";
import type { WriteResult } from "../../src/taskpane/services";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { chunkLoadError, deferred, fakeRounds, fakeServices, sampleText } from "./fakeServices";

// Rendering the sample's 73 tasks and its dialogs takes seconds when the machine is busy (the full suite).
jest.setTimeout(30_000);

/** Renders the pane and waits until its settings have loaded. */
async function renderPane(services = fakeServices()) {
  const view = render(<App services={services} />);
  await waitFor(() => expect(services.loadSettings).toHaveBeenCalled());
  return { services, ...view };
}

/** Rejects every alias suggestion still undecided, so that writing asks nothing about them. */
function rejectUndecided(): void {
  for (const b of screen.queryAllByRole("button", { name: /^拒绝\uff1a|^Reject / })) fireEvent.click(b);
}

/** Pastes the sample and previews it (the parser comes as a promise: waits for its preview). */
async function previewSample(): Promise<void> {
  fireEvent.change(screen.getByRole("textbox", { name: /粘贴责任分解文本/ }), {
    target: { value: sampleText() },
  });
  fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
  await screen.findByRole("heading", { name: /^共 73 项任务/ });
}

const sampleLine419 =
  sampleText()
    .split("\n")
    .findIndex((l) => l.startsWith("19.深化农村人居环境整治")) + 1;

const findings: Finding[] = [
  {
    code: "lead-alias",
    severity: "warning",
    where: { sheet: "任务台账", cell: "E12" },
    params: { unit: "服务业局", canonical: "发改局" },
    fix: {
      where: { sheet: "任务台账", cell: "E12" },
      action: { op: "units", renames: [{ from: "服务业局", to: "发改局" }], drop: [] },
      preview: "发改局",
    },
  },
  {
    code: "co-separator",
    severity: "warning",
    where: { sheet: "任务台账", cell: "F3" },
    params: { found: "," },
    fix: {
      where: { sheet: "任务台账", cell: "F3" },
      action: { op: "units", renames: [], drop: [] },
      preview: "财政局、发改局",
    },
  },
  {
    code: "lead-empty",
    severity: "error",
    where: { sheet: "任务台账", cell: "E75" },
    params: { id: "4.19" },
  },
  {
    code: "overdue",
    severity: "info",
    where: { sheet: "任务台账", cell: "H8" },
    params: { id: "1.3", deadline: "6月底前" },
  },
];

describe("the import tab", () => {
  it("previews the pasted sample as 73 tasks under 4 leaders, each leader expandable to its tasks", async () => {
    const { services } = await renderPane();
    await previewSample();

    expect(services.parseText).toHaveBeenCalledWith(sampleText());
    expect(screen.getByRole("heading", { name: "共 73 项任务\uff0c4 位分管领导" })).toBeTruthy();
    const leaders = screen.getAllByRole("button", { name: /^(于会游|冯中海|朱伟强|徐刚) / });
    expect(leaders.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^于会游 市长.*3 项$/),
      expect.stringMatching(/^冯中海 常务副市长.*25 项$/),
      expect.stringMatching(/^朱伟强 常委.*26 项$/),
      expect.stringMatching(/^徐刚 副市长.*19 项$/),
    ]);

    // Collapsed at first; opening 徐刚 lists his 19 tasks, 4.19 flagged as having no unit.
    expect(screen.queryByText(/^4\.19 /)).toBeNull();
    fireEvent.click(leaders[3] as HTMLElement);
    expect(leaders[3]?.getAttribute("aria-expanded")).toBe("true");
    const item = screen.getByText(/^4\.19 深化农村人居环境整治/).closest("li") as HTMLElement;
    expect(within(item).getByText("无责任单位")).toBeTruthy();
  });

  it("lists the document's findings with their line numbers, among them task 4.19 without units", async () => {
    await renderPane();
    await previewSample();
    const list = screen.getByRole("list", { name: /文件中的问题/ });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain("任务 4.19 没有责任单位。");
    expect(items[0]?.textContent).toContain(`第 ${sampleLine419} 行`);
  });

  it("shows a finding's line in the pasted text when its place is clicked", async () => {
    await renderPane();
    await previewSample();
    fireEvent.click(screen.getByRole("button", { name: `在文本中显示第 ${sampleLine419} 行` }));
    const box = screen.getByRole("textbox", { name: /粘贴责任分解文本/ }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    const selected = box.value.slice(box.selectionStart, box.selectionEnd);
    expect(selected).toBe(sampleText().split(/\r?\n/)[sampleLine419 - 1]);
    expect(selected.startsWith("19.深化农村人居环境整治")).toBe(true);
  });

  it("previews with Ctrl+Enter from the paste box", async () => {
    const { services } = await renderPane();
    const box = screen.getByRole("textbox", { name: /粘贴责任分解文本/ });
    fireEvent.change(box, { target: { value: sampleText() } });
    fireEvent.keyDown(box, { key: "Enter", ctrlKey: true });
    expect(services.parseText).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("heading", { name: /共 73 项任务/ })).toBeTruthy();
  });

  it("says it is parsing, the import buttons disabled, while the parser is fetched for the first paste", async () => {
    const parse = deferred<ReturnType<typeof JSON.parse>>();
    await renderPane(fakeServices({ parseText: () => parse.promise }));
    fireEvent.change(screen.getByRole("textbox", { name: /粘贴责任分解文本/ }), {
      target: { value: sampleText() },
    });
    fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
    expect(screen.getByRole("status").textContent).toBe("正在解析…");
    expect(screen.getByRole("button", { name: "解析预览" }).hasAttribute("disabled")).toBe(true);
    parse.resolve(await fakeServices().parseText(sampleText()));
    expect(await screen.findByRole("heading", { name: /^共 73 项任务/ })).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says in words that the parser could not be downloaded, and 解析预览 works again", async () => {
    let offline = true;
    const { services } = await renderPane(
      fakeServices({
        parseText: async (text) => {
          if (offline) throw chunkLoadError("parser");
          return fakeServices().parseText(text);
        },
      }),
    );
    fireEvent.change(screen.getByRole("textbox", { name: /粘贴责任分解文本/ }), {
      target: { value: sampleText() },
    });
    fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(
      /^台账助手的一部分程序没有下载成功\uff08网络断开或服务器无法访问\uff09/,
    );
    expect(screen.queryByRole("status")).toBeNull();
    const button = screen.getByRole("button", { name: "解析预览" });
    expect(button.hasAttribute("disabled")).toBe(false);

    offline = false;
    fireEvent.click(button);
    expect(await screen.findByRole("heading", { name: /^共 73 项任务/ })).toBeTruthy();
    expect(services.parseText).toHaveBeenCalledTimes(2);
  });

  it("reads an opened file's bytes through the services", async () => {
    const { services } = await renderPane();
    const bytes = new TextEncoder().encode(sampleText());
    const file = new File([bytes], "桐乡.txt", { type: "text/plain" });
    fireEvent.change(screen.getByLabelText("选择责任分解文件"), { target: { files: [file] } });
    await screen.findByRole("heading", { name: /共 73 项任务/ });
    expect(services.readDocument).toHaveBeenCalledWith("桐乡.txt", expect.any(Uint8Array));
    expect(Array.from(services.readDocument.mock.calls[0]?.[1] ?? [])).toEqual(Array.from(bytes));
    expect(screen.getByText("来自文件\uff1a桐乡.txt")).toBeTruthy();
    // The file's name goes into 说明 with the ledger.
    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    await screen.findByText(/已写入台账/);
    expect(services.writeLedger.mock.calls[0]?.[4]).toBe("桐乡.txt");
  });

  it("shows a file the browser cannot read as an error", async () => {
    const { services } = await renderPane();
    const file = new File(["x"], "坏.docx");
    Object.defineProperty(file, "arrayBuffer", {
      value: () => Promise.reject(new Error("无法读取该文件。")),
    });
    fireEvent.change(screen.getByLabelText("选择责任分解文件"), { target: { files: [file] } });
    expect((await screen.findByRole("alert")).textContent).toBe("无法读取该文件。");
    expect(services.readDocument).not.toHaveBeenCalled();
  });

  it("writes the ledger at once when nothing generated would be replaced, with the accepted aliases merged", async () => {
    const { services } = await renderPane();
    await previewSample();
    const accept = screen.getAllByRole("button", { name: /^接受/ });
    expect(accept.length).toBeGreaterThan(0);
    const [firstSuggestion] = services.suggestRegistry.mock.results[0]?.value.suggestions ?? [];
    fireEvent.click(accept[0] as HTMLElement);
    expect(screen.getByText("已接受")).toBeTruthy();

    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    await screen.findByText("已写入台账\uff0c共 7 张工作表。");
    expect(services.previewWrite).toHaveBeenCalledTimes(1);
    expect(services.writeLedger).toHaveBeenCalledTimes(1);
    const [parsed, registry] = services.writeLedger.mock.calls[0] ?? [];
    expect(parsed?.tasks).toHaveLength(73);
    const canonical = registry?.units.find((u) => u.name === firstSuggestion.canonical);
    expect(canonical?.aliases).toContain(firstSuggestion.alias);
    expect(registry?.units.some((u) => u.name === firstSuggestion.alias)).toBe(false);
  });

  it("shows the year the document names (时限年度, from its title) and writes the year the clerk types instead", async () => {
    const { services } = await renderPane();
    await previewSample();
    const box = screen.getByRole("textbox", { name: "时限年度" }) as HTMLInputElement;
    expect(box.value).toBe("2020");
    expect(
      screen.getByText(
        "文件写明 2020 年\uff08取自标题\uff09。期次、\u201c6月底前\u201d等时限和亮灯都按它\uff1b不对时请改。",
      ),
    ).toBeTruthy();
    rejectUndecided();
    // Left as it is: the document's year, as build takes it without --year.
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    await screen.findByText(/已写入台账/);
    expect(services.writeLedger.mock.calls[0]?.[5]).toBeUndefined();

    // Typed over (full-width digits, as the Chinese IME types them): that year is written, the document's named.
    fireEvent.change(box, { target: { value: "\uff12\uff10\uff12\uff11" } });
    expect(screen.getByText("将按 2021 年写入\uff08文件写的是 2020 年\uff09。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    await waitFor(() => expect(services.writeLedger).toHaveBeenCalledTimes(2));
    expect(services.writeLedger.mock.calls[1]?.[5]).toBe(2021);
  });

  it.each(["21", "2101", "1999", "二〇二一", "", "2021.5"])(
    "refuses %j as the ledger's year with a message, writing nothing",
    async (typed) => {
      const { services } = await renderPane();
      await previewSample();
      rejectUndecided();
      const box = screen.getByRole("textbox", { name: "时限年度" });
      fireEvent.change(box, { target: { value: typed } });
      expect(
        screen.getByText(
          `时限年度应为 2000 到 2100 之间的四位年份\uff0c如 2021\uff0c而不是\u201c${typed}\u201d。改正后才能写入台账。`,
        ),
      ).toBeTruthy();
      const write = screen.getByRole("button", { name: "写入台账" }) as HTMLButtonElement;
      expect(write.disabled).toBe(true);
      fireEvent.click(write);
      expect(services.writeLedger).not.toHaveBeenCalled();
      // Corrected, it writes; 2100 is the last year taken.
      fireEvent.change(box, { target: { value: "2100" } });
      expect(write.disabled).toBe(false);
      fireEvent.click(write);
      await waitFor(() => expect(services.writeLedger).toHaveBeenCalledTimes(1));
      expect(services.writeLedger.mock.calls[0]?.[5]).toBe(2100);
    },
  );

  it("says when the document names no year, and which year the ledger takes then", async () => {
    const { services } = await renderPane();
    fireEvent.change(screen.getByRole("textbox", { name: /粘贴责任分解文本/ }), {
      target: {
        value: "一、经济发展\n1.推进重点项目建设。\n牵头单位:发改局\n2.优化营商环境。\n牵头单位:商务局\n",
      },
    });
    fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
    await screen.findByRole("heading", { name: /^共 2 项任务/ });
    const year = DEFAULT_SETTINGS.year;
    expect((screen.getByRole("textbox", { name: "时限年度" }) as HTMLInputElement).value).toBe(String(year));
    expect(
      screen.getByText(
        `文件的标题、完成时限和发文日期都没有写明年份\uff0c将按今年\uff08${year} 年\uff09写入。不是这一年时请改。`,
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "时限年度" }), { target: { value: "2019" } });
    expect(screen.getByText("将按 2019 年写入\uff08文件没有写明年份\uff09。")).toBeTruthy();
    // A new preview starts from the document's year again.
    fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: "时限年度" }) as HTMLInputElement).value).toBe(
        String(year),
      ),
    );
    expect(services.writeLedger).not.toHaveBeenCalled();
  });

  it("asks about undecided alias suggestions before writing, and then writes them unmerged, as the command line does", async () => {
    const { services } = await renderPane();
    await previewSample();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/还有 5 条单位别名建议没有接受或拒绝。未决定的不合并/)).toBeTruthy();
    expect(services.writeLedger).not.toHaveBeenCalled();

    fireEvent.click(await within(dialog).findByRole("button", { name: "返回决定", hidden: true }));
    await waitFor(() => expect(document.querySelector("[role=alertdialog]")).toBeNull());
    expect(services.writeLedger).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    fireEvent.click(await screen.findByRole("button", { name: "不合并\uff0c写入", hidden: true }));
    await screen.findByText(/已写入台账/);
    const registry = services.writeLedger.mock.calls[0]?.[1];
    // Nothing merged: 服务业局 and 发改局 are both units of their own.
    expect(registry?.units.some((u) => u.name === "服务业局")).toBe(true);
    expect(registry?.units.find((u) => u.name === "发改局")?.aliases).toEqual([]);
  });

  it("asks before replacing generated sheets, saying Office cannot undo it, and writes only when confirmed", async () => {
    const services = fakeServices({
      previewWrite: async () => ({ replaces: ["任务台账", "汇总"], clashes: ["财政局"] }),
    });
    await renderPane(services);
    await previewSample();

    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/Office 无法撤销删除工作表的操作/)).toBeTruthy();
    expect(within(dialog).getByText("汇总")).toBeTruthy();
    expect(within(dialog).getByText("财政局")).toBeTruthy();
    expect(services.writeLedger).not.toHaveBeenCalled();

    fireEvent.click(await within(dialog).findByRole("button", { name: "取消", hidden: true }));
    await waitFor(() => expect(document.querySelector("[role=alertdialog]")).toBeNull());
    expect(services.writeLedger).not.toHaveBeenCalled();

    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    fireEvent.click(await screen.findByRole("button", { name: "替换并写入", hidden: true }));
    await screen.findByText(/已写入台账/);
    expect(services.writeLedger).toHaveBeenCalledTimes(1);
  });

  it("tells the clerk which sheets got another name", async () => {
    const services = fakeServices({
      writeLedger: async () => ({ sheets: 9, renamed: [{ wanted: "汇总", used: "汇总 (2)" }], notes: [] }),
    });
    await renderPane(services);
    await previewSample();
    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    expect(await screen.findByText(/新表命名为“汇总 \(2\)”/)).toBeTruthy();
  });

  it("shows a service's error to the user, and lets them dismiss it", async () => {
    const services = fakeServices({
      writeLedger: async () => {
        throw new Error("工作表受保护,无法写入。");
      },
    });
    await renderPane(services);
    await previewSample();
    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "写入台账" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("工作表受保护,无法写入。");
    // The pane is usable again: the button is enabled.
    expect(screen.getByRole("button", { name: "写入台账" }).hasAttribute("disabled")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("shows an Office error in the UI language when the error offers one", async () => {
    class OfficeLikeError extends Error {
      messageFor(locale: string): string {
        return locale.startsWith("en") ? "The sheet is protected." : "工作表受保护。";
      }
    }
    const services = fakeServices({
      locale: "en-US",
      writeLedger: async () => {
        throw new OfficeLikeError("工作表受保护。 / The sheet is protected.");
      },
    });
    await renderPane(services);
    fireEvent.change(screen.getByRole("textbox", { name: /Paste the responsibility breakdown/ }), {
      target: { value: sampleText() },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    await screen.findByRole("heading", { name: "73 tasks under 4 leaders" });
    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "Write the ledger" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The sheet is protected.");
  });
});

describe("the validate tab", () => {
  async function openValidate(list: Finding[] = findings) {
    const services = fakeServices({ validate: async () => list });
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(await screen.findByRole("button", { name: "立即检查" }));
    await screen.findByRole("heading", { name: "错误\uff081\uff09" });
    return services;
  }

  it("groups the findings by severity with counts, most serious first", async () => {
    await openValidate();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["错误\uff081\uff09", "警告\uff082\uff09", "提示\uff081\uff09"]);
    const errors = screen.getByRole("list", { name: "错误\uff081\uff09" });
    expect(within(errors).getByText("任务 4.19 没有牵头单位。")).toBeTruthy();
    const warnings = within(screen.getByRole("list", { name: "警告\uff082\uff09" })).getAllByRole("listitem");
    expect(warnings[0]?.textContent).toContain("“服务业局”是“发改局”的别名");
  });

  it("shows a finding found word for word in many cells in its first three, then 另有 N 处 with the cells", async () => {
    const status = (row: number): Finding => ({
      code: "status-invalid",
      severity: "error",
      where: { sheet: "任务台账", cell: `J${row}` },
      params: { status: "差不多了", allowed: ["未启动", "推进中", "已完成", "滞后"] },
    });
    await renderPane(fakeServices({ validate: async () => [4, 5, 6, 7, 8, 9, 10].map(status) }));
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(screen.getByRole("button", { name: "立即检查" }));
    await screen.findByRole("heading", { name: "错误\uff087\uff09" });
    const items = within(screen.getByRole("list", { name: "错误\uff087\uff09" })).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain(
      "另有 4 处同样的问题\uff1a任务台账!J7、任务台账!J8、任务台账!J9、任务台账!J10",
    );
  });

  it("goes to a finding's cell when its address is clicked", async () => {
    const services = await openValidate();
    fireEvent.click(screen.getByRole("button", { name: "转到 任务台账!E75" }));
    await waitFor(() => expect(services.selectCell).toHaveBeenCalledWith({ sheet: "任务台账", cell: "E75" }));
  });

  it("applies one finding's fix, then checks again", async () => {
    const services = await openValidate();
    fireEvent.click(screen.getByRole("button", { name: "修正 任务台账!E12\uff1a改为“发改局”" }));
    await waitFor(() => expect(services.applyFixes).toHaveBeenCalledWith([findings[0]?.fix]));
    await waitFor(() => expect(services.validate).toHaveBeenCalledTimes(2));
  });

  // Dialog buttons are found with hidden: true: under load, tabster (Fluent's focus manager) can briefly leave
  // aria-hidden on the dialog it is opening in jsdom, which would make a role query miss a button on screen.
  it("applies all fixes only after confirmation", async () => {
    const services = await openValidate();
    fireEvent.click(screen.getByRole("button", { name: "全部修正\uff082\uff09" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/2 处单元格/)).toBeTruthy();
    expect(services.applyFixes).not.toHaveBeenCalled();
    fireEvent.click(await within(dialog).findByRole("button", { name: "全部修正", hidden: true }));
    await waitFor(() =>
      expect(services.applyFixes).toHaveBeenCalledWith([findings[0]?.fix, findings[1]?.fix]),
    );
  });

  it("says so when the ledger has no problems", async () => {
    const services = fakeServices();
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    expect(await screen.findByText(/尚未检查/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "立即检查" }));
    expect(await screen.findByText("没有发现问题。")).toBeTruthy();
  });

  it("turns live checks on and shows the findings they report", async () => {
    const services = fakeServices();
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    const live = await screen.findByRole("switch", { name: "实时检查" });
    fireEvent.click(live);
    await waitFor(() =>
      expect(services.setLiveChecks).toHaveBeenCalledWith(true, expect.any(Function), expect.any(Function)),
    );
    await waitFor(() => expect((live as HTMLInputElement).checked).toBe(true));
    const report = services.setLiveChecks.mock.calls[0]?.[1];
    act(() => report?.([findings[2] as Finding]));
    expect(screen.getByText("任务 4.19 没有牵头单位。")).toBeTruthy();
  });

  it("shows a live check that failed in the background as an error, once", async () => {
    const services = fakeServices();
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(await screen.findByRole("switch", { name: "实时检查" }));
    await waitFor(() => expect(services.setLiveChecks).toHaveBeenCalled());
    const onError = services.setLiveChecks.mock.calls[0]?.[2];
    act(() => onError?.(new Error("Excel 正在编辑单元格。")));
    expect(screen.getAllByRole("alert").map((a) => a.textContent)).toEqual(["Excel 正在编辑单元格。"]);
  });

  it("shows a failing check as an error", async () => {
    const services = fakeServices({
      validate: async () => {
        throw new Error("找不到表格 Tasks。");
      },
    });
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(await screen.findByRole("button", { name: "立即检查" }));
    expect((await screen.findByRole("alert")).textContent).toBe("找不到表格 Tasks。");
  });
});

describe("the generate tab", () => {
  it("shows progress with the step while generating, then what was made", async () => {
    const done = deferred<WriteResult>();
    const services = fakeServices({ generate: () => done.promise });
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));

    fireEvent.click(await screen.findByRole("checkbox", { name: "各分管领导工作表" }));
    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    // Nothing generated before would be replaced: no question asked.
    const parts = { units: true, leaders: false, summary: true, formatting: true };
    await waitFor(() => expect(services.generate).toHaveBeenCalledWith(parts, expect.any(Function)));
    expect(services.previewGenerate).toHaveBeenCalledWith(parts);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    const progress = services.generate.mock.calls[0]?.[1];
    act(() => progress?.(2, 5, "单位工作表"));
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.4");
    expect(screen.getByText("单位工作表\uff082/5\uff09")).toBeTruthy();
    expect(screen.getByRole("button", { name: "生成" }).hasAttribute("disabled")).toBe(true);

    await act(async () =>
      done.resolve({
        sheets: 31,
        renamed: [{ wanted: "财政局", used: "财政局 (2)" }],
        notes: ["pivot-filter-unsupported"],
      }),
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("已生成 31 张工作表。")).toBeTruthy();
    expect(screen.getByText(/新表命名为“财政局 \(2\)”/)).toBeTruthy();
    // Notes are message codes, worded by core/messages.
    expect(screen.getByText(/不支持数据透视表筛选/)).toBeTruthy();
  });

  it("asks before replacing generated sheets, listing them and the people's sheets that keep their names", async () => {
    const services = fakeServices({
      previewGenerate: async () => ({ replaces: ["汇总", "财政局", "说明"], clashes: ["发改局"] }),
    });
    await renderPane(services);
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    fireEvent.click(await screen.findByRole("button", { name: "生成" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/Office 无法撤销删除工作表的操作/)).toBeTruthy();
    const [replaced, clashing] = within(dialog).getAllByRole("list");
    expect(
      within(replaced!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["汇总", "财政局", "说明"]);
    expect(
      within(clashing!)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["发改局"]);
    expect(within(dialog).getByText(/手工创建的.*不会改动/)).toBeTruthy();
    expect(services.generate).not.toHaveBeenCalled();

    fireEvent.click(await within(dialog).findByRole("button", { name: "取消", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(services.generate).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "生成" }));
    fireEvent.click(await screen.findByRole("button", { name: "替换并生成", hidden: true }));
    await screen.findByText("已生成 3 张工作表。");
    expect(services.generate).toHaveBeenCalledTimes(1);
  });

  it("checks unit sheets and 汇总 together, and says why", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    const units = (await screen.findByRole("checkbox", { name: "各单位工作表" })) as HTMLInputElement;
    const summary = screen.getByRole("checkbox", { name: /汇总/ }) as HTMLInputElement;
    fireEvent.click(summary);
    expect([units.checked, summary.checked]).toEqual([false, false]);
    fireEvent.click(units);
    expect([units.checked, summary.checked]).toEqual([true, true]);
    const hint = screen.getByText(/各单位工作表和汇总都按任务分工表统计/);
    expect(screen.getByRole("group").getAttribute("aria-describedby")).toBe(hint.id);
  });

  it("cannot generate with nothing chosen", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    // 汇总 goes with the unit sheets.
    for (const name of ["各单位工作表", "各分管领导工作表"]) {
      fireEvent.click(await screen.findByRole("checkbox", { name }));
    }
    expect(screen.getByRole("checkbox", { name: /汇总/ })).toHaveProperty("checked", false);
    // Status formatting alone makes no sheet: it applies to the sheets generated.
    expect(screen.getByRole("checkbox", { name: /完成状态颜色/ })).toHaveProperty("checked", true);
    expect(screen.getByRole("button", { name: "生成" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("请至少选择一种工作表。")).toBeTruthy();
  });
});

describe("the settings tab", () => {
  it("switches to a preset, edits a status and saves the settings", async () => {
    const services = await renderPane().then((r) => r.services);
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByRole("textbox", { name: "状态 1 名称" });

    fireEvent.click(screen.getByRole("button", { name: "使用预设\uff1a五级" }));
    expect(screen.getAllByRole("textbox", { name: /^状态 \d 名称$/ })).toHaveLength(5);
    fireEvent.change(screen.getByRole("textbox", { name: "状态 2 名称" }), {
      target: { value: "超额完成序时" },
    });
    fireEvent.input(screen.getByLabelText("状态 2 底色"), { target: { value: "#112233" } });
    fireEvent.change(screen.getByRole("spinbutton", { name: /到期提醒提前天数/ }), {
      target: { value: "7" },
    });
    expect(screen.getByText("有未保存的更改。")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await screen.findByText("设置已保存。");
    const saved = services.saveSettings.mock.calls[0]?.[0];
    expect(saved?.statuses.map((s) => s.name)).toEqual([
      "序时推进",
      "超额完成序时",
      "滞后序时",
      "严重滞后",
      "已完成",
    ]);
    expect(saved?.statuses[1]?.fill).toBe("#112233");
    expect(saved?.doneStatus).toBe("已完成");
    expect(saved?.dueSoonDays).toBe(7);
  });

  it("warns, as the command line does, when the done status is moved first, and says where tasks start", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByRole("textbox", { name: "状态 1 名称" });
    fireEvent.click(screen.getByRole("button", { name: "使用预设\uff1a红黄绿" }));
    expect(screen.queryByText(/是算作已完成的状态/)).toBeNull();
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole("button", { name: "上移“已完成”" }));
    expect(screen.getByRole("textbox", { name: "状态 1 名称" })).toHaveProperty("value", "已完成");
    expect(
      screen.getByText(
        /第一个状态“已完成”是算作已完成的状态\uff1b新任务不会从它开始\uff0c而是从“正常推进”开始/,
      ),
    ).toBeTruthy();
  });

  it("applies the saved settings to the ledger in Excel, once they are saved", async () => {
    const services = await renderPane().then((r) => r.services);
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.change(await screen.findByRole("spinbutton", { name: /到期提醒提前天数/ }), {
      target: { value: "9" },
    });
    const apply = screen.getByRole("button", { name: "应用到任务台账" });
    expect(apply.hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    await screen.findByText("设置已保存。");
    expect(apply.hasAttribute("disabled")).toBe(false);
    expect(apply.getAttribute("aria-describedby")).toBe(screen.getByText(/重新标注任务台账/).id);
    fireEvent.click(apply);
    expect(await screen.findByText("已应用到任务台账。")).toBeTruthy();
    expect(services.reformatLedger).toHaveBeenCalledTimes(1);
  });

  it("refuses to save two statuses with the same name", async () => {
    await renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "状态 2 名称" }), {
      target: { value: "未启动" },
    });
    expect(screen.getByText("状态“未启动”重复。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "保存设置" }).hasAttribute("disabled")).toBe(true);
  });

  it("falls back to the default settings when they cannot be loaded, and says why", async () => {
    const services = fakeServices({
      loadSettings: async () => {
        throw new Error("无法读取工作簿设置。");
      },
    });
    await renderPane(services);
    expect((await screen.findByRole("alert")).textContent).toBe("无法读取工作簿设置。");
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect(((await screen.findByRole("textbox", { name: "状态 1 名称" })) as HTMLInputElement).value).toBe(
      "未启动",
    );
  });
});

describe("accessibility", () => {
  const ROLES = ["button", "tab", "textbox", "checkbox", "switch", "combobox", "spinbutton", "list"] as const;

  /** Controls of these roles that have no accessible name. */
  function unnamed(): string[] {
    return ROLES.flatMap((role) => {
      const named = new Set(screen.queryAllByRole(role, { name: /\S/ }));
      return screen
        .queryAllByRole(role)
        .filter((el) => !named.has(el))
        .map((el) => `${role}: ${el.outerHTML.slice(0, 80)}`);
    });
  }

  it("gives every control on every tab an accessible name", async () => {
    const services = fakeServices({ validate: async () => findings });
    await renderPane(services);
    await previewSample();
    fireEvent.click(
      screen.getAllByRole("button", { name: /^(于会游|冯中海|朱伟强|徐刚) / })[0] as HTMLElement,
    );
    expect(unnamed()).toEqual([]);
    fireEvent.click(screen.getByRole("tab", { name: "校验" }));
    fireEvent.click(await screen.findByRole("button", { name: "立即检查" }));
    await screen.findByRole("heading", { name: "错误\uff081\uff09" });
    expect(unnamed()).toEqual([]);
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    await screen.findByRole("checkbox", { name: "各单位工作表" });
    expect(unnamed()).toEqual([]);
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByRole("textbox", { name: "状态 1 名称" });
    expect(unnamed()).toEqual([]);
  });

  it("uses real buttons for every action, so the keyboard reaches them", async () => {
    await renderPane();
    await previewSample();
    for (const button of screen.getAllByRole("button")) expect(button.tagName).toBe("BUTTON");
  });
});

describe("standalone (no Excel)", () => {
  it("disables the Excel-only tab with a one-line explanation, and downloads instead of writing", async () => {
    const services = fakeServices({ host: "standalone" });
    await renderPane(services);
    expect(screen.getByRole("tab", { name: "校验" }).hasAttribute("disabled")).toBe(true);
    // 生成 holds only the round there (分发各单位, 通报 on a ledger file), not the sheet generation.
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    expect(await screen.findByRole("button", { name: "列出单位" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成" })).toBeNull();
    expect(screen.getByText(/未在 Excel 中运行/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "立即检查" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    await screen.findByRole("textbox", { name: "状态 1 名称" });
    expect(screen.queryByRole("button", { name: "应用到任务台账" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "导入" }));

    await previewSample();
    expect(screen.queryByRole("button", { name: "写入台账" })).toBeNull();
    services.writeLedger.mockResolvedValue({ sheets: 40, renamed: [], notes: [], fileName: "台账.xlsx" });
    rejectUndecided();
    fireEvent.click(screen.getByRole("button", { name: "下载 .xlsx 台账" }));
    expect(await screen.findByText("已下载 台账.xlsx。")).toBeTruthy();
  });
});

describe("regenerating a ledger standalone", () => {
  it("regenerates an opened .xlsx ledger instead of reading it as a document, and shows what changed", async () => {
    const regenerateLedger = jest.fn(async () => ({
      sheets: 60,
      renamed: [],
      notes: ["新增单位\uff08新建了分单位表\uff09\uff1a审计局。"],
      fileName: "台账-重新生成.xlsx",
    }));
    const services = fakeServices({ host: "standalone", regenerateLedger });
    await renderPane(services);
    expect(screen.getByText(/^重新生成台账：选择已有的台账/)).toBeTruthy();
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "台账.xlsx");
    fireEvent.change(screen.getByLabelText("选择责任分解文件"), { target: { files: [file] } });
    expect(await screen.findByText("已下载 台账-重新生成.xlsx。")).toBeTruthy();
    expect(screen.getByText("新增单位\uff08新建了分单位表\uff09\uff1a审计局。")).toBeTruthy();
    expect(regenerateLedger).toHaveBeenCalledWith("台账.xlsx", expect.any(Uint8Array), expect.any(Function));
    expect(services.readDocument).not.toHaveBeenCalled();
  });

  it("has a button of its own that regenerates a ledger, apart from the round's, which only opens one", async () => {
    // The clerk trial: 打开台账(.xlsx) beside the words "也可以打开已有的台账…重新生成…" was the round's, and only
    // showed 台账:y5.xlsx. Each now says what it does, and 重新生成台账 does it.
    const regenerateLedger = jest.fn(async () => ({
      sheets: 60,
      renamed: [],
      notes: [],
      fileName: "y5-重新生成.xlsx",
    }));
    const openLedgerFile = jest.fn(async (name: string) => name);
    const rounds = fakeRounds({ needsLedgerFile: true, openLedgerFile });
    const services = fakeServices({ host: "standalone", regenerateLedger, loadRounds: async () => rounds });
    await renderPane(services);
    const regenerate = screen.getByRole("button", { name: "重新生成台账（.xlsx）" });
    expect(regenerate.parentElement?.textContent).toContain("按其中的任务台账和单位名录重新生成");
    const round = screen.getByRole("button", { name: "打开本轮台账（.xlsx）" });
    expect(round.parentElement?.textContent).toContain("只读取，不重新生成");
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "y5.xlsx");
    fireEvent.change(screen.getByLabelText("重新生成台账（.xlsx）"), { target: { files: [file] } });
    expect(await screen.findByText("已下载 y5-重新生成.xlsx。")).toBeTruthy();
    expect(regenerateLedger).toHaveBeenCalledWith("y5.xlsx", expect.any(Uint8Array), expect.any(Function));
    expect(openLedgerFile).not.toHaveBeenCalled();
  });

  it("reads an opened .xlsx without ledger tables as a breakdown kept as a spreadsheet", async () => {
    const regenerateLedger = jest.fn(async () => null);
    const services = fakeServices({ host: "standalone", regenerateLedger });
    await renderPane(services);
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "分工表.xlsx");
    fireEvent.change(screen.getByLabelText("选择责任分解文件"), { target: { files: [file] } });
    await waitFor(() =>
      expect(services.readDocument).toHaveBeenCalledWith("分工表.xlsx", expect.any(Uint8Array)),
    );
    expect(screen.queryByText(/已下载/)).toBeNull();
  });
});

describe("in English", () => {
  it("speaks English when Office's UI language is English, findings included", async () => {
    await renderPane(fakeServices({ locale: "en-US" }));
    for (const name of ["Import", "Validate", "Generate", "Settings"])
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /Paste the responsibility breakdown/ }), {
      target: { value: sampleText() },
    });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByRole("heading", { name: "73 tasks under 4 leaders" })).toBeTruthy();
    const list = screen.getByRole("list", { name: /Findings in the document/ });
    expect(list.textContent).toContain("Task 4.19 has no responsible unit.");
    expect(list.textContent).toContain(`line ${sampleLine419}`);
  });
});
