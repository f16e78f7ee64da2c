"use strict";
// `npm start`: serves the add-in and says how to open it.
//  - With desktop Excel (Windows, Mac), registers manifest.xml where Office looks for add-ins under
//    development — the registry key WEF\Developer on Windows, the wef folder on Mac — as Office's tooling
//    (office-addin-dev-settings) does, then opens Excel. `npm stop` removes the registration.
//  - Serves over HTTPS when dev certificates are in ~/.office-addin-dev-certs (Excel requires HTTPS);
//    otherwise over plain HTTP, which is enough for the standalone pane in a browser.
//  - Prints the ways in: upload manifest.xml to Excel on the web, or open the standalone pane.
//  - Records itself, the server and what it registered in a state file; `npm stop` stops that server and
//    removes only what was registered. The server reads a pipe from this script (webpack's
//    --watch-options-stdin) and this script watches npm: killing either leaves nothing running.
// No dependency: Office's own tooling (office-addin-debugging) pulls in a native module that does not
// build on every machine.

const { execFileSync, spawn } = require("node:child_process");
const { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { homedir, platform } = require("node:os");
const { dirname, join } = require("node:path");
const { setInterval } = require("node:timers");

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const PORT = Number(process.env.PORT || 3000);
const CERTS = join(homedir(), ".office-addin-dev-certs");
// Where `npm start` records what it started and registered, for `npm stop` (overridable for tests).
const STATE =
  process.env.TAIZHANG_START_STATE || join(ROOT, "node_modules", ".cache", "taizhang", "start.json");
const addinId = () => /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, "utf8"))[1];

const WIN_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = join(homedir(), "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef");

/** Registers the manifest for desktop Excel; returns what was done ({ where, sentence }), or null. */
function sideload() {
  if (platform() === "win32") {
    try {
      execFileSync("reg", ["add", WIN_KEY, "/v", addinId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], {
        stdio: "ignore",
      });
      return {
        where: "registry",
        sentence: `已登记到 ${WIN_KEY}；启动 Excel 后在“开始 → 加载项”中打开台账助手。`,
      };
    } catch (e) {
      return { where: null, sentence: `未能登记到注册表（${e.message}）；请用下面“上传加载项”的方式。` };
    }
  }
  if (
    platform() === "darwin" &&
    existsSync(join(homedir(), "Library", "Containers", "com.microsoft.Excel"))
  ) {
    mkdirSync(MAC_WEF, { recursive: true });
    copyFileSync(MANIFEST, join(MAC_WEF, `${addinId()}.manifest.xml`));
    return {
      where: "wef",
      sentence: `已复制到 ${MAC_WEF}；重新打开 Excel 后在“插入 → 我的加载项”中可见。`,
    };
  }
  return null;
}

/** The recorded state of a running `npm start`, or null. */
function readState() {
  try {
    return JSON.parse(readFileSync(STATE, "utf8"));
  } catch {
    return null;
  }
}

/** True when a process with this id runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Removes what sideload() registered; returns what it said, or null when nothing was registered. */
function unregister(where) {
  if (platform() === "win32" && where === "registry") {
    try {
      execFileSync("reg", ["delete", WIN_KEY, "/v", addinId(), "/f"], { stdio: "ignore" });
      return `已从 ${WIN_KEY} 取消登记 (removed the development registration).`;
    } catch {
      return null; // not registered: nothing to remove
    }
  }
  const file = join(MAC_WEF, `${addinId()}.manifest.xml`);
  if (platform() === "darwin" && existsSync(file)) {
    rmSync(file, { force: true });
    return `已删除 ${file} (removed the development registration).`;
  }
  return null;
}

/** `npm stop`: stops the server `npm start` recorded and removes what it registered; says what it did. */
function stop() {
  const state = readState();
  const lines = [];
  if (state && alive(state.pid)) {
    process.kill(state.pid, "SIGTERM"); // start.js stops its server, then removes the state file
    lines.push(`已停止台账助手服务器 (stopped the server, pid ${state.pid}).`);
  } else {
    lines.push("没有正在运行的台账助手服务器 (no server started by npm start is running).");
    rmSync(STATE, { force: true });
  }
  // On Windows a registration outlives the server (npm start registers it each time): removed here.
  const removed = unregister(state?.registered ?? (platform() === "win32" ? "registry" : null));
  if (removed) lines.push(removed);
  process.stdout.write(`${lines.join("\n")}\n`);
}

function main() {
  if (process.argv.includes("--stop")) return stop();
  const https = existsSync(join(CERTS, "localhost.crt")) && existsSync(join(CERTS, "localhost.key"));
  const scheme = https ? "https" : "http";
  const lines = [
    "",
    `台账助手 Taizhang — ${scheme}://localhost:${PORT}/`,
    "",
    `1. Excel 网页版：开始 → 加载项 → 更多设置 → 上传我的加载项，选择 ${MANIFEST}`,
    `   Excel on the web: Home → Add-ins → More Settings → Upload My Add-in, choose manifest.xml`,
    `2. 独立页面（无需 Excel，可预览并下载台账）：${scheme}://localhost:${PORT}/standalone.html`,
    `   Standalone pane (no Excel needed; preview and download the ledger): ${scheme}://localhost:${PORT}/standalone.html`,
  ];
  let registered = null;
  if (https) {
    const done = sideload();
    if (done) lines.push(`3. 桌面版 Excel：${done.sentence}`);
    registered = done ? done.where : null;
  } else {
    lines.push(
      "",
      "未找到开发证书，以 HTTP 提供：独立页面可用；Excel 加载需要 HTTPS。",
      "No dev certificates found, serving plain HTTP: the standalone pane works; Excel needs HTTPS.",
      "   Windows / Mac: npx office-addin-dev-certs install   (then npm start again)",
      "   Linux: scripts/dev-certs.sh, then trust the CA in the browser (TESTING.md, step 1).",
    );
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  // The server reads a pipe from this process and stops when it closes (--watch-options-stdin): however
  // this process ends, even killed outright, the server goes with it. TAIZHANG_SERVE replaces the server
  // by another script (the tests).
  const serve = process.env.TAIZHANG_SERVE
    ? [process.env.TAIZHANG_SERVE]
    : [webpack, "serve", "--mode", "development", "--port", String(PORT), "--watch-options-stdin"];
  const server = spawn(process.execPath, serve, { cwd: ROOT, stdio: ["pipe", "inherit", "inherit"] });
  mkdirSync(dirname(STATE), { recursive: true });
  writeFileSync(STATE, JSON.stringify({ pid: process.pid, server: server.pid, registered }));
  let stopping = false;
  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    const state = readState();
    if (state && state.pid === process.pid) rmSync(STATE, { force: true });
    server.stdin.end();
    server.kill(signal);
  };
  server.on("exit", (code) => {
    shutdown("SIGTERM");
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(signal));
  // npm killed outright (no signal forwarded): this process is re-parented; stop the server then.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !alive(parent)) shutdown("SIGTERM");
  }, 500).unref();
}

main();
