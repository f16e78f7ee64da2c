/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { DEFAULT_SETTINGS } from "../../src/core/plan/settings";
import { fakeServices } from "./fakeServices";

describe("the light rule in 设置", () => {
  it("says the rule in words, with the settings' words and thresholds", async () => {
    const services = fakeServices();
    services.loadSettings.mockResolvedValue({
      ...DEFAULT_SETTINGS,
      cycle: { period: "month", lights: { words: ["蓝", "黄", "红"], yellowBehind: 15, redBehind: 35 } },
    });
    render(<App services={services} />);
    await waitFor(() => expect(services.loadSettings).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    const section = await screen.findByRole("region", { name: "亮灯规则" });
    expect(within(section).getByText(/已完成为蓝/)).toBeTruthy();
    expect(within(section).getByText(/落后15至35个百分点为黄/)).toBeTruthy();
    expect(within(section).getByText(/“完成进度\(%\)”列/)).toBeTruthy();
  });
});
