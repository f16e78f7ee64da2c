import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT } from "./support/paths";

describe("README", () => {
  it("writes every command of taizhang as it runs after npm ci: npx taizhang …", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme.match(/npx taizhang (parse|build|validate|units)\b/g)?.length).toBeGreaterThan(4);
    // `taizhang` alone is not on PATH after npm ci.
    expect(readme.match(/(?<!npx )taizhang (parse|build|validate|units)\b.*/g)).toBeNull();
  });
});

describe("the README and TESTING.md", () => {
  for (const doc of ["README.md", "TESTING.md"]) {
    it(`${doc} names no file outside the repository, and every file it links exists`, () => {
      const text = readFileSync(join(ROOT, doc), "utf8");
      expect(text.match(/(^|[\s`(])\.\.\/[^\s`)]*/gm) ?? []).toEqual([]);
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
        if (/^[a-z]+:/i.test(target as string)) continue; // a web address
        const path = resolve(ROOT, target as string);
        expect({ target, inside: path.startsWith(ROOT), exists: existsSync(path) }).toEqual({
          target,
          inside: true,
          exists: true,
        });
      }
    });
  }
});
