/**
 * AIPerf's metrics as named data (design §3): the names a `when`, `convergence`, `sla`, `slos`, sweep filter or
 * `--assume` file may use, with their unit and the statistics AIPerf reports for them. Names are AIPerf's metric tags
 * (its metrics reference and the `slos` / plot / search blocks of the real configs).
 *
 * Two shapes of result exist in AIPerf's exports. A per-request metric (latency, token counts, per-user rates) is a
 * distribution, reported with every statistic. A run-level metric (throughputs over the whole phase, counts,
 * goodput) is one number, which AIPerf's JSON export writes as `avg` only: `request_throughput.p99` never exists, so
 * a condition on it could never be decided and is rejected before the run.
 */
import type { MetricStat } from "../../generated/types/canonical.js";
import { suggest } from "../did-you-mean.js";

/** Every statistic of a distribution, in the order AIPerf prints them. */
export const DISTRIBUTION_STATS: readonly MetricStat[] = ["avg", "min", "max", "std", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99"];

/** The one statistic of a run-level metric. */
export const SINGLE_VALUE_STATS: readonly MetricStat[] = ["avg"];

/** One metric AIPerf reports. */
export interface MetricDefinition {
  /** AIPerf's tag, e.g. `time_to_first_token`. */
  name: string;
  /** The unit of its values (and of thresholds compared with them). */
  unit: string;
  description: string;
  /** The statistics a phase's results carry for it. */
  stats: readonly MetricStat[];
}

const perRequest = (name: string, unit: string, description: string): MetricDefinition => ({ name, unit, description, stats: DISTRIBUTION_STATS });
const perRun = (name: string, unit: string, description: string): MetricDefinition => ({ name, unit, description, stats: SINGLE_VALUE_STATS });

/** The registry, grouped as AIPerf's metrics reference groups them. */
export const METRICS: readonly MetricDefinition[] = [
  // streaming
  perRequest("time_to_first_token", "ms", "time from sending a request to its first token (streaming)"),
  perRequest("time_to_second_token", "ms", "time between the first and the second token chunk (streaming)"),
  perRequest("time_to_first_output_token", "ms", "time to the first non-reasoning output token (streaming)"),
  perRequest("decode_duration", "ms", "time between the first and the last streamed chunk"),
  perRequest("inter_token_latency", "ms", "average time between consecutive tokens after the first (streaming)"),
  perRequest("inter_chunk_latency", "ms", "time between consecutive response chunks (streaming)"),
  perRequest("output_token_throughput_per_user", "tokens/s/user", "decode rate one request sees: 1 / inter_token_latency"),
  perRequest("prefill_throughput_per_user", "tokens/s/user", "input tokens per second of time to first token"),
  // tokens
  perRequest("output_token_count", "tokens", "output tokens of one request, reasoning excluded"),
  perRequest("reasoning_token_count", "tokens", "reasoning tokens of one request"),
  perRequest("output_sequence_length", "tokens", "output plus reasoning tokens of one request"),
  perRequest("input_sequence_length", "tokens", "prompt tokens of one request"),
  perRequest("e2e_output_token_throughput", "tokens/s", "output sequence length over request latency, per request"),
  perRun("total_output_tokens", "tokens", "output tokens of all requests"),
  perRun("total_reasoning_tokens", "tokens", "reasoning tokens of all requests"),
  perRun("total_osl", "tokens", "output plus reasoning tokens of all requests"),
  perRun("total_isl", "tokens", "prompt tokens of all requests"),
  perRun("output_token_throughput", "tokens/s", "output tokens of all requests over the benchmark duration"),
  perRun("output_token_throughput_per_gpu", "tokens/s/gpu", "output token throughput per GPU (needs GPU telemetry)"),
  perRun("total_token_throughput", "tokens/s", "input plus output tokens over the benchmark duration"),
  // images
  perRequest("image_throughput", "images/s", "images of one request over its latency"),
  perRequest("image_latency", "ms/image", "request latency per image"),
  // goodput
  perRun("good_request_count", "requests", "requests that met every SLO"),
  perRun("good_request_fraction", "ratio", "share of attempted requests that met every SLO (0 to 1)"),
  perRun("goodput", "requests/s", "requests that met every SLO, per second"),
  // general
  perRequest("request_latency", "ms", "time from sending a request to its last response"),
  perRun("request_throughput", "requests/s", "completed requests per second"),
  perRun("request_count", "requests", "successfully completed requests"),
  perRun("error_request_count", "requests", "failed requests"),
  perRun("benchmark_duration", "s", "time from the first request to the last response"),
  // network-adjusted latencies (network latency calibration)
  perRequest("network_adjusted_request_latency", "ms", "request latency minus the measured network round trip"),
  perRequest("network_adjusted_time_to_first_token", "ms", "time to first token minus the measured network round trip"),
  perRequest("network_adjusted_time_to_first_output_token", "ms", "time to first output token minus the network round trip"),
  // HTTP trace (k6 names)
  perRequest("http_req_blocked", "ms", "wait for a free connection from the pool"),
  perRequest("http_req_dns_lookup", "ms", "DNS resolution"),
  perRequest("http_req_connecting", "ms", "TCP (and TLS) connection set-up"),
  perRequest("http_req_sending", "ms", "sending the request"),
  perRequest("http_req_waiting", "ms", "time to first byte after the request was sent"),
  perRequest("http_req_receiving", "ms", "receiving the response"),
  perRequest("http_req_duration", "ms", "sending + waiting + receiving"),
  perRequest("http_req_connection_overhead", "ms", "blocked + DNS lookup + connecting"),
  perRequest("http_req_total", "ms", "all HTTP timing phases together"),
  perRequest("http_req_data_sent", "bytes", "bytes written for the request"),
  perRequest("http_req_data_received", "bytes", "bytes read for the response"),
];

const BY_NAME: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.name, m]));

