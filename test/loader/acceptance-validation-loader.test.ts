import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runCli } from "../../src/cli/main.ts";
import type { Diagnostic, DiagnosticCode } from "../../src/diagnostics.ts";
import { acceptanceHelpers, phaseField, show, yaml } from "../support/acceptance.ts";

/**
 * Acceptance cases 42–54 (shared/spec/acceptance-cases.md: test_config_validation.py, test_loader_edge_cases.py,
 * loader/test_jinja_strict_undefined.py), through `loadConfig` with its `env` option (never process.env), and through
 * the CLI for the file-system cases. Error rows name the code, the line of the YAML text and the subject of the
 * message; success rows check the canonical config.
 * The helpers (yaml, loads, rejects, …) come from test/support/acceptance.ts, bound to this file's name.
 */
const { loads, rejects } = acceptanceHelpers("validation.yaml");

test("case 42: prefill_concurrency with streaming false is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000", streaming: false}
      dataset: {entries: 10}
      phases:
        type: concurrency
        concurrency: 4
        prefill_concurrency: 2
        requests: 10
  `, "E_PHASES", 8, "prefill_concurrency requires endpoint.streaming");
});

test("case 43: fixed_schedule against a file dataset with random sampling is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {type: file, path: trace.jsonl, format: mooncake_trace, sampling: random}
      phases:
        type: fixed_schedule
  `, "E_COMPATIBILITY", 6, /fixed_schedule.*sequential.*sampling/);
});

test("case 44: user_centric against a single_turn file dataset is rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {type: file, path: conversations.jsonl, format: single_turn}
      phases:
        type: user_centric
        rate: 1
        users: 2
        requests: 10
  `, "E_COMPATIBILITY", 6, /user_centric.*multi_turn.*format/);
});

test("case 45: an ftp:// URL and an endpoint.path without a leading slash are rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint:
        url: "ftp://localhost:8000"
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_ENDPOINT", 4, "unsupported scheme 'ftp'");
  rejects(yaml`
    benchmark:
      model: m
      endpoint:
        url: "http://localhost:8000"
        path: v1/x
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_FORMAT", 5, /endpoint\.path.*leading slash/);
});

test("case 46: image_edit with application/json and chat with multipart/form-data are rejected", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint:
        url: "http://localhost:8000"
        type: image_edit
        request_content_type: application/json
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_ENDPOINT", 6, "requires multipart/form-data");
  rejects(yaml`
    benchmark:
      model: m
      endpoint:
        url: "http://localhost:8000"
        type: chat
        request_content_type: multipart/form-data
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, "E_ENDPOINT", 6, "does not accept multipart/form-data");
});

test("case 47: runtime.api_port out of range is rejected", () => {
  const hit = rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
      runtime:
        api_port: 70000
  `, "E_RANGE", 7, "must be <= 65535");
  // Pydantic puts the location (runtime.api_port) in its message; ours carries it in `path`, the message says the bound.
  assert.is(hit.path, "benchmark.runtime.api_port");
});

