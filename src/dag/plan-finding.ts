/**
 * Findings of the planner: a `Finding` (src/diagnostics.ts) tagged with the check that produced it, severity from
 * the code (`E_…` errors, `W_…` warnings) and optional parts left out entirely so findings compare cleanly.
 */
import type { DataPath, DiagnosticCode } from "../diagnostics.js";
import type { PlanCheck, PlanFinding } from "./plan-types.js";

/** Optional parts of a finding. */
export interface PlanFindingExtras {
  hint?: string | undefined;
  related?: { path: DataPath; message: string }[];
}

/** Builds one planner finding. */
export function phaseFinding(check: PlanCheck, code: DiagnosticCode, path: DataPath, message: string, extras: PlanFindingExtras = {}): PlanFinding {
  const out: PlanFinding = { check, severity: code.startsWith("W_") ? "warning" : "error", code, message, path };
  if (extras.hint !== undefined) out.hint = extras.hint;
  if (extras.related?.length) out.related = extras.related;
  return out;
}
