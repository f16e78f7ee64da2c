#!/usr/bin/env node
"use strict";
// The command line is compiled to lib/ by `npm ci` (the prepare script); see README.
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
