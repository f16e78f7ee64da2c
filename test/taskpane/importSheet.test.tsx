/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { parseBreakdown } from "../../src/core/parse/parseBreakdown";
import { fakeServices, sampleText } from "./fakeServices";

async function renderPane(services = fakeServices()) {
  render(<App services={services} />);
  await waitFor(() => expect(services.loadSettings).toHaveBeenCalled());
  return services;
}

describe("从当前工作表导入", () => {
  it("previews the breakdown read from the current worksheet and names the sheet it came from", async () => {
    const services = await renderPane(
      fakeServices({ importSheet: async () => ({ parsed: parseBreakdown(sampleText()), sheet: "分解表" }) }),
    );
    fireEvent.click(screen.getByRole("button", { name: "从当前工作表导入" }));
    expect(await screen.findByRole("heading", { name: "共 73 项任务\uff0c4 位分管领导" })).toBeTruthy();
    expect(screen.getByText("来自文件\uff1a工作表 分解表")).toBeTruthy();
    expect(services.importSheet).toHaveBeenCalledTimes(1);
  });

  it("is not offered where there is no workbook (standalone)", async () => {
    await renderPane(fakeServices({ host: "standalone" }));
    expect(screen.queryByRole("button", { name: "从当前工作表导入" })).toBeNull();
    expect(screen.getByRole("button", { name: /打开文件/ })).toBeTruthy();
  });

  it("lets the file picker offer every kind the readers take", async () => {
    await renderPane();
    const input = screen.getByLabelText("选择责任分解文件") as HTMLInputElement;
    for (const ext of [".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".csv", ".odt", ".html", ".txt"])
      expect(input.accept.split(",")).toContain(ext);
  });
});
