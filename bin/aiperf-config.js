#!/usr/bin/env node
// Thin launcher: all logic lives in src/cli (built to dist/).
import { runCli } from "../dist/src/cli/main.js";

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
