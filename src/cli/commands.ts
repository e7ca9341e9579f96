import { stringify } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { formatDiagnosticsText, summarize } from "../format-diagnostics.js";
import { DEFAULT_MAX_VARIANTS, loadConfig, type LoadResult } from "../load-config.js";
import { explainOrigins, formatOrigins } from "../explain-origins.js";
import { redactSecrets } from "../redact.js";
import { readPublishedSchema } from "../published-schema.js";
import type { CliIo } from "./main.js";
import { EXIT, UsageError, parse } from "./parse-args.js";
import { runPlanCommand } from "./plan-command.js";

/** One CLI command: its usage line and what it does. */
export interface Command {
  usage: string;
  run: (args: string[], io: CliIo) => number | Promise<number>;
}

const textFor = (results: LoadResult[], diagnostics: readonly Diagnostic[]): string =>
  formatDiagnosticsText(diagnostics, (file, line) => results.find((r) => r.source?.file === file)?.map?.lineText(line));

const positiveInt = (value: string | boolean | undefined, flag: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a positive integer, got '${String(value)}'`);
  return n;
};

const oneOf = <T extends string>(value: string | boolean | undefined, flag: string, allowed: readonly T[], fallback: T): T => {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(String(value))) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got '${String(value)}'`);
  return value as T;
};

export const COMMANDS: Record<string, Command> = {
  validate: {
    usage: "validate <file...> [--format text|json] [--strict] [--max-variants N]   check configs; every problem at file:line:col",
    run(args, io) {
      const { values, positionals } = parse(args, { format: { type: "string" }, strict: { type: "boolean" }, "max-variants": { type: "string" } }, Infinity);
      if (positionals.length === 0) throw new UsageError("validate needs at least one config file");
      const format = oneOf(values["format"], "--format", ["text", "json"] as const, "text");
      const maxVariants = positiveInt(values["max-variants"], "--max-variants", DEFAULT_MAX_VARIANTS);
      const results = positionals.map((file) => loadConfig(file, { checkAllVariants: true, maxVariants }));
      const diagnostics = results.flatMap((r) => r.diagnostics);
      const failed = diagnostics.some((d) => d.severity === "error" || (values["strict"] === true && d.severity === "warning"));
      if (format === "json") io.stdout(`${JSON.stringify(diagnostics, null, 2)}\n`);
      else {
        if (diagnostics.length > 0) io.stderr(textFor(results, diagnostics));
        for (const [i, result] of results.entries()) {
          const own = result.diagnostics;
          const count = result.expansion && result.expansion.kind !== "none" ? ` (${result.expansion.count} variants)` : "";
          io.stdout(`${positionals[i]}: ${own.some((d) => d.severity === "error") ? "invalid" : "valid"}${count}${own.length ? `, ${summarize(own)}` : ""}\n`);
        }
      }
      return failed ? EXIT.invalid : EXIT.ok;
    },
  },
  resolve: {
    usage: "resolve <file> [--variant NAME|N] [--format yaml|json] [--explain]      print the canonical config of one variant",
    run(args, io) {
      const { values, positionals } = parse(args, { variant: { type: "string" }, format: { type: "string" }, explain: { type: "boolean" } }, 1);
      const file = positionals[0];
      if (file === undefined) throw new UsageError("resolve needs a config file");
      const format = oneOf(values["format"], "--format", ["yaml", "json"] as const, "yaml");
      const variant = values["variant"] as string | undefined;
      const result = loadConfig(file, variant === undefined ? {} : { variant });
      if (!result.config) {
        io.stderr(textFor([result], result.diagnostics));
        return EXIT.invalid;
      }
      if (result.diagnostics.length > 0) io.stderr(textFor([result], result.diagnostics));
      const expansion = result.expansion;
      if (variant === undefined && expansion && expansion.count > 1) {
        io.stderr(`note: the sweep has ${expansion.count} variants; showing variant 0 ('${result.variant?.name ?? ""}'). Pick one with --variant NAME|N.\n`);
      }
      if (values["explain"] === true && result.map) {
        // Origins are read from the unredacted config (redaction makes new objects), then their values redacted.
        const origins = explainOrigins(result.config, result.map).map((o) => ({ ...o, value: redactSecrets({ [o.path.split(".").pop() ?? ""]: o.value }, o.path.includes("headers") ? "headers" : undefined)[o.path.split(".").pop() ?? ""] }));
        io.stdout(format === "json" ? `${JSON.stringify(origins, null, 2)}\n` : formatOrigins(origins));
        return EXIT.ok;
      }
      const { templates: _t, sweep: _s, ...config } = redactSecrets(result.config) as unknown as Record<string, unknown>;
      io.stdout(format === "json" ? `${JSON.stringify(config, null, 2)}\n` : stringify(config, { lineWidth: 0 }));
      return EXIT.ok;
    },
  },
  expand: {
    usage: "expand <file> [--format text|json] [--count] [--max-variants N]         list the sweep's variants",
    run(args, io) {
      const { values, positionals } = parse(args, { format: { type: "string" }, count: { type: "boolean" }, "max-variants": { type: "string" } }, 1);
      const file = positionals[0];
      if (file === undefined) throw new UsageError("expand needs a config file");
      const format = oneOf(values["format"], "--format", ["text", "json"] as const, "text");
      const maxVariants = positiveInt(values["max-variants"], "--max-variants", DEFAULT_MAX_VARIANTS);
      const result = loadConfig(file);
      const expansion = result.expansion;
      if (!expansion || result.diagnostics.some((d) => d.severity === "error")) {
        io.stderr(textFor([result], result.diagnostics));
        return EXIT.invalid;
      }
      if (values["count"] === true) {
        // Counting never builds a variant: a 2^20 grid is a product of list lengths.
        io.stdout(`${expansion.count}\n`);
        return EXIT.ok;
      }
      if (expansion.count > maxVariants) {
        io.stderr(`aiperf-config: the sweep has ${expansion.count} variants, more than --max-variants ${maxVariants}; use --count, or raise --max-variants\n`);
        return EXIT.invalid;
      }
      if (result.diagnostics.length > 0) io.stderr(textFor([result], result.diagnostics));
      const variants: { index: number; name: string; label: string; config: unknown }[] = [];
      for (const variant of expansion.variants()) {
        const loaded = result.resolveVariant?.(variant.index) ?? { diagnostics: [] };
        if (!loaded.config) {
          io.stderr(textFor([result], loaded.diagnostics));
          return EXIT.invalid;
        }
        variants.push({ index: variant.index, name: variant.name, label: variant.label, config: redactSecrets(loaded.config) });
      }
      if (format === "json") io.stdout(`${JSON.stringify({ count: expansion.count, variants }, null, 2)}\n`);
      else {
        const width = String(expansion.count - 1).length;
        io.stdout(variants.map((v) => `${String(v.index).padStart(width)}  ${v.name}  ${v.label}`).join("\n") + "\n");
        if (expansion.kind === "adaptive_search") io.stdout("(adaptive_search picks its points at execution time; only the base is listed)\n");
      }
      return EXIT.ok;
    },
  },
  plan: {
    usage: "plan <file> [--variant NAME|N] [--format text|json|mermaid|dot] [--assume results.yaml]   the phase DAG, its cost, what would run",
    run: (args, io) => runPlanCommand(args, io),
  },
  schema: {
    usage: "schema [--canonical]                                                      print the published JSON Schema",
    run(args, io) {
      const { values } = parse(args, { canonical: { type: "boolean" } }, 0);
      io.stdout(readPublishedSchema(values["canonical"] === true ? "canonical" : "input"));
      return EXIT.ok;
    },
  },
};
