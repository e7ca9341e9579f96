/**
 * Endpoint rules (format-today §6, acceptance 45-46): URLs, request encoding, streaming support and the readiness
 * probe. Each rule runs on `benchmark.endpoint` and on every `benchmark.endpointProfiles` entry.
 *
 * Not here because the canonical schema already enforces them: whitespace inside a URL (`^\S+$`) and
 * `endpoint.path` starting with `/`.
 */
import type { EndpointType } from "../../generated/types/canonical.js";
import type { Finding } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { type EndpointBlock, endpointBlocks, finding } from "./rule-helpers.js";

/**
 * Types whose request is a form upload (AIPerf's plugin metadata `requires_form_data`): they need
 * `multipart/form-data`. video_generation is flagged too in the newest plugin table, but AIPerf main documents the
 * multipart encoding as an option "for servers that require form-encoded requests (e.g. vLLM video generation)", so
 * it accepts either encoding here.
 */
const FORM_TYPES: ReadonlySet<EndpointType> = new Set(["image_edit", "audio_transcription"]);
const EITHER_ENCODING: ReadonlySet<EndpointType> = new Set(["video_generation"]);

/** Types that cannot stream (AIPerf's plugin metadata `supports_streaming: false`). */
const NON_STREAMING: ReadonlySet<EndpointType> = new Set([
  "embeddings",
  "chat_embeddings",
  "nim_embeddings",
  "cohere_rankings",
  "hf_tei_rankings",
  "nim_rankings",
  "image_edit",
  "image_retrieval",
  "video_generation",
  "audio_transcription",
]);

const SCHEMES = new Set(["http", "https"]);
const DEFAULT_INTERVAL = 5;
const DEFAULT_MODE = "inference";

/** What is wrong with one URL, in AIPerf's words, or undefined when it is fine. */
export function urlProblem(url: string): string | undefined {
  // `host:8000` is a host and port, not a scheme (the loader normally adds `http://` to such URLs).
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):(?!\d+(?:[/?#]|$))/.exec(url)?.[1];
  if (scheme === undefined) return `URL '${url}' is missing scheme or host. Expected an http(s) URL with a host.`;
  if (!SCHEMES.has(scheme.toLowerCase())) return `URL '${url}' has unsupported scheme '${scheme}'. Expected 'http' or 'https'.`;
  const rest = url.slice(scheme.length + 1);
  if (!rest.startsWith("//")) return `URL '${url}' is missing scheme or host. Expected an http(s) URL with a host.`;
  const authority = (/^\/\/([^/?#]*)/.exec(rest)?.[1] ?? "").replace(/^.*@/, "");
  // An IPv6 literal is bracketed; otherwise the port follows the last colon.
  const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = match?.[1] ?? "";
  const port = match?.[2];
  if (host === "" || host === "[]") return `URL '${url}' is missing scheme or host. Expected an http(s) URL with a host.`;
  if (port === undefined || port === "") return undefined;
  if (!/^\d+$/.test(port)) return `URL '${url}' has an invalid port. Ports must be integers in the range 1..65535.`;
  const n = Number(port);
  return n >= 1 && n <= 65535 ? undefined : `URL '${url}' has port ${n} outside the valid range 1..65535.`;
}

/** A rule applied to every endpoint block. */
const perEndpoint = (name: string, check: (block: EndpointBlock) => Finding[]): Rule => ({
  name,
  check: ({ config }) => endpointBlocks(config).flatMap(check),
});

/** The endpoint rules. */
export const ENDPOINT_RULES: readonly Rule[] = [
  perEndpoint("Endpoint URLs are http or https URLs with a host and a port in 1..65535", ({ endpoint, path }) =>
    endpoint.urls.flatMap((url, i) => {
      const problem = urlProblem(url);
      return problem ? [finding("E_ENDPOINT", [...path, "urls", i], problem, { hint: "write the server's address as http://host:port/path or https://host:port/path" })] : [];
    }),
  ),
  perEndpoint("Endpoint types that upload a form require multipart/form-data", ({ endpoint, path, label }) => {
    if (!FORM_TYPES.has(endpoint.type) || endpoint.requestContentType !== "application/json") return [];
    return [
      finding("E_ENDPOINT", [...path, "requestContentType"], `${label} type '${endpoint.type}' requires multipart/form-data (its input is uploaded as form fields); got request_content_type application/json`, {
        hint: "remove request_content_type (the type chooses multipart/form-data) or set it to multipart/form-data",
      }),
    ];
  }),
  perEndpoint("JSON endpoint types do not accept multipart/form-data", ({ endpoint, path, label }) => {
    if (FORM_TYPES.has(endpoint.type) || EITHER_ENCODING.has(endpoint.type) || endpoint.requestContentType !== "multipart/form-data") return [];
    return [
      finding("E_ENDPOINT", [...path, "requestContentType"], `${label} type '${endpoint.type}' does not accept multipart/form-data; it sends a JSON body`, {
        hint: "remove request_content_type or set it to application/json",
      }),
    ];
  }),
  perEndpoint("Streaming is forced off for endpoint types that cannot stream", ({ endpoint, path, label }) => {
    if (!endpoint.streaming || !NON_STREAMING.has(endpoint.type)) return [];
    return [
      finding("W_ENDPOINT", [...path, "streaming"], `${label} type '${endpoint.type}' does not support streaming; streaming is forced off, so time-to-first-token and inter-token latency are not measured`, {
        hint: "remove streaming: true",
      }),
    ];
  }),
  // As in AIPerf, only a value that differs from the default is an error: a round-tripped config that spells out
  // the defaults (interval 5, mode inference) stays valid.
  perEndpoint("Wait-for-model interval and mode need a positive wait-for-model timeout", ({ endpoint, path }) => {
    if (endpoint.waitForModelTimeout > 0) return [];
    const out: Finding[] = [];
    const explain = (flag: string): string =>
      `${flag} has no effect unless --wait-for-model-timeout is set to a positive value. Set --wait-for-model-timeout to enable the readiness probe.`;
    const hint = "set wait_for_model_timeout (seconds, e.g. 600) to enable the readiness probe, or remove this field";
    if (endpoint.waitForModelInterval !== DEFAULT_INTERVAL) out.push(finding("E_ENDPOINT", [...path, "waitForModelInterval"], explain("--wait-for-model-interval"), { hint }));
    if (endpoint.waitForModelMode !== DEFAULT_MODE) out.push(finding("E_ENDPOINT", [...path, "waitForModelMode"], explain("--wait-for-model-mode"), { hint }));
    return out;
  }),
  perEndpoint("The template endpoint type needs a request template", ({ endpoint, path, label }) => {
    if (endpoint.type !== "template" || endpoint.template !== undefined) return [];
    return [
      finding("E_ENDPOINT", [...path, "type"], `template is required when endpoint type is 'template' (${label} has type 'template' but no template)`, {
        hint: "add template: {body: '...', response_field: 'text'}",
      }),
    ];
  }),
];
