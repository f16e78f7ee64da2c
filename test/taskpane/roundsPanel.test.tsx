/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CollectResult } from "../../src/core/rounds/collectTypes";
import { deferred, fakeRounds, fakeServices } from "./fakeServices";

async function renderPane(services = fakeServices()) {
  await act(async () => {
    render(<App services={services} />);
  });
  return services;
}

const RESULT: CollectResult = {
  period: "2020-03",
  progress: [],
  added: [],
  updates: [],
  units: [],
  missing: [],
  findings: [],
  landed: 0,
  refused: 0,
};

describe("the round in the pane", () => {
  it("lists the units with their task counts under 生成 before the .zip is downloaded", async () => {
    const rounds = fakeRounds({ dispatch: async () => ({ fileName: "报送表-2020-03.zip", forms: 2 }) });
    await renderPane(fakeServices({ loadRounds: async () => rounds }));
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    const download = await screen.findByRole("button", { name: "下载报送表(.zip)" });
    // Nothing to download before the units are listed.
    expect(download.hasAttribute("disabled")).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: /期次/ }), { target: { value: "2020-03" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "列出单位" })));
    expect(rounds.previewDispatch).toHaveBeenCalledWith("2020-03");
    const units = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(units).toEqual(["经信局\uff1a牵头 8 项\uff0c配合 9 项", "财政局\uff1a牵头 3 项\uff0c配合 12 项"]);
    await act(async () => fireEvent.click(download));
    expect(rounds.dispatch).toHaveBeenCalledWith("2020-03");
    expect(screen.getByRole("status").textContent).toContain("报送表-2020-03.zip");
  });

  it("collects the picked returns under 导入 and shows the report with the units to chase", async () => {
    const rounds = fakeRounds({
      collect: async () => ({
        lines: [
          "期次 2020-03:2 个单位中 1 个已报送",
          "催办(未报送 1 个单位):",
          "  财政局:牵头 3 项,配合 12 项",
        ],
        result: RESULT,
        fileName: null,
        notes: [],
      }),
    });
    await renderPane(fakeServices({ loadRounds: async () => rounds, hasLedger: async () => true }));
    const input = await screen.findByLabelText("选择报送表文件");
    const file = new File([new Uint8Array([80, 75, 3, 4])], "经信局-2020-03.xlsx", {
      lastModified: Date.UTC(2020, 2, 30),
    });
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    expect(await screen.findByText("已选择 1 个文件")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "汇总" })));
    const [files, period] = rounds.collect.mock.calls[0] ?? [];
    expect(files?.map((f) => [f.name, [...f.bytes], f.lastModified])).toEqual([
      ["经信局-2020-03.xlsx", [80, 75, 3, 4], "2020-03-30T00:00:00.000Z"],
    ]);
    expect(period).toBeNull();
    // No 报送日期 given: each return's own.
    expect(rounds.collect.mock.calls[0]?.[2]).toBeNull();
    expect(screen.getByText(/财政局:牵头 3 项/)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("报送情况");
    // A day in the 报送日期 box dates every return.
    const day = screen.getByLabelText(/^报送日期/);
    await act(async () => fireEvent.change(day, { target: { value: "2020-03-31" } }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "汇总" })));
    expect(rounds.collect.mock.calls[1]?.[2]).toBe("2020-03-31");
  });

  it("shows a failed action as an error, and asks for the ledger file standalone", async () => {
    const rounds = fakeRounds({
      needsLedgerFile: true,
      report: async () => Promise.reject(new Error("请先打开台账文件(.xlsx)。")),
    });
    await renderPane(fakeServices({ host: "standalone", loadRounds: async () => rounds }));
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    expect(await screen.findByRole("button", { name: /打开本轮台账/ })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "生成通报" })));
    expect((await screen.findByRole("alert")).textContent).toContain("请先打开台账文件");
  });

  it("keeps one 期次 for the page: typed under 导入, the 通报 under 生成 is of it", async () => {
    const rounds = fakeRounds({
      needsLedgerFile: true,
      report: async () => ({ summary: "73 项任务", fileNames: ["通报-2020-08.docx"] }),
    });
    await renderPane(fakeServices({ host: "standalone", loadRounds: async () => rounds }));
    fireEvent.change(await screen.findByRole("textbox", { name: /期次/ }), { target: { value: "2020-08" } });
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    const period = await screen.findByRole("textbox", { name: /期次/ });
    expect((period as HTMLInputElement).value).toBe("2020-08");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "生成通报" })));
    expect(rounds.report).toHaveBeenCalledWith("2020-08");
  });

  it("while the ledger is read, says so under every tab and offers no action on it", async () => {
    // The clerk trial: 生成通报 clicked ~3 s after opening a ledger (under 导入) said 请先打开台账文件.
    const read = deferred<string>();
    const rounds = fakeRounds({ needsLedgerFile: true, openLedgerFile: () => read.promise });
    await renderPane(fakeServices({ host: "standalone", loadRounds: async () => rounds }));
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "y5.xlsx");
    await act(async () =>
      fireEvent.change(await screen.findByLabelText("打开本轮台账（.xlsx）"), { target: { files: [file] } }),
    );
    await waitFor(() =>
      expect(rounds.openLedgerFile).toHaveBeenCalledWith("y5.xlsx", expect.any(Uint8Array)),
    );
    fireEvent.click(screen.getByRole("tab", { name: "生成" }));
    expect(await screen.findByText("正在读取台账 y5.xlsx…")).toBeTruthy();
    const report = screen.getByRole("button", { name: "生成通报" });
    expect(report.hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("button", { name: "列出单位" }).hasAttribute("disabled")).toBe(true);
    rounds.currentLedger.mockReturnValue("y5.xlsx");
    await act(async () => read.resolve("y5.xlsx"));
    expect(await screen.findByText("台账：y5.xlsx")).toBeTruthy();
    expect(report.hasAttribute("disabled")).toBe(false);
  });
});
