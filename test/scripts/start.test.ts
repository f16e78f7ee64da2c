import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/paths";

// `npm start` / `npm stop` with the server replaced by a small script that records its pid and, like
// webpack serve --watch-options-stdin, stops when its stdin closes. HOME is a fresh folder: no certificates.
const START = join(ROOT, "scripts", "start.js");
const dir = mkdtempSync(join(tmpdir(), "taizhang-start-"));
const FAKE = join(dir, "fake-server.js");
writeFileSync(
  FAKE,
  `require("node:fs").writeFileSync(process.env.FAKE_PID, String(process.pid));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
setInterval(() => {}, 1000);
`,
);

const env = (name: string) => ({
  ...process.env,
  HOME: dir,
  PORT: "0",
  TAIZHANG_SERVE: FAKE,
  TAIZHANG_START_STATE: join(dir, `${name}.json`),
  FAKE_PID: join(dir, `${name}.pid`),
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until `ok()` holds, checking every 100 ms, failing after a generous bound (a machine under load). */
async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

const stop = (name: string) =>
  spawnSync(process.execPath, [START, "--stop"], { env: env(name), encoding: "utf8" }).stdout;

const run = process.platform === "linux" ? describe : describe.skip;
jest.setTimeout(60_000);

run("npm start and npm stop on Linux", () => {
  it("npm stop claims no registration that does not exist, and says when no server runs", () => {
    const out = stop("none");
    expect(out).toContain("没有正在运行的台账助手服务器");
    expect(out).not.toMatch(/取消登记|removed the development registration/);
  });

  it("npm stop stops the server npm start started", async () => {
    const e = env("stop");
    const start = spawn(process.execPath, [START], { env: e, stdio: "ignore" });
    await until(() => existsSync(e.FAKE_PID) && existsSync(e.TAIZHANG_START_STATE), "the server started");
    const server = Number(readFileSync(e.FAKE_PID, "utf8"));
    expect(alive(server)).toBe(true);
    expect(stop("stop")).toContain(`已停止台账助手服务器 (stopped the server, pid ${start.pid})`);
    await until(() => !alive(server) && !alive(start.pid!), "the server and start.js stopped");
    expect(existsSync(e.TAIZHANG_START_STATE)).toBe(false);
  });

  it("killing npm outright leaves neither start.js nor the server running", async () => {
    const e = env("kill");
    // Stands for npm: runs start.js as its child, and is then killed with SIGKILL (nothing forwarded).
    const npm = spawn(
      process.execPath,
      [
        "-e",
        `require("node:child_process").spawn(process.execPath, [${JSON.stringify(START)}], { stdio: "ignore" }); setInterval(() => {}, 1000);`,
      ],
      { env: e, stdio: "ignore" },
    );
    await until(() => existsSync(e.FAKE_PID) && existsSync(e.TAIZHANG_START_STATE), "the server started");
    const server = Number(readFileSync(e.FAKE_PID, "utf8"));
    const started = JSON.parse(readFileSync(e.TAIZHANG_START_STATE, "utf8")) as { pid: number };
    npm.kill("SIGKILL");
    await until(() => !alive(server) && !alive(started.pid), "start.js and the server stopped");
  });
});
