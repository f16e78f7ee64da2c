/**
 * @jest-environment jsdom
 */

import { detectHost, looksHosted } from "../../src/taskpane/detectHost";
import type { OfficeLike } from "../../src/taskpane/detectHost";

const office = (onReady: OfficeLike["onReady"], displayLanguage = "zh-CN"): OfficeLike => ({
  onReady,
  HostType: { Excel: "Excel" },
  context: { displayLanguage },
});

describe("telling where the pane runs", () => {
  afterEach(() => jest.useRealTimers());

  it("is standalone at once when office.js did not load (no Office global)", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    await expect(detectHost({ browserLanguage: "zh-CN" })).resolves.toEqual({
      host: "standalone",
      locale: "zh-CN",
      reason: "no-office",
      hosted: false,
    });
  });

  it("is Excel when Office says so, in Office's UI language", async () => {
    const info = await detectHost({
      office: office(async () => ({ host: "Excel", platform: "OfficeOnline" }), "en-US"),
      browserLanguage: "zh-CN",
    });
    expect(info).toEqual({ host: "excel", locale: "en-US", reason: "excel", hosted: false });
  });

  it("is standalone in a plain browser tab, where onReady resolves with a null host", async () => {
    const info = await detectHost({
      office: office(async () => ({ host: null, platform: null })),
      browserLanguage: "en-GB",
    });
    expect(info).toEqual({ host: "standalone", locale: "en-GB", reason: "not-excel", hosted: false });
  });

  it("is standalone in another Office application", async () => {
    const info = await detectHost({ office: office(async () => ({ host: "Word", platform: "PC" })) });
    expect(info.host).toBe("standalone");
  });

  it("gives up waiting after the timeout when onReady never settles (office_strings.js blocked)", async () => {
    jest.useFakeTimers();
    const pending = detectHost({
      office: office(() => new Promise(() => {})),
      timeoutMs: 3000,
      browserLanguage: "zh-CN",
    });
    let settled = false;
    void pending.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(2999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual({
      host: "standalone",
      locale: "zh-CN",
      reason: "timeout",
      hosted: false,
    });
  });

  it("is standalone when onReady fails or throws", async () => {
    const rejects = await detectHost({ office: office(() => Promise.reject(new Error("x"))) });
    expect(rejects.reason).toBe("failed");
    const throws = await detectHost({
      office: office(() => {
        throw new Error("y");
      }),
    });
    expect(throws.reason).toBe("failed");
  });

  it("inside Office keeps waiting past the timeout when onReady is slow, says so once, and is Excel when Office answers", async () => {
    jest.useFakeTimers();
    let answer: (info: { host: unknown; platform: unknown }) => void = () => {};
    const onSlow = jest.fn();
    const pending = detectHost({
      office: office(() => new Promise((resolve) => (answer = resolve))),
      timeoutMs: 3000,
      hosted: true,
      onSlow,
    });
    let settled = false;
    void pending.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(3000);
    expect(onSlow).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(settled).toBe(false);
    answer({ host: "Excel", platform: "OfficeOnline" });
    await expect(pending).resolves.toMatchObject({ host: "excel", reason: "excel", hosted: true });
    expect(onSlow).toHaveBeenCalledTimes(1);
  });

  it("inside Office goes standalone only when the clerk chooses it while waiting, and says it was hosted", async () => {
    jest.useFakeTimers();
    const pending = detectHost({
      office: office(() => new Promise(() => {})),
      timeoutMs: 3000,
      hosted: true,
      onSlow: (standalone) => setTimeout(standalone, 10_000),
    });
    await jest.advanceTimersByTimeAsync(13_000);
    await expect(pending).resolves.toMatchObject({ host: "standalone", reason: "declined", hosted: true });
  });

  it("takes a frame, or Office's _host_Info address parameter, as a page Office hosts", () => {
    expect(looksHosted()).toBe(false);
    window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN");
    try {
      expect(looksHosted()).toBe(true);
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });
});
