import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Repository root, from test/support. */
export const ROOT = join(__dirname, "..", "..");

/** The sample document the project ships in seeds/. */
export const SAMPLE_PATH = join(ROOT, "seeds", "tongxiang-2020-breakdown.txt");

/** The sample's text. */
export const sampleText = (): string => readFileSync(SAMPLE_PATH, "utf8");
