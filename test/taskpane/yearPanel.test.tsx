/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { UpdatePreview } from "../../src/taskpane/services";
import { fakeServices, sampleText } from "./fakeServices";

jest.setTimeout(30_000);

const report: UpdatePreview = {
  lines: ["修订后的文件有 72 项任务;台账原有 73 项", "撤销 2.3"],
  doubtful: ["1.1 “制定出台…” ⇒ 1.1 “建立企业家…”(相似度 62%)"],
  unchanged: false,
};

/** Renders the pane in a workbook that holds a ledger, the sample opened in Import. */
async function paneWithLedger(overrides: Parameters<typeof fakeServices>[0] = {}) {
  const services = fakeServices({ hasLedger: async () => true, ...overrides });
  render(<App services={services} />);
  await waitFor(() => expect(services.hasLedger).toHaveBeenCalled());
  fireEvent.change(screen.getByRole("textbox", { name: /粘贴责任分解文本/ }), {
    target: { value: sampleText() },
  });
  fireEvent.click(screen.getByRole("button", { name: "解析预览" }));
  await screen.findByRole("heading", { name: /^共 73 项任务/ });
  return services;
}

describe("更新现有台账 in the pane", () => {
  it("is not offered when the workbook holds no ledger", async () => {
    const services = fakeServices();
    render(<App services={services} />);
    await waitFor(() => expect(services.hasLedger).toHaveBeenCalled());
    expect(screen.queryByRole("region", { name: "更新现有台账" })).toBeNull();
  });

  it("shows the match report first and writes only after the doubtful matches are confirmed", async () => {
    const services = await paneWithLedger({ previewUpdate: async () => report });
    const region = await screen.findByRole("region", { name: "更新现有台账" });
    fireEvent.click(within(region).getByRole("button", { name: "更新现有台账" }));
    expect(await within(region).findByText(/撤销 2\.3/)).toBeTruthy();
    expect(within(region).getByText(/1\.1 “制定出台…”/)).toBeTruthy();
    expect(services.previewUpdate).toHaveBeenCalledTimes(1);

    const apply = within(region).getByRole("button", { name: "更新台账" });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(region).getByRole("checkbox", { name: /我已核对/ }));
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(apply);
    await waitFor(() => expect(services.applyUpdate).toHaveBeenCalledTimes(1));
    expect(services.applyUpdate.mock.calls[0]?.[0].tasks).toHaveLength(73);
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      "台账已更新,写入 60 个工作表。".replace(/,/g, "\uff0c"),
    );
  });

  it("says there is nothing to update when the document matches the ledger", async () => {
    await paneWithLedger({ previewUpdate: async () => ({ lines: [], doubtful: [], unchanged: true }) });
    const region = await screen.findByRole("region", { name: "更新现有台账" });
    fireEvent.click(within(region).getByRole("button", { name: "更新现有台账" }));
    expect(await within(region).findByText(/无需更新/)).toBeTruthy();
    expect(within(region).queryByRole("button", { name: "更新台账" })).toBeNull();
  });
});

describe("存档本期 in the pane", () => {
  it("asks before replacing a period archived before, and replaces it when told to", async () => {
    const snapshot = jest
      .fn()
      .mockResolvedValueOnce({ alreadyArchived: 73 })
      .mockResolvedValueOnce({ archived: 73, replaced: 73 });
    const services = await paneWithLedger({ snapshot });
    const region = await screen.findByRole("region", { name: "更新现有台账" });
    const period = within(region).getByRole("textbox", { name: /期次/ });
    fireEvent.change(period, { target: { value: "2020-03" } });
    fireEvent.click(within(region).getByRole("button", { name: "存档本期" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("期次 2020-03 已存档");
    fireEvent.click(await within(dialog).findByRole("button", { name: "替换存档", hidden: true }));
    await waitFor(() => expect(services.snapshot).toHaveBeenCalledTimes(2));
    expect(services.snapshot.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      ["2020-03", false],
      ["2020-03", true],
    ]);
    expect((await screen.findByRole("status")).textContent).toContain("替换了原有的 73 行");
  });

  it("lists what it could not keep (a comment on a replaced row) under its outcome, as the update's notes are", async () => {
    const lost =
      "进展记录!K35 的批注“3月材料待补”未能保留(该处由本工具重新生成,或所在的行已不在新台账中),请按需手工补回。";
    await paneWithLedger({
      snapshot: jest.fn().mockResolvedValue({ archived: 73, replaced: 73, notes: [lost] }),
      previewUpdate: async () => ({ ...report, doubtful: [] }),
      applyUpdate: jest
        .fn()
        .mockResolvedValue({ sheets: 60, renamed: [], notes: ["任务台账!K5 的批注“a”未能保留"] }),
    });
    const region = await screen.findByRole("region", { name: "更新现有台账" });
    fireEvent.change(within(region).getByRole("textbox", { name: /期次/ }), { target: { value: "2020-03" } });
    fireEvent.click(within(region).getByRole("button", { name: "存档本期" }));
    const notes = await within(region).findByRole("region", { name: "说明" });
    expect(
      within(notes)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([lost]);

    fireEvent.click(within(region).getByRole("button", { name: "更新现有台账" }));
    fireEvent.click(await within(region).findByRole("button", { name: "更新台账" }));
    await waitFor(() =>
      expect(
        within(within(region).getByRole("region", { name: "说明" }))
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual(["任务台账!K5 的批注“a”未能保留"]),
    );
  });
});
