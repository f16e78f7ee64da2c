import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./support/paths";

describe("README", () => {
  it("writes every command of taizhang as it runs after npm ci: npx taizhang …", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme.match(/npx taizhang (parse|build|validate|units)\b/g)?.length).toBeGreaterThan(4);
    // `taizhang` alone is not on PATH after npm ci.
    expect(readme.match(/(?<!npx )taizhang (parse|build|validate|units)\b.*/g)).toBeNull();
  });
});
