// Tests run in the time zone of the clerks the tool is for, whatever the machine's: local times (说明's
// import time) read the same everywhere. Set here, before the workers start, so every one inherits it.
process.env.TZ = "Asia/Shanghai";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // The suite must pass on a busy 2-core machine: Jest's 5-second default fails tests there that take a
  // second when idle (the Excel double writing a 2,000-task ledger, the pane's dialogs). Speed is measured
  // by `npm run bench`, never by a test's timeout.
  testTimeout: 60_000,
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
  // FC_SEED replays a property's failing run (test/support/fcReplay.ts).
  setupFiles: ["<rootDir>/test/support/fcReplay.ts"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
};
