import type { Diagnostic } from "../diagnostics.js";
import type { StageContext } from "./stage-context.js";

/** Fields of an AIPerfJob / AIPerfSweep spec that configure the deployment, not the benchmark (format-today §10). */
export const DEPLOYMENT_FIELDS = [
  "image", "imagePullPolicy", "resourceMode", "connectionsPerWorker", "timeoutSeconds", "ttlSecondsAfterFinished",
  "resultsTtlDays", "keepFailedPods", "cancel", "podTemplate", "scheduling", "skipEndpointCheck", "failurePolicy",
] as const;

const RESOURCE_KINDS = ["AIPerfJob", "AIPerfSweep"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A Kubernetes resource wrapper that the config came in. */
export interface ResourceInfo {
  kind: ResourceKind;
  apiVersion: string;
  metadata: Record<string, unknown>;
  /** The spec's deployment fields, kept for emitting resources again. */
  deployment: Record<string, unknown>;
}

/**
 * A file that is an AIPerfJob or AIPerfSweep resource is validated through its `spec` (design §8, format-today §10):
 * the envelope is the spec without its deployment fields. Anything else is a plain config and passes through.
 */
export function unwrapResource(data: Record<string, unknown>, ctx: StageContext): { envelope: Record<string, unknown>; resource?: ResourceInfo; diagnostics: Diagnostic[] } {
  if (!("apiVersion" in data) && !("kind" in data)) return { envelope: data, diagnostics: [] };
  const kind = data["kind"];
  if (typeof kind !== "string" || !(RESOURCE_KINDS as readonly string[]).includes(kind)) {
    return { envelope: data, diagnostics: [ctx.at(data, ["kind"], "error", "E_RESOURCE_KIND", `'kind: ${String(kind)}' is not an AIPerf resource`, { hint: "use kind: AIPerfJob (one benchmark) or kind: AIPerfSweep (a sweep), or remove apiVersion/kind for a plain config" })] };
  }
  const spec = data["spec"];
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    return { envelope: data, diagnostics: [ctx.at(data, ["spec"], "error", "E_REQUIRED", `an ${kind} needs a spec: mapping holding the benchmark config`, { hint: "put the config (benchmark:, sweep:, …) under spec:" })] };
  }
  ctx.pathPrefix = ["spec"];
  const envelope: Record<string, unknown> = {};
  const deployment: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if ((DEPLOYMENT_FIELDS as readonly string[]).includes(key)) deployment[key] = value;
    else envelope[key] = value;
  }
  ctx.map.copy(envelope, spec);
  const diagnostics: Diagnostic[] = [];
  if (kind === "AIPerfJob" && "sweep" in envelope) {
    diagnostics.push(ctx.at(envelope, ["sweep"], "error", "E_RESOURCE_KIND", "an AIPerfJob cannot hold a sweep", { atKey: true, hint: "Use kind: AIPerfSweep for parameter sweeps." }));
  }
  if (kind === "AIPerfSweep" && !("sweep" in envelope)) {
    diagnostics.push(ctx.at(envelope, [], "error", "E_REQUIRED", "an AIPerfSweep needs spec.sweep", { hint: "add a sweep: block, or use kind: AIPerfJob for a single benchmark" }));
  }
  const metadata = typeof data["metadata"] === "object" && data["metadata"] !== null ? (data["metadata"] as Record<string, unknown>) : {};
  return { envelope, resource: { kind: kind as ResourceKind, apiVersion: String(data["apiVersion"] ?? ""), metadata, deployment }, diagnostics };
}
