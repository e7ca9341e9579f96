import { loadValidator } from "../load-validator.js";
import type { Diagnostic } from "../diagnostics.js";
import { checkRules } from "../rules/index.js";
import { schemaDiagnostics } from "../schema-errors.js";
import type { AiperfConfig } from "../../generated/types/canonical.js";
import type { DataPath } from "../diagnostics.js";
import type { StageContext } from "./stage-context.js";

/**
 * Stage 10: the canonical config against the generated canonical validator (values that only exist after rendering,
 * such as a `{{ }}` that computed 0, are caught here, at the user's line), then every semantic rule.
 */
export function checkCanonical(config: Record<string, unknown>, wasSet: (path: DataPath) => boolean, ctx: StageContext, variant?: string, sweep?: unknown): Diagnostic[] {
  const validateCanonical = loadValidator("canonical");
  if (!validateCanonical(config)) return schemaDiagnostics(validateCanonical.errors ?? [], config, ctx, variant);
  // Envelope rules (a dashboard UI with a sweep) need to see the sweep the variant came from.
  const withSweep = sweep === undefined ? config : { ...config, sweep };
  if (withSweep !== config) ctx.map.copy(withSweep, config);
  return checkRules({ config: withSweep as unknown as AiperfConfig, wasSet }).map((finding) => ctx.fromFinding(withSweep, finding, variant));
}
