#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry point would set up Node's ES module loader
// on every start (see scripts/build.mjs).
require("../dist/cli.cjs");
