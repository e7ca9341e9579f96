import { parseArgs } from "node:util";

/** Exit codes of design §8. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** A mistake on the command line (exit 2, usage shown); never a bug. */
export class UsageError extends Error {}

type OptionSpec = Record<string, { type: "boolean" | "string"; short?: string }>;

/** node:util's parseArgs in strict mode, with its errors turned into usage errors. */
export function parse(args: string[], options: OptionSpec, maxPositionals: number): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const result = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (result.positionals.length > maxPositionals) throw new UsageError(`unexpected argument '${String(result.positionals[maxPositionals])}'`);
    return result as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ""));
  }
}
