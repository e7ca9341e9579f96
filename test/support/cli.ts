import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

/** What a real `aiperf-config` process did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the packaged launcher (bin/aiperf-config.js over dist/, built by `npm test`) as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, "bin", "aiperf-config.js"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
