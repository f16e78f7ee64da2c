import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { ROOT } from "./paths";

/** Builds the pane from the current sources (production mode) into a fresh folder; returns the folder. */
export async function buildPane(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "taizhang-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string },
  ) => webpack.Configuration;
  const config = makeConfig({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: out };
  config.devtool = false;
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return out;
}
