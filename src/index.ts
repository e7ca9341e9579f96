/**
 * aiperf-config library API. Every export is listed here by name.
 */
export { loadConfig, DEFAULT_MAX_VARIANTS, type LoadOptions, type LoadResult } from "./load-config.js";
export type { SourceInput, Source } from "./stages/read-source.js";
export type { ResourceInfo, ResourceKind } from "./stages/unwrap-resource.js";
export type { Diagnostic, DiagnosticCode, Severity, RelatedPosition, DataPath, Finding } from "./diagnostics.js";
export { formatPath } from "./diagnostics.js";
export { formatDiagnosticsText, summarize } from "./format-diagnostics.js";
export { redactSecrets, REDACTED } from "./redact.js";
export { RULES, checkRules } from "./rules/index.js";
export type { Rule, RuleContext } from "./rules/rule.js";
export { expandSweep } from "./sweep/expand-sweep.js";
export { planPhases, runPlan, METRICS, checkMetricName } from "./dag/index.js";
export type { PhasePlan, PlanNode, PlanEdge, PlanFinding, RunPhase, RunOptions, RunEvent, PhaseResult, PhaseOutcome, PhaseMetrics } from "./dag/index.js";
export { explainOrigins, type ValueOrigin } from "./explain-origins.js";
export type { SweepExpansion, Variant, Assignment, SweepKind } from "./sweep/types.js";
export { validateInputSchema, validateCanonicalSchema, isCanonicalConfig, type SchemaViolation } from "./validate-schema.js";
export { publishedSchemaPath, readPublishedSchema, type SchemaView } from "./published-schema.js";
export { VERSION } from "./version.js";
export type * from "../generated/types/index.js";
