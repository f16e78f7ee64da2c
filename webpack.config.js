/**
 * Builds the add-in into dist/: the task pane (taskpane.html + its script; standalone.html is the same pane
 * without office.js, for a plain browser), the ribbon's function file
 * (commands.html + commands script), the icons, and manifest.xml with its URLs pointing where the add-in
 * is served (env TAIZHANG_PUBLIC_URL, e.g. https://example.gov.cn/taizhang/; localhost when unset).
 *
 *   npx webpack --mode production     minified build in dist/
 *   npx webpack serve --mode development
 *                                     dev server on port 3000: HTTPS with the Office dev certificates when
 *                                     ~/.office-addin-dev-certs holds them, plain HTTP otherwise
 *
 * ExcelJS (the .xlsx download), mammoth (.docx import), the parser (with the first document pasted or
 * opened) and the panels past the first screen (校验, 生成, 设置, 更新现有台账, a document's preview) are loaded with
 * import() only when needed, so they land in their own async chunks and the pane's first load stays small
 * (test/taskpane/firstLoad.test.ts keeps them out of it).
 */

const fs = require("fs");
const os = require("os");
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DIST = path.resolve(__dirname, "dist");
const DEV_URL = "https://localhost:3000/";

/** Where the add-in is served in production; the manifest's localhost URLs are rewritten to it. */
function publicUrl() {
  const url = (process.env.TAIZHANG_PUBLIC_URL || "").trim() || DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The Office dev certificates (made by `npx office-addin-dev-certs install` on a machine where that works;
 * it needs sudo on Linux, so it is never run from here). Null when they are not all there.
 */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  try {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  } catch {
    return null;
  }
}

/**
 * The manifest with its localhost URLs pointing at `url`: full URLs (https://localhost:3000/taskpane.html)
 * keep their path under `url`, a bare origin (AppDomain https://localhost:3000) becomes `url`'s origin.
 */
function productionManifest(xml, url) {
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(url).split(devOrigin).join(new URL(url).origin);
}

/** The pane a browser opening the server's root gets: the standalone page, which works without Office. */
const ROOT_PAGE = "/standalone.html";

/**
 * The dev server's root answers with a redirect to the pane (it has no index page, so it would say 404
 * "Cannot GET /" to anyone opening the address `npm start` prints first).
 */
function rootToPane(req, res, next) {
  if ((req.url || "").split("?")[0] !== "/") return next();
  res.statusCode = 302;
  res.setHeader("Location", ROOT_PAGE);
  res.end();
}

/** The dev server's middlewares with rootToPane before webpack's own, after the security checks. */
function withRootToPane(middlewares) {
  const at = middlewares.findIndex((m) => m && m.name === "webpack-dev-middleware");
  const entry = { name: "root-to-pane", middleware: rootToPane };
  return at < 0 ? [...middlewares, entry] : [...middlewares.slice(0, at), entry, ...middlewares.slice(at)];
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const certificates = production ? null : devCertificates();
  const url = publicUrl();

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: DIST,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type-checking is `npm run typecheck`'s job; the build only transpiles.
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The big libraries used on demand get stable names, so the size report is readable.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
          // The panels past the pane's first screen (src/taskpane/components/later.ts) keep the Fluent controls
          // only they use (dialogs, accordions, badges, checkboxes, switches, selects) in their own "panels"
          // chunk: one fetch, not the panels and an unnamed chunk of their libraries beside them. Webpack's
          // default vendors group otherwise, as it was (async chunks, node_modules, reused where it can).
          defaultVendors: {
            idHint: "vendors",
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== "panels",
            priority: -10,
            reuseExistingChunk: true,
          },
          // mammoth and the libraries only it uses (jszip, bluebird, xmldom …) stay in one on-demand chunk.
          mammoth: {
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === "mammoth",
            name: "mammoth",
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: {
      // Budgets for what the pane loads first; the on-demand chunks (ExcelJS, mammoth, the parser …) may be big.
      hints: production ? "warning" : false,
      assetFilter: (file) => /^(taskpane|commands)\..*js$/.test(file),
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "defer",
        officeJs: true,
      }),
      // The same pane without office.js, for a plain browser (WPS users, the end-to-end test): it starts
      // standalone at once, even where a request to Microsoft's CDN would hang instead of failing.
      new HtmlWebpackPlugin({
        filename: "standalone.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "defer",
        officeJs: false,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: ["commands"],
        inject: "body",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // pdf.js's character maps for Chinese fonts a PDF does not embed, fetched only when it needs one.
          { from: "node_modules/pdfjs-dist/cmaps/*.bcmap", to: "cmaps/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform: (content) =>
              production ? productionManifest(content.toString("utf8"), url) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: { directory: DIST },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : "http",
      client: { overlay: { warnings: false, errors: true } },
      // Office caches add-in files hard; the dev server should always serve what was just built.
      devMiddleware: { writeToDisk: false },
      setupMiddlewares: withRootToPane,
    },
  };
};
