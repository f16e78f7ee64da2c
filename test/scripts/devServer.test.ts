/**
 * `npm start` (scripts/start.js) serves the pane with webpack's dev server and prints the addresses to open:
 * every one it prints must answer. The root has no page of its own, so it redirects to the standalone pane
 * instead of saying 404 "Cannot GET /". Runs the real script on a free port, over plain HTTP (no dev
 * certificates in its home folder).
 */

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/paths";

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resolves once `url` answers at all (the dev server compiles the pane first). */
async function whenUp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

let child: ChildProcess;
let printed = "";

beforeAll(async () => {
  const port = await freePort();
  child = spawn(process.execPath, [join(ROOT, "scripts", "start.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOME: mkdtempSync(join(tmpdir(), "taizhang-home-")) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  child.stderr?.resume();
  await whenUp(`http://localhost:${port}/`, 90_000);
}, 120_000);

afterAll(() => {
  // The script and the dev server it started: their own process group, by its id.
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
});

test("every address npm start prints answers; the root redirects to the standalone pane", async () => {
  const urls = [...new Set(printed.match(/https?:\/\/localhost:\d+\/[\w./-]*/g) ?? [])];
  expect(urls.length).toBeGreaterThanOrEqual(2);
  for (const url of urls) {
    const r = await fetch(url);
    expect({ url, status: r.status }).toEqual({ url, status: 200 });
  }
  const root = urls.find((u) => u.endsWith(":" + new URL(u).port + "/")) as string;
  const redirect = await fetch(root, { redirect: "manual" });
  expect(redirect.status).toBe(302);
  expect(redirect.headers.get("location")).toBe("/standalone.html");
}, 60_000);

test("other addresses are served as before", async () => {
  const origin = (printed.match(/http:\/\/localhost:\d+/) ?? [""])[0];
  expect((await fetch(`${origin}/taskpane.html`)).status).toBe(200);
  expect((await fetch(`${origin}/no-such-page.html`)).status).toBe(404);
}, 60_000);
