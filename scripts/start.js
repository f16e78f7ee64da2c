"use strict";
// `npm start`: serves the add-in and says how to open it.
//  - With desktop Excel (Windows, Mac), registers manifest.xml where Office looks for add-ins under
//    development — the registry key WEF\Developer on Windows, the wef folder on Mac — as Office's tooling
//    (office-addin-dev-settings) does, then opens Excel. `npm stop` removes the registration.
//  - Serves over HTTPS when dev certificates are in ~/.office-addin-dev-certs (Excel requires HTTPS);
//    otherwise over plain HTTP, which is enough for the standalone pane in a browser.
//  - Prints the ways in: upload manifest.xml to Excel on the web, or open the standalone pane.
// No dependency: Office's own tooling (office-addin-debugging) pulls in a native module that does not
// build on every machine.

const { execFileSync, spawn } = require("node:child_process");
const { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } = require("node:fs");
const { homedir, platform } = require("node:os");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const PORT = Number(process.env.PORT || 3000);
const CERTS = join(homedir(), ".office-addin-dev-certs");
const addinId = () => /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, "utf8"))[1];

const WIN_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = join(homedir(), "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef");

/** Registers the manifest for desktop Excel; returns a sentence saying what was done, or null. */
function sideload() {
  if (platform() === "win32") {
    try {
      execFileSync("reg", ["add", WIN_KEY, "/v", addinId(), "/t", "REG_SZ", "/d", MANIFEST, "/f"], {
        stdio: "ignore",
      });
      return `已登记到 ${WIN_KEY}；启动 Excel 后在“开始 → 加载项”中打开台账助手。`;
    } catch (e) {
      return `未能登记到注册表（${e.message}）；请用下面“上传加载项”的方式。`;
    }
  }
  if (
    platform() === "darwin" &&
    existsSync(join(homedir(), "Library", "Containers", "com.microsoft.Excel"))
  ) {
    mkdirSync(MAC_WEF, { recursive: true });
    copyFileSync(MANIFEST, join(MAC_WEF, `${addinId()}.manifest.xml`));
    return `已复制到 ${MAC_WEF}；重新打开 Excel 后在“插入 → 我的加载项”中可见。`;
  }
  return null;
}

/** Removes what sideload() registered. */
function unregister() {
  if (platform() === "win32") {
    try {
      execFileSync("reg", ["delete", WIN_KEY, "/v", addinId(), "/f"], { stdio: "ignore" });
    } catch {
      // Not registered: nothing to remove.
    }
  }
  if (platform() === "darwin") rmSync(join(MAC_WEF, `${addinId()}.manifest.xml`), { force: true });
  process.stdout.write("已取消登记 (removed the development registration).\n");
}

function main() {
  if (process.argv.includes("--stop")) return unregister();
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
  if (https) {
    const done = sideload();
    if (done) lines.push(`3. 桌面版 Excel：${done}`);
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
  const server = spawn(
    process.execPath,
    [webpack, "serve", "--mode", "development", "--port", String(PORT)],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}

main();
