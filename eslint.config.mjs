// Lint rules, including the direction of imports between folders (see docs in README "Layout").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const restrict = (patterns, message) => [
  "error",
  { patterns: patterns.map((group) => ({ group, message })) },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "lib/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    // Type-aware rules: a promise nobody awaits (or handed where a void callback is expected) loses its
    // error silently — in a task pane, an Excel failure the clerk never hears of.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      eqeqeq: ["error", "smart"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The pure core: no Office, React, Fluent, ExcelJS, Node or other shells.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [
          [
            "node:*",
            "fs",
            "path",
            "exceljs",
            "mammoth",
            "react",
            "react-dom",
            "@fluentui/*",
            "../excel/*",
            "../xlsx/*",
            "../taskpane/*",
            "../cli/*",
            "../../*",
          ],
        ],
        "src/core is pure: it imports only from src/core.",
      ),
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "process", "Buffer"],
    },
  },
  {
    // A folder inside a core folder (src/core/parse/fallback): the same purity, one level deeper.
    files: ["src/core/*/*/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [
          [
            "node:*",
            "fs",
            "path",
            "exceljs",
            "mammoth",
            "react",
            "react-dom",
            "@fluentui/*",
            "../../excel/*",
            "../../xlsx/*",
            "../../taskpane/*",
            "../../cli/*",
            "../../../*",
          ],
        ],
        "src/core is pure: it imports only from src/core.",
      ),
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "error"])),
      "no-restricted-imports": restrict(
        [
          [
            "react",
            "react-dom",
            "@fluentui/*",
            "exceljs",
            "node:*",
            "../xlsx/*",
            "../taskpane/*",
            "../cli/*",
          ],
        ],
        "src/excel is the Office.js shell: core and Office only.",
      ),
    },
  },
  {
    files: ["src/readers/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [["react", "react-dom", "@fluentui/*", "../excel/*", "../taskpane/*", "../cli/*", "node:*"]],
        "src/readers serves the command line and the pane alike: core and the reading libraries only.",
      ),
      "no-restricted-globals": ["error", "Excel", "Office"],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict(
        [["react", "react-dom", "@fluentui/*", "../excel/*", "../taskpane/*", "../cli/*"]],
        "src/xlsx is the ExcelJS shell: core and ExcelJS only.",
      ),
      "no-restricted-globals": ["error", "Excel", "Office"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        [["node:*", "fs", "path", "../cli/*"]],
        "src/taskpane runs in the browser: no Node modules.",
      ),
    },
  },
  {
    // The pane's UI and state reach Excel and files only through the services (LedgerServices): the
    // wiring files (index.tsx, *Services.ts) are the only ones that import the shells.
    files: [
      "src/taskpane/components/**/*.{ts,tsx}",
      "src/taskpane/App.tsx",
      "src/taskpane/state.ts",
      "src/taskpane/actions.ts",
      "src/taskpane/store.ts",
    ],
    rules: {
      "no-restricted-imports": restrict(
        [["node:*", "fs", "path", "**/cli/*", "**/excel/*", "**/xlsx/*", "exceljs", "mammoth"]],
        "Pane components and state use the services, never the Office.js (excel/) or file (xlsx/) shells.",
      ),
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
