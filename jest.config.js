/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type-checking is `npm run typecheck`'s job; here ts-jest only transpiles, which keeps tests fast.
        tsconfig: "tsconfig.test.json",
      },
    ],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
};