/** Short names engineers write (AIPerf's console headers use them); suggested, never accepted. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ttft: "time_to_first_token",
  ttst: "time_to_second_token",
  ttfo: "time_to_first_output_token",
  itl: "inter_token_latency",
  icl: "inter_chunk_latency",
  isl: "input_sequence_length",
  osl: "output_sequence_length",
  e2e_latency: "request_latency",
  latency: "request_latency",
  throughput: "request_throughput",
  rps: "request_throughput",
  tps: "output_token_throughput",
};

/** The metric named `name`, or undefined. */
export function findMetric(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

/** The result of a check: the metric, or a message with a hint (`did you mean`, or what to write instead). */
export type MetricCheck = { ok: true; metric: MetricDefinition } | { ok: false; message: string; hint: string };

/** The hint when no name is close: the metrics conditions use most. */
const COMMON = ["time_to_first_token", "inter_token_latency", "request_latency", "output_token_throughput", "request_throughput", "goodput"];

/** Is `name` one of AIPerf's metrics? When not, the closest name (or the tag of an abbreviation such as `ttft`). */
export function checkMetricName(name: string): MetricCheck {
  const metric = BY_NAME.get(name);
  if (metric) return { ok: true, metric };
  const message = `unknown metric '${name}': AIPerf reports no metric of that name`;
  const closest = ABBREVIATIONS[name.toLowerCase()] ?? suggest(name, BY_NAME.keys());
  const hint = closest === undefined ? `use an AIPerf metric tag, such as ${COMMON.join(", ")}` : `did you mean '${closest}'?`;
  return { ok: false, message, hint };
}

/** Is `stat` a statistic AIPerf reports for `name`? Unknown names are `checkMetricName`'s business. */
export function checkMetricStat(name: string, stat: string): MetricCheck {
  const named = checkMetricName(name);
  if (!named.ok) return named;
  const { metric } = named;
  if ((metric.stats as readonly string[]).includes(stat)) return named;
  if (metric.stats === SINGLE_VALUE_STATS) {
    return { ok: false, message: `metric '${name}' is one value per phase, reported as 'avg' only; it has no '${stat}'`, hint: "use stat avg" };
  }
  const closest = suggest(stat, metric.stats);
  const message = `metric '${name}' has no statistic '${stat}'; it has ${metric.stats.join(", ")}`;
  return { ok: false, message, hint: closest === undefined ? "use one of the statistics listed" : `did you mean '${closest}'?` };
}
