/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { stringsFor, type Strings } from "../../src/taskpane/i18n";
import { lazyPanel } from "../../src/taskpane/components/lazyPanel";
import { chunkLoadError, deferred } from "./fakeServices";

// A panel past the first screen comes from a chunk fetched when it first shows (components/later.ts): while it
// comes the pane says so, a failed fetch is said in words with 再试一次, and trying again fetches it anew.

const strings = stringsFor("zh-CN");

function Greeting({ name }: { strings: Strings; name: string }) {
  return <p>你好，{name}</p>;
}

/** What a render error reaches above the panel (the pane has no boundary of its own there). */
class Above extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override render() {
    return this.state.error ? <p>上层收到：{this.state.error}</p> : this.props.children;
  }
}

describe("a panel fetched on demand", () => {
  it("says it is loading while its chunk comes, then shows the panel with its props", async () => {
    const chunk = deferred<typeof Greeting>();
    const Panel = lazyPanel(() => chunk.promise);
    render(<Panel strings={strings} name="徐刚" />);
    expect(screen.getByText("正在加载…")).toBeTruthy();
    await act(async () => chunk.resolve(Greeting));
    expect(await screen.findByText("你好，徐刚")).toBeTruthy();
    expect(screen.queryByText("正在加载…")).toBeNull();
  });

  it("says in words that it could not be downloaded, and 再试一次 fetches it again", async () => {
    const load = jest
      .fn<Promise<typeof Greeting>, []>()
      .mockRejectedValueOnce(chunkLoadError("panels"))
      .mockResolvedValue(Greeting);
    const Panel = lazyPanel(load);
    jest.spyOn(console, "error").mockImplementation(() => {});
    render(<Panel strings={strings} name="冯中海" />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(strings.partNotLoaded);
    expect(alert.textContent).not.toMatch(/Loading chunk|http/);
    fireEvent.click(screen.getByRole("button", { name: "再试一次" }));
    expect(await screen.findByText("你好，冯中海")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("lets any other error go on where it went before (not worded as a failed download)", async () => {
    const Panel = lazyPanel<{ strings: Strings; name: string }>(() => Promise.reject(new Error("面板出错")));
    jest.spyOn(console, "error").mockImplementation(() => {});
    render(
      <Above>
        <Panel strings={strings} name="朱伟强" />
      </Above>,
    );
    expect(await screen.findByText("上层收到：面板出错")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "再试一次" })).toBeNull();
  });
});
