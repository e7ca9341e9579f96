import { parseArgs } from "node:util";
import { readPublishedSchema } from "../published-schema.js";
import { VERSION } from "../version.js";

/** Exit codes of design §8. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A mistake on the command line (exit 2, usage shown); never a bug. */
export class UsageError extends Error {}

const USAGE = `aiperf-config ${VERSION} — check and resolve AIPerf benchmark configs

Usage:
  aiperf-config schema [--canonical]    print the published JSON Schema (the input view, or the canonical one)
  aiperf-config --help                  this text
  aiperf-config --version               the version

Exit codes: 0 success, 1 invalid config, 2 bad command line, 70 internal error (a bug: please report it).
`;

interface Command {
  summary: string;
  run: (args: string[], io: CliIo) => number;
}

const COMMANDS: Record<string, Command> = {
  schema: {
    summary: "print the published JSON Schema",
    run: (args, io) => {
      const { values } = parse(args, { canonical: { type: "boolean" } }, 0);
      io.stdout(readPublishedSchema(values.canonical === true ? "canonical" : "input"));
      return EXIT.ok;
    },
  },
};

/** Runs the CLI on `argv` (without node and the script) and returns the exit code; never throws. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      (first === undefined ? io.stderr : io.stdout)(USAGE);
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command '${first}'`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`aiperf-config: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`aiperf-config: internal error (this is a bug; please report it with the command you ran)\n${detail}\n`);
    return EXIT.internal;
  }
}

type OptionSpec = Record<string, { type: "boolean" | "string"; short?: string }>;

function parse(args: string[], options: OptionSpec, maxPositionals: number): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const result = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (result.positionals.length > maxPositionals) throw new UsageError(`unexpected argument '${String(result.positionals[maxPositionals])}'`);
    return result as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ""));
  }
}
