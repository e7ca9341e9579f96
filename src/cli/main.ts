import { VERSION } from "../version.js";
import { COMMANDS } from "./commands.js";
import { EXIT, UsageError } from "./parse-args.js";

export { EXIT, UsageError };

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const usage = (): string => `aiperf-config ${VERSION} — check and resolve AIPerf benchmark configs

Usage:
${Object.values(COMMANDS).map((c) => `  aiperf-config ${c.usage}`).join("\n")}
  aiperf-config --help | --version

Exit codes: 0 success, 1 invalid config, 2 bad command line, 70 internal error (a bug: please report it).
`;

/**
 * Runs the CLI on `argv` (without node and the script) and returns the exit code (a promise for commands that run
 * asynchronously, such as `plan --assume`); never throws or rejects.
 */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  const fail = (error: unknown): number => {
    if (error instanceof UsageError) {
      io.stderr(`aiperf-config: ${error.message}\n\n${usage()}`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`aiperf-config: internal error (this is a bug; please report it with the command you ran)\n${detail}\n`);
    return EXIT.internal;
  };
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      (first === undefined ? io.stderr : io.stdout)(usage());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command '${first}'`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(usage());
      return EXIT.ok;
    }
    const code = command.run(rest, io);
    return typeof code === "number" ? code : code.catch(fail);
  } catch (error) {
    return fail(error);
  }
}
