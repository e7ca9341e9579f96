/**
 * The semantic rules (design §2 step 10): every cross-field check that runs on a canonical config after the schema
 * validator, as named data. `checkRules` runs them all and collects every finding; nothing stops at the first.
 */
import type { Finding } from "../diagnostics.js";
import { COMPATIBILITY_RULES } from "./compatibility-rules.js";
import { DAG_RULES } from "./dag-rules.js";
import { DATASET_RULES } from "./dataset-rules.js";
import { ENDPOINT_RULES } from "./endpoint-rules.js";
import { ENVELOPE_RULES } from "./envelope-rules.js";
import { MODELS_RULES } from "./models-rules.js";
import { PHASE_REFERENCE_RULES } from "./phase-reference-rules.js";
import { PHASE_RULES } from "./phase-rules.js";
import type { Rule, RuleContext } from "./rule.js";

export type { Rule, RuleContext } from "./rule.js";

/** Every rule, in report order: envelope, models, endpoint, phases, phase references, the phase DAG, datasets, compatibility. */
export const RULES: readonly Rule[] = [
  ...ENVELOPE_RULES,
  ...MODELS_RULES,
  ...ENDPOINT_RULES,
  ...PHASE_RULES,
  ...PHASE_REFERENCE_RULES,
  ...DAG_RULES,
  ...DATASET_RULES,
  ...COMPATIBILITY_RULES,
];

/** Runs every rule on one canonical config and returns all findings, in rule order. */
export function checkRules(ctx: RuleContext): Finding[] {
  return RULES.flatMap((rule) => rule.check(ctx));
}
