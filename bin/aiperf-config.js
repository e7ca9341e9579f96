#!/usr/bin/env node
// Thin launcher: all logic lives in src/cli. It runs from one bundled file (built by `npm run build`) because a
// fresh process spends more time resolving and compiling a hundred small modules than checking a config.
import { runCli } from "../dist/src/cli.bundle.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
