/**
 * Value shorthands of format-today §4–§5: durations, ramps and distributions, as pure functions with their
 * AIPerf messages. Used by the normalize-values stage; each has fixtures in test/normalizers.
 */

/** AIPerf's duration syntax (loader/duration.py): no compound forms, no ms, no days. */
const DURATION = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|hour)?$/i;
const UNIT_SECONDS: Record<string, number> = { s: 1, sec: 1, m: 60, min: 60, h: 3600, hr: 3600, hour: 3600 };

/** A duration in seconds, the string "inf", or an error message. */
export function parseDuration(value: unknown): { seconds: number | "inf" } | { error: string } {
  if (typeof value === "number") return Number.isFinite(value) ? { seconds: value } : { seconds: "inf" };
  if (typeof value !== "string") return { error: `Invalid duration format: '${String(value)}'. Use number, '30s', '5m', '2h', or 'inf'.` };
  const text = value.trim();
  if (/^inf(inity)?$/i.test(text)) return { seconds: "inf" };
  const match = DURATION.exec(text);
  if (!match) return { error: `Invalid duration format: '${value}'. Use number, '30s', '5m', '2h', or 'inf'.` };
  const unit = (match[2] ?? "s").toLowerCase();
  return { seconds: Number(match[1]) * (UNIT_SECONDS[unit] ?? 1) };
}

/** Keys that decide a distribution's form when `type` is omitted, first match wins (AIPerf's order). */
export const DISTRIBUTION_INFERENCE: readonly (readonly [string, string])[] = [
  ["peaks", "multimodal"],
  ["points", "empirical"],
  ["median", "lognormal"],
  ["stddev", "normal"],
  ["value", "fixed"],
  ["mean", "normal"],
];

export const DISTRIBUTION_ERROR =
  "Cannot determine distribution type from keys. Expected: scalar, {mean+stddev}, {mean+median}, {peaks:[distA, distB]}, or {points:[{value, weight}, ...]}.";

/** The distribution's explicit type: a scalar is fixed, a mapping's form follows its keys. */
export function distributionType(value: unknown): string | undefined {
  if (typeof value === "number") return "fixed";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const explicit = (value as Record<string, unknown>)["type"];
  if (typeof explicit === "string") return explicit;
  return DISTRIBUTION_INFERENCE.find(([key]) => key in value)?.[1];
}
