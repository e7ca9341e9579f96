/**
 * Envelope rules (format-today §2): settings of the root that constrain each other or the body.
 */
import type { Rule } from "./rule.js";
import { finding } from "./rule-helpers.js";

const UI_PATH = ["benchmark", "runtime", "ui"];

/** The envelope rules. */
export const ENVELOPE_RULES: readonly Rule[] = [
  {
    // Only an explicit `ui: dashboard` is an error, as in AIPerf (format-today §2): the dashboard is the default, and a
    // defaulted UI with a sweep is accepted. The rule needs a config that still has its `sweep` block.
    name: "An explicitly set dashboard UI cannot be combined with a sweep",
    check({ config, wasSet }) {
      if (!config.sweep || config.benchmark.runtime.ui !== "dashboard" || !wasSet(UI_PATH)) return [];
      return [
        finding("E_ENVELOPE", UI_PATH, `Dashboard UI is incompatible with parameter sweeps; the dashboard shows one benchmark at a time and this config runs a ${config.sweep.type} sweep`, {
          hint: "set benchmark.runtime.ui to 'simple' or 'none' for sweeps, or leave it out",
        }),
      ];
    },
  },
  {
    name: "Multi-run convergence needs no more minimum runs than numRuns allows",
    check({ config }) {
      const { numRuns, convergence } = config.multiRun;
      if (!convergence || convergence.minRuns <= numRuns) return [];
      return [
        finding("E_ENVELOPE", ["multiRun", "convergence", "minRuns"], `multi_run.convergence.min_runs (${convergence.minRuns}) must be <= multi_run.num_runs (${numRuns}): convergence is checked only after min_runs trials, and no more than num_runs trials run`, {
          hint: `raise multi_run.num_runs to at least ${convergence.minRuns} or lower convergence.min_runs`,
          related: [{ path: ["multiRun", "numRuns"], message: `num_runs is ${numRuns}` }],
        }),
      ];
    },
  },
];