test("case 48: a missing file, a directory and an unreadable file are reported by the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "aiperf-acceptance-"));
  try {
    const validate = (path: string): { exit: number; diagnostics: Diagnostic[] } => {
      let stdout = "";
      // validate is synchronous: runCli returns the exit code itself.
      const exit = runCli(["validate", "--format", "json", path], { stdout: (t) => { stdout += t; }, stderr: () => {} }) as number;
      return { exit, diagnostics: JSON.parse(stdout) as Diagnostic[] };
    };
    const expect = (path: string, code: DiagnosticCode, message: string): void => {
      const { exit, diagnostics } = validate(path);
      assert.is(exit, 1, path);
      assert.equal(diagnostics.map((d) => [d.code, d.line, d.file, d.message.includes(message)]), [[code, 1, path, true]], diagnostics.map(show).join("\n"));
    };
    expect(join(dir, "missing.yaml"), "E_FILE_NOT_FOUND", "not found");
    expect(dir, "E_NOT_A_FILE", "is not a file");
    // stat says a regular file, reading it fails (EIO): the one unreadable file that does not depend on permissions.
    expect("/proc/self/mem", "E_READ_FAILED", "Failed to read");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("case 49: an empty or null document, a non-mapping document and invalid YAML are rejected", () => {
  rejects("", "E_EMPTY_DOCUMENT", 1, "empty");
  rejects("# nothing but a comment\n", "E_EMPTY_DOCUMENT", 1, "empty");
  rejects("null\n", "E_EMPTY_DOCUMENT", 1, "empty");
  rejects("- benchmark\n- sweep\n", "E_NOT_A_MAPPING", 1, "Configuration must be a YAML mapping, got list");
  rejects("benchmark\n", "E_NOT_A_MAPPING", 1, "Configuration must be a YAML mapping");
  rejects("42\n", "E_NOT_A_MAPPING", 1, "Configuration must be a YAML mapping, got int");
  rejects("benchmark:\n  model: m\n endpoint: {url: \"http://localhost:8000\"}\n", "E_YAML_SYNTAX", 3, "Invalid YAML syntax");
});

test("case 50: ${VAR} and ${VAR:default} come from the env option; $VAR without braces is left alone", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint:
        url: "http://\${HOST_VAR}:\${PORT_VAR}/v1"
        headers:
          target: "\${HOST_VAR}:\${PORT_VAR}"
          with-default: "\${UNSET_VAR:dflt}"
          empty-default: "\${UNSET_VAR:}"
          env-wins: "\${SET_VAR:dflt}"
          no-braces: "$HOST_VAR"
          from-option: "\${PATH:not-from-process-env}"
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `, { HOST_VAR: "localhost", PORT_VAR: "8080", SET_VAR: "from-env" });
  assert.equal(config.benchmark.endpoint.urls, ["http://localhost:8080/v1"]);
  assert.equal(config.benchmark.endpoint.headers, {
    target: "localhost:8080", "with-default": "dflt", "empty-default": "", "env-wins": "from-env", "no-braces": "$HOST_VAR",
    "from-option": "not-from-process-env",
  });
});

test("case 51: a missing variable, also nested in mappings or lists, is named at its line", () => {
  const text = yaml`
    benchmark:
      model: m
      endpoint:
        urls:
          - "http://localhost:8000"
          - "http://\${SECOND_HOST}:8000"
        headers:
          Authorization: "Bearer \${API_TOKEN}"
      dataset: {entries: 10}
      phases: {type: concurrency, requests: 10}
  `;
  // `rejects` also checks that the diagnostic names the file.
  rejects(text, "E_ENV_MISSING", 6, "environment variable 'SECOND_HOST' is not set");
  rejects(text, "E_ENV_MISSING", 8, "environment variable 'API_TOKEN' is not set");
});

test("case 52: non-string leaves (int, float, bool, null) pass through substitution untouched", () => {
  const config = loads(yaml`
    benchmark:
      model: m
      endpoint:
        url: "http://localhost:8000"
        streaming: true
        timeout: 30.5
        extra: {n: 3, temperature: 0.7, stream: false, stop: null, seed: "\${SEED}"}
      dataset: {entries: 10}
      phases: {type: concurrency, concurrency: 4, requests: 10}
  `, { SEED: "7" });
  assert.equal(config.benchmark.endpoint.extra, { n: 3, temperature: 0.7, stream: false, stop: null, seed: 7 });
  assert.equal([config.benchmark.endpoint.streaming, config.benchmark.endpoint.timeout, phaseField(config, 0, "concurrency")], [true, 30.5, 4]);
});

test("case 53: an undefined name in {{ }} is an error; a defined variable renders and becomes a number", () => {
  rejects(yaml`
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        type: concurrency
        requests: "{{ undefined_name }}"
  `, "E_EXPRESSION_UNDEFINED", 7, "'undefined_name' is undefined");
  const config = loads(yaml`
    variables:
      conc: 8
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases:
        type: concurrency
        concurrency: "{{ conc }}"
        requests: "{{ conc * 10 }}"
  `);
  assert.equal([phaseField(config, 0, "concurrency"), phaseField(config, 0, "requests")], [8, 80]);
});

test("case 54: {{ }} inside artifacts.user_files is not rendered at load time", () => {
  const config = loads(yaml`
    variables:
      conc: 8
    benchmark:
      model: m
      endpoint: {url: "http://localhost:8000"}
      dataset: {entries: 10}
      phases: {type: concurrency, concurrency: "{{ conc }}", requests: 10}
      artifacts:
        user_files:
          - path: notes.txt
            format: text
            content: "started {{ run_started_at }} at concurrency {{ conc }}"
          - path: meta.yaml
            format: yaml
            content: {label: "{{ variation.label }}", tags: ["{{ conc }}"]}
  `);
  assert.is(phaseField(config, 0, "concurrency"), 8);
  assert.equal(config.benchmark.artifacts.userFiles.map((f) => f.content), [
    "started {{ run_started_at }} at concurrency {{ conc }}",
    { label: "{{ variation.label }}", tags: ["{{ conc }}"] },
  ]);
});

test.run();
