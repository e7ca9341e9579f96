/*
 * GENERATED FILE. DO NOT EDIT.
 * Source: schema/*.schema.json. Regenerate with `npm run codegen`; CI runs `npm run codegen -- --check`.
 */
/** A string holding an environment reference (`${VAR}`, `${VAR:default}`) or an expression (`{{ a * b }}`). */
export type TemplateString = `${string}\${${string}}${string}` | `${string}{{${string}}}${string}`;
/** A duration written as a string: a number with an optional unit (s, sec, m, min, h, hr, hour) or `inf`. */
export type DurationString = `${number}` | `${number}${"s" | "sec" | "m" | "min" | "h" | "hr" | "hour"}` | `${number} ${"s" | "sec" | "m" | "min" | "h" | "hr" | "hour"}` | "inf" | "infinity";
/**
 * How a request chooses among several models.
 */
export type ModelSelectionStrategyInput = "round_robin" | "random" | "weighted";
/**
 * Names of templates (from the top-level `templates:` block) this entry inherits from, applied left to right; the entry's own keys win.
 */
export type ExtendsInput = string | string[];
/**
 * How requests are spread over several endpoint URLs.
 */
export type UrlSelectionStrategyInput = "round_robin";
/**
 * API flavour of the server. It decides the request format, the default path, whether streaming is possible and how the response is parsed. AIPerf's list comes from plugins; these are the types it ships.
 */
export type EndpointTypeInput =
  | "chat"
  | "completions"
  | "responses"
  | "messages"
  | "embeddings"
  | "chat_embeddings"
  | "nim_embeddings"
  | "cohere_rankings"
  | "hf_tei_rankings"
  | "nim_rankings"
  | "huggingface_generate"
  | "image_generation"
  | "image_edit"
  | "image_retrieval"
  | "video_generation"
  | "audio_transcription"
  | "solido_rag"
  | "raw"
  | "template";
/**
 * Transport plugin used to send requests.
 */
export type EndpointTransportInput = "http";
/**
 * How HTTP connections are reused between requests.
 */
export type ConnectionReuseStrategyInput = "pooled" | "never" | "sticky-user-sessions";
/**
 * Encoding of the request body.
 */
export type RequestContentTypeInput = "application/json" | "multipart/form-data";
/**
 * How the pre-flight readiness probe checks that the model is served.
 */
export type WaitForModelModeInput = "inference" | "models" | "both";
/**
 * One dataset: where the prompts of a benchmark come from. `type` selects synthetic prompts generated from token-length distributions (the default when `type` is omitted), a local file or inline records, or a public corpus downloaded by AIPerf.
 */
export type DatasetInput = SyntheticDatasetInput | FileDatasetInput | PublicDatasetInput;
/**
 * How entries are picked from a dataset while the benchmark runs.
 */
export type DatasetSamplingStrategyInput = "sequential" | "random" | "shuffle";
/**
 * A distribution to sample a value from. The unit is the field's own: tokens for `isl`/`osl`, a count for `turns`, milliseconds for `turnDelay`, pixels for image sizes, seconds for audio length. A bare number is a fixed value (`isl: 512`). Without `type` the kind follows the keys, first match wins: `peaks` → multimodal, `points` → empirical, `median` → lognormal, `stddev` → normal, `value` → fixed, `mean` alone → normal with stddev 0. Where the field is a whole number (tokens, turns, passages), samples are converted to whole numbers.
 */
export type DistributionInput =
  | (
      | FixedDistributionInput
      | NormalDistributionInput
      | LognormalDistributionInput
      | MultimodalDistributionInput
      | EmpiricalDistributionInput
    )
  | (number | TemplateString);
/**
 * One component of a multimodal distribution: a distribution written inline, plus its relative `weight`.
 */
export type PeakInput =
  | FixedDistributionPeakInput
  | NormalDistributionPeakInput
  | LognormalDistributionPeakInput
  | MultimodalDistributionPeakInput
  | EmpiricalDistributionPeakInput;
/**
 * Encoding of synthetic images.
 */
export type ImageFormatInput = "png" | "jpeg" | "random";
/**
 * Built-in sources of synthetic image content.
 */
export type ImageSourceInput = "noise" | "assets";
/**
 * How images are taken from a finite image source.
 */
export type ImageSourceSamplingStrategyInput = "random-with-replacement" | "shuffle-cycle" | "sequential-cycle";
/**
 * File format of synthetic audio clips.
 */
export type AudioFormatInput = "wav" | "mp3";
/**
 * Container format of synthetic video clips.
 */
export type VideoFormatInput = "mp4" | "webm";
/**
 * Picture content of synthetic video clips.
 */
export type VideoSynthTypeInput = "moving_shapes" | "grid_clock" | "noise";
/**
 * Audio encoder for the track inside synthetic video clips.
 */
export type VideoAudioCodecInput = "aac" | "libvorbis" | "libopus";
/**
 * Format of a file dataset. Formats marked timestamped carry per-request times and can be replayed by a `fixed_schedule` phase; multi-turn formats group requests into conversations.
 */
export type DatasetFormatInput =
  | "single_turn"
  | "multi_turn"
  | "random_pool"
  | "mooncake_trace"
  | "burst_gpt_trace"
  | "bailian_trace"
  | "sagemaker_data_capture"
  | "dag_jsonl"
  | "raw_payload"
  | "inputs_json"
  | "speed_bench_qualitative"
  | "speed_bench_coding"
  | "speed_bench_humanities"
  | "speed_bench_math"
  | "speed_bench_multilingual"
  | "speed_bench_qa"
  | "speed_bench_rag"
  | "speed_bench_reasoning"
  | "speed_bench_roleplay"
  | "speed_bench_stem"
  | "speed_bench_summarization"
  | "speed_bench_writing"
  | "speed_bench_throughput_1k"
  | "speed_bench_throughput_2k"
  | "speed_bench_throughput_8k"
  | "speed_bench_throughput_16k"
  | "speed_bench_throughput_32k"
  | "speed_bench_throughput_1k_low_entropy"
  | "speed_bench_throughput_1k_mixed"
  | "speed_bench_throughput_1k_high_entropy"
  | "speed_bench_throughput_2k_low_entropy"
  | "speed_bench_throughput_2k_mixed"
  | "speed_bench_throughput_2k_high_entropy"
  | "speed_bench_throughput_8k_low_entropy"
  | "speed_bench_throughput_8k_mixed"
  | "speed_bench_throughput_8k_high_entropy"
  | "speed_bench_throughput_16k_low_entropy"
  | "speed_bench_throughput_16k_mixed"
  | "speed_bench_throughput_16k_high_entropy"
  | "speed_bench_throughput_32k_low_entropy"
  | "speed_bench_throughput_32k_mixed"
  | "speed_bench_throughput_32k_high_entropy";
/**
 * Public corpora AIPerf can download. Most are single-turn; `spec_al_mtbench`, `exgentic` and `exgentic_v2` are multi-turn.
 */
export type PublicDatasetTypeInput =
  | "sharegpt"
  | "aimo"
  | "aimo_aime"
  | "aimo_numina_cot"
  | "aimo_numina_1_5"
  | "mmstar"
  | "mmvu"
  | "vision_arena"
  | "llava_onevision"
  | "spec_bench"
  | "spec_al_gsm8k"
  | "spec_al_math500"
  | "spec_al_humaneval"
  | "spec_al_mbpp"
  | "spec_al_mtbench"
  | "instruct_coder"
  | "blazedit_5k"
  | "blazedit_10k"
  | "librispeech"
  | "voxpopuli"
  | "gigaspeech"
  | "ami"
  | "spgispeech"
  | "exgentic"
  | "exgentic_v2";
/**
 * One benchmark phase, selected by `type`: `concurrency` (a fixed number of requests in flight), `poisson` / `gamma` / `constant` (a target request rate with that arrival pattern), `user_centric` (N simulated users sharing a global rate) or `fixed_schedule` (replay of a trace's timestamps). `type` is always required. Every type except `fixed_schedule` needs a stop condition: at least one of `requests`, `duration` or `sessions` (whichever is reached first ends the phase); a `fixed_schedule` phase ends when the trace is exhausted. A phase's `kind` decides whether it counts: `warmup` phases prime the server and are excluded from results, `profiling` phases are measured, and a config needs at least one profiling phase. Entries of a `phases` list need a `name`; the `warmup:` / `profiling:` shorthands and a single `phases:` mapping get theirs from the loader. A phase may use `extends:` to start from a template.
 */
export type PhaseInput =
  | ConcurrencyPhaseInput
  | PoissonPhaseInput
  | GammaPhaseInput
  | ConstantPhaseInput
  | UserCentricPhaseInput
  | FixedSchedulePhaseInput;
/**
 * A phase name: a letter or underscore, then letters, digits, `_` or `-`. Unique within a config, ignoring case.
 */
export type PhaseNameInput = string;
/**
 * The role of a phase in the results: warmup or profiling.
 */
export type PhaseKindInput = "warmup" | "profiling";
/**
 * A gradual increase of a limit (concurrency, prefill concurrency or rate) from a low starting value to its target over `duration`. Input also accepts a bare duration (`30`, `"30s"`), meaning a linear ramp of that length. Replaced whole by templates and overrides, never merged.
 */
export type RampInput =
  | {
      /**
       * How long the ramp takes to reach the target value, in seconds (input also accepts `30s`, `2m`).
       */
      duration: number | DurationString | TemplateString;
      /**
       * Shape of the ramp over time.
       */
      strategy?: RampStrategyInput & string;
    }
  | (number | DurationString | TemplateString);
/**
 * How a ramp moves from its start value to the target.
 */
export type RampStrategyInput = "linear" | "exponential" | "poisson";
/**
 * A statistic of a metric's distribution over the requests of one phase.
 */
export type MetricStatInput =
  "avg" | "min" | "max" | "std" | "p1" | "p5" | "p10" | "p25" | "p50" | "p75" | "p90" | "p95" | "p99";
/**
 * How a measured statistic is compared with a threshold.
 */
export type ComparisonOpInput = "lt" | "le" | "gt" | "ge";
/**
 * One dependency of a phase: the phase it waits for and the outcomes of that phase that let this one run. Input also accepts a bare phase name, meaning `{phase: <name>, on: [succeeded]}`.
 */
export type DependsOnEntryInput =
  | {
      /**
       * Name of the phase waited for. It must exist in the config; a dependency cycle is an error.
       */
      phase: PhaseNameInput;
      /**
       * Outcomes of `phase` that allow this phase to run. With the default, a failed or skipped dependency skips this phase; add `failed` to run a clean-up or diagnosis phase after a failure.
       *
       * @minItems 1
       */
      on?: [DependencyOutcomeInput, ...DependencyOutcomeInput[]];
    }
  | PhaseNameInput;
/**
 * A finished phase's outcome, as matched by a `dependsOn` edge.
 */
export type DependencyOutcomeInput = "succeeded" | "skipped" | "failed";
/**
 * A restricted expression (see the expressions guide): literals, names such as `phases.warmup.metrics.goodput.avg`, arithmetic, comparisons, `and`/`or`/`not`, `a if c else b` and a fixed set of filters. No calls, no attribute access outside the data.
 */
export type ExpressionInput = string;
/**
 * Conditions on a phase's own results, e.g. `time_to_first_token` p99 below 500 ms; all must hold for the phase to count as succeeded. The same condition shape as `sla`.
 *
 * @minItems 1
 */
export type PhaseConvergenceInput = [MetricConditionInput, ...MetricConditionInput[]];
/**
 * AIPerf's timing strategy for a phase (a plugin category; these are the built-in strategies).
 */
export type TimingModeInput =
  "fixed_schedule" | "request_rate" | "adaptive_scale" | "user_centric_rate" | "agentic_replay";
/**
 * GPU metrics (power, utilization, memory, temperature, energy) collected during the run. On by default: without `urls`, AIPerf tries the usual local DCGM exporter addresses (`http://localhost:9400/metrics` and `:9401`). You may also write a bare metrics URL instead of the block.
 */
export type GpuTelemetryInput =
  | {
      /**
       * Collect GPU telemetry. Set to false to turn it off entirely.
       */
      enabled?: boolean | TemplateString;
      /**
       * DCGM exporter metrics URLs to scrape (for the `dcgm` collector). Empty means AIPerf's default local addresses.
       */
      urls?: string[];
      /**
       * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins.
       */
      url?: (string | string[]) | null;
      /**
       * Path of a CSV file of previously recorded GPU metrics to replay instead of collecting live ones.
       */
      metricsFile?: string | null;
      /**
       * Path of a CSV file of previously recorded GPU metrics to replay instead of collecting live ones.
       */
      metrics_file?: string | null;
      /**
       * Where GPU metrics come from.
       */
      collector?: GpuTelemetryCollectorInput & string;
      /**
       * How GPU telemetry is shown while the benchmark runs.
       */
      mode?: GpuTelemetryModeInput & string;
    }
  | string;
/**
 * Backend that reads GPU metrics.
 */
export type GpuTelemetryCollectorInput = "dcgm" | "pynvml" | "amdsmi";
/**
 * Display of GPU telemetry during the run.
 */
export type GpuTelemetryModeInput = "summary" | "realtime_dashboard";
/**
 * Operational metrics (queue depth, KV-cache usage, batch sizes, ...) scraped from the inference server's Prometheus endpoints during the run and exported with the results. On by default. You may also write a bare metrics URL instead of the block.
 */
export type ServerMetricsInput =
  | {
      /**
       * Scrape server metrics. Set to false to turn it off entirely.
       */
      enabled?: boolean | TemplateString;
      /**
       * Prometheus endpoints to scrape, usually the server's `/metrics`. Can be combined with `discovery` in Kubernetes.
       */
      urls?: string[];
      /**
       * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins.
       */
      url?: (string | string[]) | null;
      /**
       * File formats of the server-metrics export. JSONL (every scrape) is left out by default because it can grow large.
       */
      formats?: ServerMetricsFormatInput[];
      /**
       * Finding inference-server pods' metrics endpoints automatically in Kubernetes.
       */
      discovery?: ServerMetricsDiscoveryInput;
    }
  | string;
/**
 * Export format of the scraped server metrics.
 */
export type ServerMetricsFormatInput = "json" | "csv" | "jsonl" | "parquet";
/**
 * How metrics endpoints are discovered.
 */
export type ServerMetricsDiscoveryModeInput = "auto" | "kubernetes" | "disabled";
/**
 * Console user interface.
 */
export type RuntimeUiInput = "dashboard" | "simple" | "none";
/**
 * How AIPerf's services are started.
 */
export type ServiceRunTypeInput = "multiprocessing";
/**
 * Transport between AIPerf's own services, chosen by `type`: `ipc` (Unix sockets, one machine), `tcp` (across machines) or `dual` (IPC inside the controller pod, TCP to worker pods in Kubernetes).
 */
export type CommunicationInput = IpcCommunicationInput | TcpCommunicationInput | DualCommunicationInput;
/**
 * Log severity (loguru levels). NOTICE and SUCCESS sit between INFO and WARNING and have no Python stdlib equivalent.
 */
export type LogLevelInput = "TRACE" | "DEBUG" | "INFO" | "NOTICE" | "WARNING" | "SUCCESS" | "ERROR" | "CRITICAL";
/**
 * Standard accuracy suite.
 */
export type AccuracyBenchmarkInput =
  | "mmlu"
  | "aime"
  | "aime24"
  | "aime25"
  | "hellaswag"
  | "bigbench"
  | "math_500"
  | "gsm8k"
  | "gpqa_diamond"
  | "lcb_codegeneration";
/**
 * How answers are scored.
 */
export type AccuracyGraderInput =
  | "exact_match"
  | "math"
  | "multiple_choice"
  | "code_execution"
  | "lighteval_expr"
  | "lighteval_latex"
  | "lighteval_gpqa"
  | "lighteval_gsm8k";
/**
 * Reaction of the phase graph to a failed phase.
 */
export type FailurePolicyInput = "abort" | "continue";
/**
 * How to vary the benchmark. The `type` selects the strategy; a sweep without `type` is a `grid`.
 */
export type SweepInput =
  | GridSweepInput
  | ZipSweepInput
  | ScenariosSweepInput
  | SobolSweepInput
  | LatinHypercubeSweepInput
  | AdaptiveSearchSweepInput;
/**
 * The order in which sweep variations and repeated trials (`multiRun.numRuns`) run.
 */
export type SweepIterationOrderInput = "repeated" | "independent";
/**
 * One dataset: where the prompts of a benchmark come from. `type` selects synthetic prompts generated from token-length distributions (the default when `type` is omitted), a local file or inline records, or a public corpus downloaded by AIPerf.
 */
export type DatasetPartialInput = SyntheticDatasetPartialInput | FileDatasetPartialInput | PublicDatasetPartialInput;
/**
 * One benchmark phase, selected by `type`: `concurrency` (a fixed number of requests in flight), `poisson` / `gamma` / `constant` (a target request rate with that arrival pattern), `user_centric` (N simulated users sharing a global rate) or `fixed_schedule` (replay of a trace's timestamps). `type` is always required. Every type except `fixed_schedule` needs a stop condition: at least one of `requests`, `duration` or `sessions` (whichever is reached first ends the phase); a `fixed_schedule` phase ends when the trace is exhausted. A phase's `kind` decides whether it counts: `warmup` phases prime the server and are excluded from results, `profiling` phases are measured, and a config needs at least one profiling phase. Entries of a `phases` list need a `name`; the `warmup:` / `profiling:` shorthands and a single `phases:` mapping get theirs from the loader. A phase may use `extends:` to start from a template.
 */
export type PhasePartialInput =
  | ConcurrencyPhasePartialInput
  | PoissonPhasePartialInput
  | GammaPhasePartialInput
  | ConstantPhasePartialInput
  | UserCentricPhasePartialInput
  | FixedSchedulePhasePartialInput;
/**
 * One dependency of a phase: the phase it waits for and the outcomes of that phase that let this one run. Input also accepts a bare phase name, meaning `{phase: <name>, on: [succeeded]}`.
 */
export type DependsOnEntryPartialInput =
  | {
      /**
       * Name of the phase waited for. It must exist in the config; a dependency cycle is an error.
       */
      phase?: PhaseNameInput | null;
      /**
       * Outcomes of `phase` that allow this phase to run. With the default, a failed or skipped dependency skips this phase; add `failed` to run a clean-up or diagnosis phase after a failure.
       *
       * @minItems 1
       */
      on?: [DependencyOutcomeInput, ...DependencyOutcomeInput[]];
    }
  | PhaseNameInput;
/**
 * GPU metrics (power, utilization, memory, temperature, energy) collected during the run. On by default: without `urls`, AIPerf tries the usual local DCGM exporter addresses (`http://localhost:9400/metrics` and `:9401`). You may also write a bare metrics URL instead of the block.
 */
export type GpuTelemetryPartialInput =
  | {
      /**
       * Collect GPU telemetry. Set to false to turn it off entirely.
       */
      enabled?: boolean | TemplateString;
      /**
       * DCGM exporter metrics URLs to scrape (for the `dcgm` collector). Empty means AIPerf's default local addresses.
       */
      urls?: string[];
      /**
       * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins.
       */
      url?: (string | string[]) | null;
      /**
       * Path of a CSV file of previously recorded GPU metrics to replay instead of collecting live ones.
       */
      metricsFile?: string | null;
      /**
       * Path of a CSV file of previously recorded GPU metrics to replay instead of collecting live ones.
       */
      metrics_file?: string | null;
      /**
       * Where GPU metrics come from.
       */
      collector?: GpuTelemetryCollectorInput & string;
      /**
       * How GPU telemetry is shown while the benchmark runs.
       */
      mode?: GpuTelemetryModeInput & string;
    }
  | string;
/**
 * Operational metrics (queue depth, KV-cache usage, batch sizes, ...) scraped from the inference server's Prometheus endpoints during the run and exported with the results. On by default. You may also write a bare metrics URL instead of the block.
 */
export type ServerMetricsPartialInput =
  | {
      /**
       * Scrape server metrics. Set to false to turn it off entirely.
       */
      enabled?: boolean | TemplateString;
      /**
       * Prometheus endpoints to scrape, usually the server's `/metrics`. Can be combined with `discovery` in Kubernetes.
       */
      urls?: string[];
      /**
       * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins.
       */
      url?: (string | string[]) | null;
      /**
       * File formats of the server-metrics export. JSONL (every scrape) is left out by default because it can grow large.
       */
      formats?: ServerMetricsFormatInput[];
      /**
       * Finding inference-server pods' metrics endpoints automatically in Kubernetes.
       */
      discovery?: ServerMetricsDiscoveryPartialInput;
    }
  | string;
/**
 * Transport between AIPerf's own services, chosen by `type`: `ipc` (Unix sockets, one machine), `tcp` (across machines) or `dual` (IPC inside the controller pod, TCP to worker pods in Kubernetes).
 */
export type CommunicationPartialInput =
  IpcCommunicationPartialInput | TcpCommunicationPartialInput | DualCommunicationPartialInput;
/**
 * The algorithm of an adaptive search.
 */
export type SearchPlannerInput = "bayesian" | "optuna" | "monotonic_sla" | "smooth_isotonic";
/**
 * Whether an objective is maximized or minimized.
 */
export type OptimizationDirectionInput = "maximize" | "minimize";
/**
 * The statistic of a metric that multi-run convergence compares across trials.
 */
export type MultiRunConvergenceStatInput = "avg" | "p50" | "p90" | "p95" | "p99" | "min" | "max";
/**
 * The criterion that decides when repeated trials have converged.
 */
export type MultiRunConvergenceModeInput = "ci_width" | "cv" | "distribution";
/**
 * One template: the keys of a phase, a dataset, a model item or an endpoint, all optional. Its keys are checked against the block it is used in.
 */
export type TemplateInput = PhasePartialInput | DatasetPartialInput | ModelItemPartialInput | EndpointPartialInput;

/**
 * An AIPerf YAML config (schema version 2.0). The root holds the envelope: the `benchmark` body that describes one benchmark, plus the keys that act around it (sweeps, repeated trials, plotting, Jinja variables, the random seed and templates). Only `benchmark` is required.
 */
export interface AiperfConfigInput {
  /**
   * Version of the config format. Only `"2.0"` is accepted; leaving it out means `"2.0"`. Write it as a string (quote it in YAML), since `2.0` unquoted is a number.
   */
  schemaVersion?: "2.0";
  /**
   * Version of the config format. Only `"2.0"` is accepted; leaving it out means `"2.0"`. Write it as a string (quote it in YAML), since `2.0` unquoted is a number.
   */
  schema_version?: "2.0";
  /**
   * The benchmark itself: models, endpoint, datasets, phases, artifacts, telemetry, runtime and the other body settings. A sweep or scenario run changes values inside this block. Body keys written at the root (such as `endpoint:` or `phases:`) belong here.
   */
  benchmark: BenchmarkInput;
  /**
   * Runs the benchmark several times with different settings: a `grid` (every combination), a `zip` (lists in lock-step), hand-written `scenarios`, `sobol` or `latin_hypercube` sampling, or an `adaptive_search` that picks the next point from earlier results. Leave it out to run the benchmark once (lists of values under phase fields such as `concurrency: [8, 16]` still expand into a grid).
   */
  sweep?: SweepInput | null;
  /**
   * Repeats every benchmark (every sweep variation) several times and reports aggregate statistics with confidence intervals. When left out, each benchmark runs once.
   */
  multiRun?: MultiRunInput;
  /**
   * Repeats every benchmark (every sweep variation) several times and reports aggregate statistics with confidence intervals. When left out, each benchmark runs once.
   */
  multi_run?: MultiRunInput;
  /**
   * Plot settings for this run or sweep, replacing `~/.aiperf/plot_config.yaml`. Either the path of a plot YAML file (relative paths are resolved from this config file's folder) or the plot settings written inline, in the same shape as that file. Setting it turns on `artifacts.autoPlot` unless `autoPlot` is explicitly `false`. AIPerf's plot tool checks the contents, not this schema.
   */
  plot?:
    | (
        | string
        | {
            [k: string]: unknown | undefined;
          }
      )
    | null;
  /**
   * Your own named values, available in `{{ ... }}` expressions anywhere in the config (a variable may use other variables). A sweep can vary one with the path `variables.<name>`, and a scenario run's `variables` are merged over these; expressions are evaluated again for every variation.
   */
  variables?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Base random seed, for reproducible synthetic data and sampling. In a sweep, variation N uses seed + N unless the sweep sets `sameSeed: true`. When it is not set and a sweep or `multiRun.numRuns > 1` is present, AIPerf uses 42 if `multiRun.setConsistentSeed` is true (the default); otherwise runs are not seeded.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Base random seed, for reproducible synthetic data and sampling. In a sweep, variation N uses seed + N unless the sweep sets `sameSeed: true`. When it is not set and a sweep or `multiRun.numRuns > 1` is present, AIPerf uses 42 if `multiRun.setConsistentSeed` is true (the default); otherwise runs are not seeded.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Turns off the table of results that is printed as each sweep variation finishes. It is already off when output is not a terminal, with the dashboard UI, and for a sweep with a single variation. Display only: results are the same.
   */
  noSweepTable?: boolean | TemplateString;
  /**
   * Turns off the table of results that is printed as each sweep variation finishes. It is already off when output is not a terminal, with the dashboard UI, and for a sweep with a single variation. Display only: results are the same.
   */
  no_sweep_table?: boolean | TemplateString;
  /**
   * Named partial configs that phase, dataset, model and endpoint entries inherit with `extends:` (a name or a list of names, applied left to right; the entry's own keys win). A template may itself extend other templates.
   */
  templates?: TemplatesInput | null;
}
/**
 * One benchmark: the models and endpoint under test, the datasets that supply requests, the phases that generate load, and everything collected around them. `models`, `endpoint`, `datasets` and `phases` are required, each also reachable through a shorthand (`model`, `dataset`, `warmup`/`profiling`).
 */
export interface BenchmarkInput {
  /**
   * The model(s) requests are sent to and how a request picks one. You may write one model name or a list of names instead of the full block; each name becomes an item and the strategy is `round_robin`.
   */
  models?: ModelsInput | [string, ...string[]] | string;
  /**
   * Shorthand for `models`: one model name or a list of names. Cannot be combined with `models`.
   */
  model?: (string | [string, ...string[]]) | null;
  /**
   * The inference server: URLs, API type, streaming, timeouts, headers and extra request fields. Phases use it unless per-phase endpoints are enabled (see `endpointProfiles`).
   */
  endpoint: EndpointInput;
  /**
   * Named sources of requests, at least one: synthetic prompts, a file (or inline records) or a public dataset. Several datasets are allowed; each phase picks one with its `dataset` field (with a single dataset, every phase uses it; with several, a phase without `dataset` uses the one named `default`). AIPerf itself still runs only one dataset per benchmark.
   *
   * @minItems 1
   */
  datasets?: [DatasetInput, ...DatasetInput[]];
  /**
   * Shorthand for a single dataset: it becomes the one entry of `datasets`, named `default` unless it sets its own `name`. Cannot be combined with `datasets`.
   */
  dataset?: DatasetInput | null;
  /**
   * The load phases, each with a unique `name`. By default they run one after another in list order; `dependsOn`, `when` and `maxParallel` turn the list into a graph. At least one phase must be of kind `profiling` (only those count in results). A single phase mapping (one that has `type`) is accepted too and becomes one phase named `profiling`.
   */
  phases?: [PhaseInput, ...PhaseInput[]] | PhaseInput;
  /**
   * Shorthand for a warmup phase: it becomes the first entry of `phases`, named `warmup` (excluded from results). Needs `profiling` and cannot be combined with `phases`.
   */
  warmup?: PhaseInput | null;
  /**
   * Shorthand for the measured phase: it becomes the entry of `phases` named `profiling` (after `warmup` when both are given). Cannot be combined with `phases`.
   */
  profiling?: PhaseInput | null;
  /**
   * Output folder, export formats, time slices, auto-plotting and your own files written with the results.
   */
  artifacts?: ArtifactsInput;
  /**
   * Service-level objectives for goodput: metric name to threshold, in the metric's own unit (milliseconds for latencies, tokens/s for throughputs). A request counts as good only if it meets every threshold; `goodput` is the rate of good requests. Metric names are checked against AIPerf's metric registry.
   */
  slos?: {
    [k: string]: number | TemplateString | undefined;
  } | null;
  /**
   * Tokenizer used to count tokens and to build prompts of the requested lengths. When left out, the first model's name is used as the tokenizer.
   */
  tokenizer?: TokenizerInput;
  /**
   * GPU metrics collected during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  gpuTelemetry?: GpuTelemetryInput;
  /**
   * GPU metrics collected during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  gpu_telemetry?: GpuTelemetryInput;
  /**
   * Inference-server Prometheus metrics scraped during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  serverMetrics?: ServerMetricsInput;
  /**
   * Inference-server Prometheus metrics scraped during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  server_metrics?: ServerMetricsInput;
  /**
   * Network round-trip calibration that adds network-adjusted latency metrics (off by default).
   */
  networkLatency?: NetworkLatencyInput;
  /**
   * Network round-trip calibration that adds network-adjusted latency metrics (off by default).
   */
  network_latency?: NetworkLatencyInput;
  /**
   * Streaming of metrics to an OpenTelemetry collector during the run.
   */
  otel?: OTelInput | null;
  /**
   * Upload of results to an MLflow tracking server after the run.
   */
  mlflow?: MLflowInput | null;
  /**
   * Upload of results to Weights & Biases after the run.
   */
  wandb?: WandbInput | null;
  /**
   * How AIPerf runs: user interface, worker counts, inter-process communication, API server.
   */
  runtime?: RuntimeInput;
  /**
   * Log verbosity.
   */
  logging?: LoggingInput;
  /**
   * Reserved for metric-aggregation settings; it has no fields today, so only an empty mapping is accepted.
   */
  metrics?: {} | null;
  /**
   * Accuracy evaluation on a standard benchmark (MMLU, GSM8K, AIME, ...) alongside performance profiling. Leave it out for a pure performance run.
   */
  accuracy?: AccuracyInput | null;
  /**
   * Named alternative endpoints that phases can select with their `endpoint` field (requires `allowPerPhaseEndpoint: true`). Each entry is a full endpoint block, which may use `extends:`. The name `default` is reserved: it always means `benchmark.endpoint`.
   */
  endpointProfiles?: {
    [k: string]: EndpointInput | undefined;
  } | null;
  /**
   * Named alternative endpoints that phases can select with their `endpoint` field (requires `allowPerPhaseEndpoint: true`). Each entry is a full endpoint block, which may use `extends:`. The name `default` is reserved: it always means `benchmark.endpoint`.
   */
  endpoint_profiles?: {
    [k: string]: EndpointInput | undefined;
  } | null;
  /**
   * Opt-in that lets phases choose an endpoint from `endpointProfiles` with their `endpoint` field. Off by default so that one benchmark measures one server; a phase `endpoint` without it is an error.
   */
  allowPerPhaseEndpoint?: boolean | TemplateString;
  /**
   * Opt-in that lets phases choose an endpoint from `endpointProfiles` with their `endpoint` field. Off by default so that one benchmark measures one server; a phase `endpoint` without it is an error.
   */
  allow_per_phase_endpoint?: boolean | TemplateString;
  /**
   * What happens to the rest of the phase graph when a phase fails (for example a missed `convergence` condition).
   */
  failurePolicy?: FailurePolicyInput & string;
  /**
   * What happens to the rest of the phase graph when a phase fails (for example a missed `convergence` condition).
   */
  failure_policy?: FailurePolicyInput & string;
  /**
   * How many independent phases may run at the same time. With the default 1, phases run one at a time in a deterministic order (dependencies first, ties in list order).
   */
  maxParallel?: number | TemplateString;
  /**
   * How many independent phases may run at the same time. With the default 1, phases run one at a time in a deterministic order (dependencies first, ties in list order).
   */
  max_parallel?: number | TemplateString;
  /**
   * Misplaced envelope key: `variables` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  variables?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * Misplaced envelope key: `randomSeed` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Misplaced envelope key: `randomSeed` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  random_seed?: (number | TemplateString) | null;
}
/**
 * The models requests are sent to, and how each request chooses one. In a config you may also write a single model name or a list of names; both become `items` with the `round_robin` strategy.
 */
export interface ModelsInput {
  /**
   * How each request picks a model from `items`. With `weighted`, every item must set `weight` and the weights must add up to 1 (within 0.01); they are checked, never rescaled.
   */
  strategy?: ModelSelectionStrategyInput & string;
  /**
   * The models, at least one. Each item's `name` is sent as the request's model; names are also how a phase's `model` field and sweep paths (`models.items["name"].weight`) refer to an item.
   *
   * @minItems 1
   */
  items: [ModelItemInput, ...ModelItemInput[]];
}
/**
 * One model: the name the inference server knows it by, plus optional routing weight, LoRA adapter and tokenizer override. May inherit from a template with `extends:`.
 */
export interface ModelItemInput {
  /**
   * Model name or identifier exactly as the inference server expects it in the request (e.g. the `model` field of an OpenAI-style request). Also the default tokenizer when `benchmark.tokenizer.name` is not set.
   */
  name: string;
  /**
   * Share of requests sent to this model when `strategy` is `weighted`, between 0 and 1 (0.7 means about 70% of requests). Required for every item with that strategy, and all weights must add up to 1 (±0.01); ignored by the other strategies.
   */
  weight?: (number | TemplateString) | null;
  /**
   * Name of a LoRA adapter to request together with this model. The server must support loading adapters dynamically.
   */
  lora?: string | null;
  /**
   * Input modalities this model accepts (for example `text`, `image`, `audio`). Informational today: no selection strategy reads it.
   */
  modalities?: string[] | null;
  /**
   * Tokenizer to use for this model instead of `benchmark.tokenizer`, when this model tokenizes differently from the others.
   */
  tokenizer?: ModelTokenizerInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Per-model tokenizer override.
 */
export interface ModelTokenizerInput {
  /**
   * HuggingFace tokenizer identifier or local path of the tokenizer files for this model.
   */
  name: string;
}
/**
 * Connection and API settings for the inference server(s) under test. Only the URL is required; the API type defaults to OpenAI-style chat completions. May inherit from a template with `extends:` (in endpoint profiles).
 */
export interface EndpointInput {
  /**
   * Server base URLs (or full endpoint URLs) to send requests to, at least one. With several URLs, requests are spread over them by `urlStrategy`. A URL without a scheme gets `http://` in front (`localhost:8000` becomes `http://localhost:8000`); only http and https are accepted, and ports must be 1-65535.
   *
   * @minItems 1
   */
  urls?: [string, ...string[]];
  /**
   * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins and `url` is dropped.
   */
  url?: (string | string[]) | null;
  /**
   * How requests are distributed over several `urls`.
   */
  urlStrategy?: UrlSelectionStrategyInput & string;
  /**
   * How requests are distributed over several `urls`.
   */
  url_strategy?: UrlSelectionStrategyInput & string;
  /**
   * The API the server speaks, which decides the request body, the default path and how responses are parsed. When `template` is given and `type` is not, the type becomes `template`.
   */
  type?: EndpointTypeInput & string;
  /**
   * Path appended to each URL, overriding the type's default (for `chat`, `/v1/chat/completions`). Use it for servers that serve the API under a non-standard path. Must start with `/`.
   */
  path?: string | null;
  /**
   * API key for the server, sent in the `Authorization` header (as a bearer token for OpenAI-style APIs). Prefer `${ENV_VAR}` substitution over writing the key in the file. It is redacted whenever the config is printed or exported.
   */
  apiKey?: string | null;
  /**
   * API key for the server, sent in the `Authorization` header (as a bearer token for OpenAI-style APIs). Prefer `${ENV_VAR}` substitution over writing the key in the file. It is redacted whenever the config is printed or exported.
   */
  api_key?: string | null;
  /**
   * Per-request timeout in seconds; a request that takes longer is recorded as failed. 0 means no timeout. The default, 21600 (6 hours), effectively never cuts off a request.
   */
  timeout?: number | TemplateString;
  /**
   * Ask the server to stream the response (server-sent events). Needed for time-to-first-token and inter-token latency, and for `prefillConcurrency` in phases. For API types that cannot stream, AIPerf warns and turns it off.
   */
  streaming?: boolean | TemplateString;
  /**
   * Transport used to send requests. When unset it is chosen from the URL scheme; `http` is the only transport today.
   */
  transport?: EndpointTransportInput | null;
  /**
   * How HTTP connections are reused between requests.
   */
  connectionReuse?: ConnectionReuseStrategyInput & string;
  /**
   * How HTTP connections are reused between requests.
   */
  connection_reuse?: ConnectionReuseStrategyInput & string;
  /**
   * Send the output-length limit as `max_tokens` instead of `max_completion_tokens`, for servers that implement an older OpenAI API.
   */
  useLegacyMaxTokens?: boolean | TemplateString;
  /**
   * Send the output-length limit as `max_tokens` instead of `max_completion_tokens`, for servers that implement an older OpenAI API.
   */
  use_legacy_max_tokens?: boolean | TemplateString;
  /**
   * Take prompt and completion token counts from the response's `usage` field instead of counting them with the local tokenizer.
   */
  useServerTokenCount?: boolean | TemplateString;
  /**
   * Take prompt and completion token counts from the response's `usage` field instead of counting them with the local tokenizer.
   */
  use_server_token_count?: boolean | TemplateString;
  /**
   * For video-generation endpoints: after a job completes, also download the generated video, so the download time is part of the measured request.
   */
  downloadVideoContent?: boolean | TemplateString;
  /**
   * For video-generation endpoints: after a job completes, also download the generated video, so the download time is part of the measured request.
   */
  download_video_content?: boolean | TemplateString;
  /**
   * Request body template and response field for the `template` API type. Setting it without `type` selects `type: template`; with `type: template` it is required.
   */
  template?: RequestTemplateInput | null;
  /**
   * Extra HTTP headers sent with every request, name to value. Values may use `${ENV_VAR}`. Credential-looking headers (Authorization, API keys) are redacted in exported results.
   */
  headers?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra fields merged into every request body, such as sampling parameters. Values can be any JSON value, including nested objects.
   */
  extra?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How the request body is encoded. When unset, JSON is used, except for API types that need a form upload. Some types only work with one encoding (e.g. `image_edit` needs `multipart/form-data`, `chat` rejects it).
   */
  requestContentType?: RequestContentTypeInput | null;
  /**
   * How the request body is encoded. When unset, JSON is used, except for API types that need a form upload. Some types only work with one encoding (e.g. `image_edit` needs `multipart/form-data`, `chat` rejects it).
   */
  request_content_type?: RequestContentTypeInput | null;
  /**
   * Name of the HTTP header that carries the per-session identifier (used for session affinity in multi-turn runs), replacing the default `X-Correlation-ID`.
   */
  sessionHeader?: string | null;
  /**
   * Name of the HTTP header that carries the per-session identifier (used for session affinity in multi-turn runs), replacing the default `X-Correlation-ID`.
   */
  session_header?: string | null;
  /**
   * Seconds to wait for the server to become ready before the benchmark starts, per URL and model probed; the run aborts if a probe times out. 0 (the default) skips the readiness check. `waitForModelInterval` and `waitForModelMode` only apply when this is positive.
   */
  waitForModelTimeout?: number | TemplateString;
  /**
   * Seconds to wait for the server to become ready before the benchmark starts, per URL and model probed; the run aborts if a probe times out. 0 (the default) skips the readiness check. `waitForModelInterval` and `waitForModelMode` only apply when this is positive.
   */
  wait_for_model_timeout?: number | TemplateString;
  /**
   * Seconds between readiness probes while waiting for the model. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  waitForModelInterval?: number | TemplateString;
  /**
   * Seconds between readiness probes while waiting for the model. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  wait_for_model_interval?: number | TemplateString;
  /**
   * How readiness is probed. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  waitForModelMode?: WaitForModelModeInput & string;
  /**
   * How readiness is probed. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  wait_for_model_mode?: WaitForModelModeInput & string;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * A custom request format for the `template` API type: a Jinja body and the response field that holds the generated text.
 */
export interface RequestTemplateInput {
  /**
   * Jinja template of the request body, rendered for every request. Variables such as `{{ prompt }}`, `{{ messages }}`, `{{ model }}` and `{{ max_tokens }}` are filled from the request being sent.
   */
  body: string;
  /**
   * Where the generated text is in the JSON response, as a dotted path (numbers index lists).
   */
  responseField?: string;
  /**
   * Where the generated text is in the JSON response, as a dotted path (numbers index lists).
   */
  response_field?: string;
}
/**
 * Prompts generated by AIPerf from random text, with token lengths drawn from distributions. Optional blocks add shared prefixes (KV-cache tests), multi-turn conversations, images, audio, video or ranking passages.
 */
export interface SyntheticDatasetInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string;
  /**
   * Number of distinct entries generated up front, each a prompt with its own sampled lengths. Requests reuse them according to `sampling`; more entries mean more variety and less accidental prefix-cache reuse.
   */
  entries?: number | TemplateString;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a synthetic dataset. The default when `type` is omitted.
   */
  type?: "synthetic";
  /**
   * Input and output token lengths of the generated requests.
   */
  prompts?: PromptsInput | null;
  /**
   * Shorthand for `prompts.isl`, the input length in tokens. The loader moves it into `prompts`; when `prompts.isl` is also given, `prompts.isl` wins.
   */
  isl?: DistributionInput | null;
  /**
   * Shorthand for `prompts.osl`, the output length in tokens. The loader moves it into `prompts`; when `prompts.osl` is also given, `prompts.osl` wins.
   */
  osl?: DistributionInput | null;
  /**
   * Shared prefixes prepended to the generated prompts, to measure prefix (KV) cache reuse.
   */
  prefixPrompts?: PrefixPromptsInput | null;
  /**
   * Shared prefixes prepended to the generated prompts, to measure prefix (KV) cache reuse.
   */
  prefix_prompts?: PrefixPromptsInput | null;
  /**
   * Number of user turns per conversation (each turn is one request, sent after the previous response). Its expected value must be at least 1. Unset: single-turn requests.
   */
  turns?: DistributionInput | null;
  /**
   * Think time in milliseconds between receiving a response and sending the conversation's next turn. Only used when conversations have more than one turn. Unset or 0: the next turn is sent immediately.
   */
  turnDelay?: DistributionInput | null;
  /**
   * Think time in milliseconds between receiving a response and sending the conversation's next turn. Only used when conversations have more than one turn. Unset or 0: the next turn is sent immediately.
   */
  turn_delay?: DistributionInput | null;
  /**
   * Factor applied to every sampled `turnDelay`: 0.5 halves the think times, 2 doubles them, 0 removes them.
   */
  turnDelayRatio?: number | TemplateString;
  /**
   * Factor applied to every sampled `turnDelay`: 0.5 halves the think times, 2 doubles them, 0 removes them.
   */
  turn_delay_ratio?: number | TemplateString;
  /**
   * Synthetic images attached to each request, for vision-language models.
   */
  images?: SyntheticImagesInput | null;
  /**
   * Synthetic audio clips attached to each request, for speech and audio-language models.
   */
  audio?: SyntheticAudioInput | null;
  /**
   * Synthetic video clips attached to each request, for video-understanding models. Generating them needs FFmpeg.
   */
  video?: SyntheticVideoInput | null;
  /**
   * Query and passage sizes for ranking (rerank) endpoints. Only used with a rankings endpoint type.
   */
  rankings?: SyntheticRankingsInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Token lengths of synthetic requests: either `isl`/`osl` distributions, or a `sequenceDistribution` of (ISL, OSL) buckets.
 */
export interface PromptsInput {
  /**
   * Input sequence length: tokens in each generated prompt. Ignored when `sequenceDistribution` is set. Unset: AIPerf's built-in default length.
   */
  isl?: DistributionInput | null;
  /**
   * Output sequence length: the maximum number of tokens requested per response (sent as the endpoint's max-tokens field). Ignored when `sequenceDistribution` is set. Unset: no limit is sent and the model decides when to stop.
   */
  osl?: DistributionInput | null;
  /**
   * Tokens per prompt block for datasets whose rows carry `hash_ids` (mooncake_trace, bailian_trace): each hash id stands for one block of this many tokens, and rows that share ids share that prompt prefix. Unset: the format's own default (512 for mooncake_trace, 16 for bailian_trace).
   */
  blockSize?: (number | TemplateString) | null;
  /**
   * Tokens per prompt block for datasets whose rows carry `hash_ids` (mooncake_trace, bailian_trace): each hash id stands for one block of this many tokens, and rows that share ids share that prompt prefix. Unset: the format's own default (512 for mooncake_trace, 16 for bailian_trace).
   */
  block_size?: (number | TemplateString) | null;
  /**
   * Number of text inputs per request, for endpoints that take a batch (embeddings, rankings). Chat and completions endpoints send one prompt per request; keep 1 for them.
   */
  batchSize?: number | TemplateString;
  /**
   * Number of text inputs per request, for endpoints that take a batch (embeddings, rankings). Chat and completions endpoints send one prompt per request; keep 1 for them.
   */
  batch_size?: number | TemplateString;
  /**
   * A workload mix of (ISL, OSL) buckets: each request picks a bucket with the bucket's probability, then samples its lengths. When set, `isl` and `osl` are ignored.
   */
  sequenceDistribution?: [SequenceDistributionEntryInput, ...SequenceDistributionEntryInput[]] | null;
  /**
   * A workload mix of (ISL, OSL) buckets: each request picks a bucket with the bucket's probability, then samples its lengths. When set, `isl` and `osl` are ignored.
   */
  sequence_distribution?: [SequenceDistributionEntryInput, ...SequenceDistributionEntryInput[]] | null;
}
/**
 * The same value on every sample. A bare number (`osl: 128`) is this distribution.
 */
export interface FixedDistributionInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the fixed distribution.
   */
  type?: "fixed";
  /**
   * The value returned every time, in the field's unit (tokens, turns, milliseconds, …).
   */
  value: number | TemplateString;
}
/**
 * A Gaussian around `mean` with spread `stddev`, truncated at 0 (samples are never negative). With `stddev` 0 it behaves like a fixed value.
 */
export interface NormalDistributionInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the normal (Gaussian) distribution.
   */
  type?: "normal";
  /**
   * Centre of the distribution, in the field's unit. Zero is allowed (for example `turnDelay` with mean 0 means no think time).
   */
  mean: number | TemplateString;
  /**
   * Standard deviation, in the field's unit. 0 (the default) makes every sample equal to `mean`.
   */
  stddev?: number | TemplateString;
}
/**
 * A right-skewed, always-positive distribution given by its mean and median: most samples sit near the median and a long tail pulls the mean up. The larger `mean / median`, the heavier the tail; `median` equal to `mean` gives a fixed value. Good for output lengths and think times.
 */
export interface LognormalDistributionInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the log-normal distribution.
   */
  type?: "lognormal";
  /**
   * Mean of the samples, in the field's unit. Must be at least `median`.
   */
  mean: number | TemplateString;
  /**
   * Median of the samples (half fall below it), in the field's unit. Must not exceed `mean`; a lower median means a heavier right tail.
   */
  median: number | TemplateString;
}
/**
 * A weighted mixture of two or more distributions (peaks): each sample first picks a peak with probability proportional to its `weight`, then draws from it. Models traffic such as "80 % short chats, 20 % long documents". `min`/`max` here clamp the final sample; each peak may carry its own bounds too.
 */
export interface MultimodalDistributionInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the multimodal (mixture) distribution.
   */
  type?: "multimodal";
  /**
   * The components, at least two. Each is any distribution written inline plus an optional `weight` (default 1, so omitted weights split evenly).
   *
   * @minItems 2
   */
  peaks: [PeakInput, PeakInput, ...PeakInput[]];
}
/**
 * The same value on every sample. A bare number (`osl: 128`) is this distribution.
 */
export interface FixedDistributionPeakInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the fixed distribution.
   */
  type?: "fixed";
  /**
   * The value returned every time, in the field's unit (tokens, turns, milliseconds, …).
   */
  value: number | TemplateString;
  /**
   * Relative weight of this peak. Weights are divided by their total, so `80`/`20` and `0.8`/`0.2` mean the same; 0 disables the peak. Default 1: omitted weights split evenly.
   */
  weight?: number | TemplateString;
}
/**
 * A Gaussian around `mean` with spread `stddev`, truncated at 0 (samples are never negative). With `stddev` 0 it behaves like a fixed value.
 */
export interface NormalDistributionPeakInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the normal (Gaussian) distribution.
   */
  type?: "normal";
  /**
   * Centre of the distribution, in the field's unit. Zero is allowed (for example `turnDelay` with mean 0 means no think time).
   */
  mean: number | TemplateString;
  /**
   * Standard deviation, in the field's unit. 0 (the default) makes every sample equal to `mean`.
   */
  stddev?: number | TemplateString;
  /**
   * Relative weight of this peak. Weights are divided by their total, so `80`/`20` and `0.8`/`0.2` mean the same; 0 disables the peak. Default 1: omitted weights split evenly.
   */
  weight?: number | TemplateString;
}
/**
 * A right-skewed, always-positive distribution given by its mean and median: most samples sit near the median and a long tail pulls the mean up. The larger `mean / median`, the heavier the tail; `median` equal to `mean` gives a fixed value. Good for output lengths and think times.
 */
export interface LognormalDistributionPeakInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the log-normal distribution.
   */
  type?: "lognormal";
  /**
   * Mean of the samples, in the field's unit. Must be at least `median`.
   */
  mean: number | TemplateString;
  /**
   * Median of the samples (half fall below it), in the field's unit. Must not exceed `mean`; a lower median means a heavier right tail.
   */
  median: number | TemplateString;
  /**
   * Relative weight of this peak. Weights are divided by their total, so `80`/`20` and `0.8`/`0.2` mean the same; 0 disables the peak. Default 1: omitted weights split evenly.
   */
  weight?: number | TemplateString;
}
/**
 * A weighted mixture of two or more distributions (peaks): each sample first picks a peak with probability proportional to its `weight`, then draws from it. Models traffic such as "80 % short chats, 20 % long documents". `min`/`max` here clamp the final sample; each peak may carry its own bounds too.
 */
export interface MultimodalDistributionPeakInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the multimodal (mixture) distribution.
   */
  type?: "multimodal";
  /**
   * The components, at least two. Each is any distribution written inline plus an optional `weight` (default 1, so omitted weights split evenly).
   *
   * @minItems 2
   */
  peaks: [PeakInput, PeakInput, ...PeakInput[]];
  /**
   * Relative weight of this peak. Weights are divided by their total, so `80`/`20` and `0.8`/`0.2` mean the same; 0 disables the peak. Default 1: omitted weights split evenly.
   */
  weight?: number | TemplateString;
}
/**
 * A discrete distribution over listed values, each drawn with probability proportional to its weight. Use it to replay a measured histogram of token lengths or turn counts.
 */
export interface EmpiricalDistributionPeakInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the empirical (weighted values) distribution.
   */
  type?: "empirical";
  /**
   * The possible values and their weights, at least one.
   *
   * @minItems 1
   */
  points: [EmpiricalPointInput, ...EmpiricalPointInput[]];
  /**
   * Relative weight of this peak. Weights are divided by their total, so `80`/`20` and `0.8`/`0.2` mean the same; 0 disables the peak. Default 1: omitted weights split evenly.
   */
  weight?: number | TemplateString;
}
/**
 * One value of an empirical distribution and how often it is drawn.
 */
export interface EmpiricalPointInput {
  /**
   * The value returned when this point is drawn, in the field's unit.
   */
  value: number | TemplateString;
  /**
   * Relative weight; the weights are divided by their total, so they need not sum to 1 or 100. Default 1: all points equally likely.
   */
  weight?: number | TemplateString;
}
/**
 * A discrete distribution over listed values, each drawn with probability proportional to its weight. Use it to replay a measured histogram of token lengths or turn counts.
 */
export interface EmpiricalDistributionInput {
  /**
   * Inclusive lower bound, in the field's unit: a sample below it is raised to it. Must not exceed `max`. Unset: no lower clamp (normal and lognormal samples are never negative anyway).
   */
  min?: (number | TemplateString) | null;
  /**
   * Inclusive upper bound, in the field's unit: a sample above it is lowered to it. Must be at least `min`. Use it to keep long-tailed token lengths inside the model's context window.
   */
  max?: (number | TemplateString) | null;
  /**
   * Selects the empirical (weighted values) distribution.
   */
  type?: "empirical";
  /**
   * The possible values and their weights, at least one.
   *
   * @minItems 1
   */
  points: [EmpiricalPointInput, ...EmpiricalPointInput[]];
}
/**
 * One bucket of a sequence distribution: an input length, an output length and the share of requests that use them.
 */
export interface SequenceDistributionEntryInput {
  /**
   * Input length of this bucket, in tokens.
   */
  isl: DistributionInput;
  /**
   * Shorthand: with a plain-number `isl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `isl` is already a distribution object.
   */
  islStddev?: (number | TemplateString) | null;
  /**
   * Shorthand: with a plain-number `isl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `isl` is already a distribution object.
   */
  isl_stddev?: (number | TemplateString) | null;
  /**
   * Output length of this bucket, in tokens.
   */
  osl: DistributionInput;
  /**
   * Shorthand: with a plain-number `osl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `osl` is already a distribution object.
   */
  oslStddev?: (number | TemplateString) | null;
  /**
   * Shorthand: with a plain-number `osl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `osl` is already a distribution object.
   */
  osl_stddev?: (number | TemplateString) | null;
  /**
   * Share of requests that use this bucket, in percent (0–100). Write the buckets so they add up to 100; AIPerf divides each by the total when it samples.
   */
  probability: number | TemplateString;
}
/**
 * Shared prompt prefixes for prefix-cache (KV-cache) tests. Use one of two layouts, not both: a pool of prefixes (`poolSize` + `length`), or a two-part system prompt plus per-conversation context (`sharedSystemLength` and/or `userContextLength`).
 */
export interface PrefixPromptsInput {
  /**
   * Number of distinct prefixes generated; each request is prepended with one chosen at random. Fewer prefixes mean more cache hits. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  poolSize?: (number | TemplateString) | null;
  /**
   * Number of distinct prefixes generated; each request is prepended with one chosen at random. Fewer prefixes mean more cache hits. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  pool_size?: (number | TemplateString) | null;
  /**
   * Length of each pooled prefix, in tokens. Used with `poolSize`; the final prompt can be one token off because prefix and prompt are joined. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  length?: (number | TemplateString) | null;
  /**
   * Length in tokens of one system prompt shared by every conversation (expected to stay cached). Cannot be combined with `poolSize`/`length`.
   */
  sharedSystemLength?: (number | TemplateString) | null;
  /**
   * Length in tokens of one system prompt shared by every conversation (expected to stay cached). Cannot be combined with `poolSize`/`length`.
   */
  shared_system_length?: (number | TemplateString) | null;
  /**
   * Length in tokens of a context prompt unique to each dataset entry, sent after the shared system prompt (cached only within its own conversation). Cannot be combined with `poolSize`/`length`.
   */
  userContextLength?: (number | TemplateString) | null;
  /**
   * Length in tokens of a context prompt unique to each dataset entry, sent after the shared system prompt (cached only within its own conversation). Cannot be combined with `poolSize`/`length`.
   */
  user_context_length?: (number | TemplateString) | null;
}
/**
 * Synthetic images added to each request (chat endpoints with vision-language models).
 */
export interface SyntheticImagesInput {
  /**
   * Images per request. 0 (the default) sends no images.
   */
  batchSize?: number | TemplateString;
  /**
   * Images per request. 0 (the default) sends no images.
   */
  batch_size?: number | TemplateString;
  /**
   * Image width in pixels.
   */
  width?: DistributionInput;
  /**
   * Image height in pixels.
   */
  height?: DistributionInput;
  /**
   * Encoding of the generated images; it changes the payload size.
   */
  format?: ImageFormatInput & string;
  /**
   * Where image content comes from: `noise` (random pixels generated on the fly), `assets` (the images bundled with AIPerf), or a path to a folder of images, which are resized to the sampled width and height.
   */
  source?: ImageSourceInput | string;
  /**
   * How images are taken from a finite source (`assets` or a folder). With `noise` only `random-with-replacement` is allowed.
   */
  sourceSampling?: ImageSourceSamplingStrategyInput & string;
  /**
   * How images are taken from a finite source (`assets` or a folder). With `noise` only `random-with-replacement` is allowed.
   */
  source_sampling?: ImageSourceSamplingStrategyInput & string;
}
/**
 * Synthetic audio clips (random noise) added to each request, for speech and audio-language models.
 */
export interface SyntheticAudioInput {
  /**
   * Audio clips per request. 0 (the default) sends no audio.
   */
  batchSize?: number | TemplateString;
  /**
   * Audio clips per request. 0 (the default) sends no audio.
   */
  batch_size?: number | TemplateString;
  /**
   * Clip duration in seconds.
   */
  length?: DistributionInput;
  /**
   * File format of the clips; it changes the payload size, not the sound.
   */
  format?: AudioFormatInput & string;
  /**
   * Sample rates in kHz; each clip uses one picked at random from the list (16 is typical for speech, 44.1 for CD quality).
   */
  sampleRates?: (number | TemplateString)[];
  /**
   * Sample rates in kHz; each clip uses one picked at random from the list (16 is typical for speech, 44.1 for CD quality).
   */
  sample_rates?: (number | TemplateString)[];
  /**
   * Bit depths; each clip uses one picked at random from the list (16 is CD quality).
   */
  depths?: (number | TemplateString)[];
  /**
   * 1 for mono, 2 for stereo (twice the size). Most speech models expect mono.
   */
  channels?: number | TemplateString;
}
/**
 * Synthetic video clips added to each request, for video-understanding models. AIPerf renders them with FFmpeg.
 */
export interface SyntheticVideoInput {
  /**
   * Video clips per request. 0 (the default) sends no video.
   */
  batchSize?: number | TemplateString;
  /**
   * Video clips per request. 0 (the default) sends no video.
   */
  batch_size?: number | TemplateString;
  /**
   * Length of each clip in seconds; frames per clip = `duration` × `fps`.
   */
  duration?: number | TemplateString;
  /**
   * Frames per second. Low rates (the default 4) keep clips small.
   */
  fps?: number | TemplateString;
  /**
   * Frame width in pixels. Unset: the encoder's default.
   */
  width?: (number | TemplateString) | null;
  /**
   * Frame height in pixels. Unset: the encoder's default.
   */
  height?: (number | TemplateString) | null;
  /**
   * Container format of the clips.
   */
  format?: VideoFormatInput & string;
  /**
   * FFmpeg video encoder, e.g. `libvpx-vp9`, `libx264`, `h264_nvenc`. Any encoder the local FFmpeg provides works.
   */
  codec?: string;
  /**
   * What the clips show. The content carries no meaning but changes how well the clips compress.
   */
  synthType?: VideoSynthTypeInput & string;
  /**
   * What the clips show. The content carries no meaning but changes how well the clips compress.
   */
  synth_type?: VideoSynthTypeInput & string;
  /**
   * An optional audio track muxed into each clip. Off unless `audio.channels` is 1 or 2.
   */
  audio?: SyntheticVideoAudioInput;
}
/**
 * Audio track embedded in synthetic video clips: Gaussian noise as long as the clip.
 */
export interface SyntheticVideoAudioInput {
  /**
   * 0 (the default) for no audio track, 1 for mono, 2 for stereo.
   */
  channels?: number | TemplateString;
  /**
   * Sample rate in kHz (8–96).
   */
  sampleRate?: number | TemplateString;
  /**
   * Sample rate in kHz (8–96).
   */
  sample_rate?: number | TemplateString;
  /**
   * Bit depth of the track.
   */
  depth?: 8 | 16 | 24 | 32;
  /**
   * Audio encoder. Unset: chosen to suit the container `format`. Setting it requires `channels` 1 or 2.
   */
  codec?: VideoAudioCodecInput | null;
}
/**
 * Shape of synthetic ranking requests: one query and several passages to rank.
 */
export interface SyntheticRankingsInput {
  /**
   * Passages per request.
   */
  passages?: DistributionInput;
  /**
   * Length of each passage, in tokens.
   */
  passageTokens?: DistributionInput;
  /**
   * Length of each passage, in tokens.
   */
  passage_tokens?: DistributionInput;
  /**
   * Length of the query, in tokens.
   */
  queryTokens?: DistributionInput;
  /**
   * Length of the query, in tokens.
   */
  query_tokens?: DistributionInput;
}
/**
 * Requests read from a local file or folder (`path`) or embedded in the config (`records`), in one of AIPerf's dataset formats, including production traces replayed with their timestamps.
 */
export interface FileDatasetInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string;
  /**
   * Use at most this many records from the source. Unset: all records.
   */
  entries?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a file dataset.
   */
  type?: "file";
  /**
   * File or folder holding the dataset; a relative path is resolved against the config file's folder. Exactly one of `path` and `records` must be set. Folders are read by `random_pool` (one pool per file), `raw_payload` (one conversation per file) and `sagemaker_data_capture`.
   */
  path?: string | null;
  /**
   * The dataset written inline instead of in a file: a list of records, each shaped like one line of the `format`'s JSONL file. For `random_pool` it may also be a map from pool name to a list of records. Exactly one of `path` and `records` must be set. Record contents are passed to AIPerf unchanged.
   */
  records?: (unknown[] | {}) | null;
  /**
   * How the file or records are read. Trace formats with timestamps (mooncake_trace, burst_gpt_trace, bailian_trace, sagemaker_data_capture) suit `fixed_schedule` phases; a `user_centric` phase needs `multi_turn`.
   */
  format?: DatasetFormatInput & string;
  /**
   * Rescales a trace before replay (timing, prefix and prompt lengths). For trace formats with `hash_ids`, such as mooncake_trace.
   */
  synthesis?: SynthesisInput | null;
  /**
   * Upper bound, in seconds, on each wait between turns read from the file (used by `dag_jsonl`), so long recorded pauses do not stall the benchmark. Unset: waits are replayed as recorded.
   */
  interTurnDelayCapSeconds?: (number | TemplateString) | null;
  /**
   * Upper bound, in seconds, on each wait between turns read from the file (used by `dag_jsonl`), so long recorded pauses do not stall the benchmark. Unset: waits are replayed as recorded.
   */
  inter_turn_delay_cap_seconds?: (number | TemplateString) | null;
  /**
   * Output length in tokens for records that do not give their own `output_length`; a record's own value always wins. Unset: such records send no max-tokens limit.
   */
  osl?: DistributionInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Transformations applied to a trace before it is replayed: speed it up or slow it down, and scale its shared prefixes, unique prompt parts and outputs.
 */
export interface SynthesisInput {
  /**
   * Time compression of the trace's timestamps: 2 replays twice as fast, 0.5 at half speed, 1 in real time.
   */
  speedupRatio?: number | TemplateString;
  /**
   * Time compression of the trace's timestamps: 2 replays twice as fast, 0.5 at half speed, 1 in real time.
   */
  speedup_ratio?: number | TemplateString;
  /**
   * Scales the length of the shared prefix blocks (the prefix tree's core branches): 1.5 makes shared prefixes 50 % longer.
   */
  prefixLenMultiplier?: number | TemplateString;
  /**
   * Scales the length of the shared prefix blocks (the prefix tree's core branches): 1.5 makes shared prefixes 50 % longer.
   */
  prefix_len_multiplier?: number | TemplateString;
  /**
   * Number of independent prefix trees the trace's sessions are spread over. Higher values mean more distinct prefixes and fewer cache hits.
   */
  prefixRootMultiplier?: number | TemplateString;
  /**
   * Number of independent prefix trees the trace's sessions are spread over. Higher values mean more distinct prefixes and fewer cache hits.
   */
  prefix_root_multiplier?: number | TemplateString;
  /**
   * Scales the unique (non-shared) part of each prompt: 2 makes it twice as long.
   */
  promptLenMultiplier?: number | TemplateString;
  /**
   * Scales the unique (non-shared) part of each prompt: 2 makes it twice as long.
   */
  prompt_len_multiplier?: number | TemplateString;
  /**
   * Scales each request's output length.
   */
  outputLenMultiplier?: number | TemplateString;
  /**
   * Scales each request's output length.
   */
  output_len_multiplier?: number | TemplateString;
  /**
   * Trace rows whose input length exceeds this many tokens are dropped. Unset: no filter.
   */
  maxIsl?: (number | TemplateString) | null;
  /**
   * Trace rows whose input length exceeds this many tokens are dropped. Unset: no filter.
   */
  max_isl?: (number | TemplateString) | null;
  /**
   * Output lengths above this many tokens are capped to it (the rows are kept). Unset: no cap.
   */
  maxOsl?: (number | TemplateString) | null;
  /**
   * Output lengths above this many tokens are capped to it (the rows are kept). Unset: no cap.
   */
  max_osl?: (number | TemplateString) | null;
}
/**
 * A well-known public corpus that AIPerf downloads (mostly from HuggingFace) and turns into requests.
 */
export interface PublicDatasetInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string;
  /**
   * Use at most this many records from the corpus. Unset: all available records.
   */
  entries?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a public dataset.
   */
  type?: "public";
  /**
   * Which corpus to use. This, not `name`, selects the corpus.
   */
  dataset: PublicDatasetTypeInput;
  /**
   * HuggingFace subset (configuration) to load instead of the corpus's default one, e.g. `sharegpt4o`. Only for corpora served from HuggingFace.
   */
  hfSubset?: string | null;
  /**
   * HuggingFace subset (configuration) to load instead of the corpus's default one, e.g. `sharegpt4o`. Only for corpora served from HuggingFace.
   */
  hf_subset?: string | null;
  /**
   * Corpus-specific filters passed to the loader, name → value. Which keys a corpus understands depends on the corpus.
   */
  filters?: {
    [k: string]: string | undefined;
  } | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Closed-loop load: keep `concurrency` requests in flight and send a new one as soon as one completes, with no rate limit. The usual choice for throughput and latency-under-load measurements. Supports adaptive scale, which searches for the highest concurrency that still meets the phase's `sla`.
 */
export interface ConcurrencyPhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Number of requests kept in flight at once; this is the load level of the phase. With adaptive scale on, it is the upper bound of the search.
   */
  concurrency?: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Selects concurrency-controlled load.
   */
  type: "concurrency";
  /**
   * Turn on adaptive scale: during one run, raise concurrency step by step while the phase's `sla` holds, back off when it fails, then hold the load near the boundary for `adaptiveSustainDuration`. Requires `duration`, `adaptiveSustainDuration` and a non-empty `sla`, and cannot be combined with `concurrencyRamp`. Input also accepts the nested `adaptive_scale: {enabled, …, strategy: {…}}` block, which is flattened into the `adaptive*` fields.
   */
  adaptiveScale?: (boolean | TemplateString) | AdaptiveScaleBlockInput;
  /**
   * Turn on adaptive scale: during one run, raise concurrency step by step while the phase's `sla` holds, back off when it fails, then hold the load near the boundary for `adaptiveSustainDuration`. Requires `duration`, `adaptiveSustainDuration` and a non-empty `sla`, and cannot be combined with `concurrencyRamp`. Input also accepts the nested `adaptive_scale: {enabled, …, strategy: {…}}` block, which is flattened into the `adaptive*` fields.
   */
  adaptive_scale?: (boolean | TemplateString) | AdaptiveScaleBlockInput;
  /**
   * Adaptive scale: how long, in seconds, to hold the load near the discovered boundary once it is found. Required when `adaptiveScale` is true.
   */
  adaptiveSustainDuration?: (number | TemplateString) | null;
  /**
   * Adaptive scale: how long, in seconds, to hold the load near the discovered boundary once it is found. Required when `adaptiveScale` is true.
   */
  adaptive_sustain_duration?: (number | TemplateString) | null;
  /**
   * Adaptive scale: length, in seconds, of each window over which the SLA is evaluated before deciding the next step. Unset: AIPerf chooses the window.
   */
  adaptiveAssessmentPeriod?: (number | TemplateString) | null;
  /**
   * Adaptive scale: length, in seconds, of each window over which the SLA is evaluated before deciding the next step. Unset: AIPerf chooses the window.
   */
  adaptive_assessment_period?: (number | TemplateString) | null;
  /**
   * Adaptive scale: the number of completed requests a window needs before its SLA verdict is trusted; windows with fewer do not change the load.
   */
  adaptiveMinCompletedRequests?: number | TemplateString;
  /**
   * Adaptive scale: the number of completed requests a window needs before its SLA verdict is trusted; windows with fewer do not change the load.
   */
  adaptive_min_completed_requests?: number | TemplateString;
  /**
   * Adaptive scale: the quantity being adjusted. Only `concurrency` is supported today.
   */
  adaptiveControlVariable?: "concurrency";
  /**
   * Adaptive scale: the quantity being adjusted. Only `concurrency` is supported today.
   */
  adaptive_control_variable?: "concurrency";
  /**
   * Adaptive scale: the lowest concurrency the search starts from and never goes below. Must not exceed `concurrency`.
   */
  adaptiveScaleMinConcurrency?: number | TemplateString;
  /**
   * Adaptive scale: the lowest concurrency the search starts from and never goes below. Must not exceed `concurrency`.
   */
  adaptive_scale_min_concurrency?: number | TemplateString;
  /**
   * Adaptive scale: the controller strategy. Only `ramp_until_fail` exists today: increase until the SLA fails, then settle just below.
   */
  adaptiveScaleStrategyType?: "ramp_until_fail";
  /**
   * Adaptive scale: the controller strategy. Only `ramp_until_fail` exists today: increase until the SLA fails, then settle just below.
   */
  adaptive_scale_strategy_type?: "ramp_until_fail";
  /**
   * Adaptive scale: how large each increase is.
   */
  adaptiveScaleStepPolicy?: "sla_margin" | "fixed_percent_step";
  /**
   * Adaptive scale: how large each increase is.
   */
  adaptive_scale_step_policy?: "sla_margin" | "fixed_percent_step";
  /**
   * Adaptive scale, `sla_margin` policy: the smallest concurrency increase per step.
   */
  adaptiveScaleBaseStep?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the smallest concurrency increase per step.
   */
  adaptive_scale_base_step?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the largest step is `adaptiveScaleBaseStep` times this factor.
   */
  adaptiveScaleMaxStepMultiplier?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the largest step is `adaptiveScaleBaseStep` times this factor.
   */
  adaptive_scale_max_step_multiplier?: number | TemplateString;
  /**
   * Adaptive scale, `fixed_percent_step` policy: each step adds this percentage of the current concurrency (25 means +25 %).
   */
  adaptiveScaleStepPercent?: number | TemplateString;
  /**
   * Adaptive scale, `fixed_percent_step` policy: each step adds this percentage of the current concurrency (25 means +25 %).
   */
  adaptive_scale_step_percent?: number | TemplateString;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Request cancellation testing: the client abandons a share of requests after a delay, as real users do when they close a tab, to check that the server frees resources.
 */
export interface CancellationInput {
  /**
   * Percentage of requests to cancel, from 0 to 100 (10 means 10 %, 0.5 means half a percent).
   */
  rate: number | TemplateString;
  /**
   * Seconds to wait after sending a request before cancelling it. 0 cancels right after sending; a value past the prefill time cancels during decoding.
   */
  delay?: number | TemplateString;
}
/**
 * One condition on a metric statistic, such as `time_to_first_token` p99 below 500 ms. The same shape serves phase SLAs (`sla`), phase convergence (`convergence`) and sweep SLA filters (`slaFilters`).
 */
export interface MetricConditionInput {
  /**
   * Name of an AIPerf metric, e.g. `time_to_first_token`, `inter_token_latency`, `request_latency`, `output_token_throughput`, `goodput`. Checked against AIPerf's metric registry.
   */
  metric?: string;
  /**
   * AIPerf's older spelling of `metric` in SLA filters. Use one or the other, not both.
   */
  metricTag?: string | null;
  /**
   * AIPerf's older spelling of `metric` in SLA filters. Use one or the other, not both.
   */
  metric_tag?: string | null;
  /**
   * Which statistic of the metric is compared.
   */
  stat?: MetricStatInput & string;
  /**
   * Comparison between the statistic and `threshold`.
   */
  op: ComparisonOpInput;
  /**
   * The value the statistic is compared with, in the metric's own unit (milliseconds for latencies, tokens/s or requests/s for throughputs).
   */
  threshold: number | TemplateString;
}
/**
 * Compact SLA form: metric name → statistic → comparison → threshold, e.g. `request_latency: {p95: {le: 30000}}`. Each innermost entry becomes one SLA condition; several statistics or comparisons under one metric give several conditions.
 */
export interface SlaShorthandInput {
  /**
   * The statistics checked for this metric, keyed by statistic (`p95`, `avg`, …).
   */
  [k: string]:
    | {
        /**
         * The comparisons for this statistic, keyed by operator (`lt`, `le`, `gt`, `ge`), each with its threshold in the metric's unit.
         */
        [k: string]:
          | {
              /**
               * Threshold in the metric's own unit (milliseconds for latencies).
               */
              [k: string]: number | TemplateString | undefined;
            }
          | undefined;
      }
    | undefined;
}
/**
 * State this phase inherits from an earlier phase. The source must be an ancestor in the DAG (reachable through `dependsOn`).
 */
export interface CarryOverInput {
  /**
   * Name of the ancestor phase whose state is reused. If it did not succeed, this phase is skipped.
   */
  from: PhaseNameInput;
  /**
   * Which kinds of state are carried over.
   *
   * @minItems 1
   *
   * Items: One kind of carried-over state.
   */
  state: ["kv_cache" | "prompt_cache" | "scheduler_state", ...("kv_cache" | "prompt_cache" | "scheduler_state")[]];
}
/**
 * Nested form of the adaptive scale settings, as written in AIPerf's docs. The loader flattens it into the phase's `adaptiveScale` / `adaptive*` fields (and `sla`).
 */
export interface AdaptiveScaleBlockInput {
  /**
   * Turn adaptive scale on or off. Absent: on (writing the block enables it).
   */
  enabled?: (boolean | TemplateString) | null;
  /**
   * Becomes `adaptiveControlVariable`: the quantity being adjusted; only `concurrency` today.
   */
  controlVariable?: "concurrency" | null;
  /**
   * Becomes `adaptiveControlVariable`: the quantity being adjusted; only `concurrency` today.
   */
  control_variable?: "concurrency" | null;
  /**
   * Becomes `adaptiveScaleMinConcurrency`: the lowest concurrency of the search.
   */
  minConcurrency?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMinConcurrency`: the lowest concurrency of the search.
   */
  min_concurrency?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveAssessmentPeriod`: the SLA evaluation window, in seconds.
   */
  assessmentPeriod?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveAssessmentPeriod`: the SLA evaluation window, in seconds.
   */
  assessment_period?: (number | TemplateString) | null;
  /**
   * Another spelling of `assessmentPeriod`. Use one or the other, not both.
   */
  window?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveMinCompletedRequests`: completed requests a window needs before it can decide.
   */
  minCompletedRequests?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveMinCompletedRequests`: completed requests a window needs before it can decide.
   */
  min_completed_requests?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveSustainDuration`: how long, in seconds, to hold the load near the boundary.
   */
  sustainDuration?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveSustainDuration`: how long, in seconds, to hold the load near the boundary.
   */
  sustain_duration?: (number | TemplateString) | null;
  /**
   * The controller strategy and its step settings.
   */
  strategy?: AdaptiveScaleStrategyBlockInput | null;
  /**
   * Becomes the phase's `sla` (list or compact form). Set the SLA here or on the phase, not both.
   */
  sla?: (MetricConditionInput[] | SlaShorthandInput) | null;
}
/**
 * The `strategy` part of the nested adaptive scale block; each key becomes the matching `adaptiveScale*` phase field.
 */
export interface AdaptiveScaleStrategyBlockInput {
  /**
   * Becomes `adaptiveScaleStrategyType`; only `ramp_until_fail` today.
   */
  type?: "ramp_until_fail" | null;
  /**
   * Becomes `adaptiveScaleStepPolicy`: `sla_margin` or `fixed_percent_step`.
   */
  stepPolicy?: ("sla_margin" | "fixed_percent_step") | null;
  /**
   * Becomes `adaptiveScaleStepPolicy`: `sla_margin` or `fixed_percent_step`.
   */
  step_policy?: ("sla_margin" | "fixed_percent_step") | null;
  /**
   * Becomes `adaptiveScaleBaseStep`: the smallest increase per step (`sla_margin`).
   */
  baseStep?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleBaseStep`: the smallest increase per step (`sla_margin`).
   */
  base_step?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMaxStepMultiplier`: the largest step as a multiple of the base step (`sla_margin`).
   */
  maxStepMultiplier?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMaxStepMultiplier`: the largest step as a multiple of the base step (`sla_margin`).
   */
  max_step_multiplier?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleStepPercent`: percentage of current concurrency added per step (`fixed_percent_step`).
   */
  stepPercent?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleStepPercent`: percentage of current concurrency added per step (`fixed_percent_step`).
   */
  step_percent?: (number | TemplateString) | null;
}
/**
 * Open-loop load at an average of `rate` requests per second with Poisson arrivals (exponentially distributed gaps), the usual model of independent users. Requests are sent on schedule whether or not earlier ones have completed, up to the optional `concurrency` cap.
 */
export interface PoissonPhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects Poisson-distributed arrivals at `rate`.
   */
  type: "poisson";
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Open-loop load at an average of `rate` requests per second with gamma-distributed gaps, whose regularity is tuned by `smoothness`. Matches vLLM's `burstiness` setting (same value, same distribution).
 */
export interface GammaPhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects gamma-distributed arrivals at `rate`.
   */
  type: "gamma";
  /**
   * Shape of the gamma distribution of gaps between requests: 1.0 is equivalent to Poisson, below 1 is burstier (clustered arrivals), above 1 is more regular. Unset: 1.0.
   */
  smoothness?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Open-loop load at exactly `rate` requests per second with equal gaps (1 / rate seconds). Useful for controlled, jitter-free rate tests.
 */
export interface ConstantPhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects constant-rate arrivals at `rate`.
   */
  type: "constant";
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * `users` simulated users share the global `rate`: each user waits for its previous turn before sending the next, with a gap of `users` / `rate` seconds, as LMBenchmark does for KV-cache studies. Needs a multi-turn dataset; `sessions` and `requests`, when set, must each be at least `users` so every user gets work.
 */
export interface UserCentricPhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects user-centric load: `users` users sharing `rate`.
   */
  type: "user_centric";
  /**
   * Number of simulated concurrent users. Each user runs its sessions one turn at a time; together they produce `rate` requests per second.
   */
  users: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Replay a trace dataset, sending each request at its recorded timestamp. No stop condition is needed: the phase ends when the trace (or the window set by `startOffset` / `endOffset`) is exhausted. The dataset must be a file dataset with sequential sampling.
 */
export interface FixedSchedulePhaseInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Selects trace replay at recorded timestamps.
   */
  type: "fixed_schedule";
  /**
   * Shift the trace so its earliest timestamp becomes 0 and replay starts immediately. Must be false when `startOffset` is set.
   */
  autoOffset?: boolean | TemplateString;
  /**
   * Shift the trace so its earliest timestamp becomes 0 and replay starts immediately. Must be false when `startOffset` is set.
   */
  auto_offset?: boolean | TemplateString;
  /**
   * Skip trace entries before this timestamp, in integer milliseconds of trace time (not a duration string). Requires `autoOffset: false`; must not exceed `endOffset`. Unset: start at the beginning of the trace.
   */
  startOffset?: (number | TemplateString) | null;
  /**
   * Skip trace entries before this timestamp, in integer milliseconds of trace time (not a duration string). Requires `autoOffset: false`; must not exceed `endOffset`. Unset: start at the beginning of the trace.
   */
  start_offset?: (number | TemplateString) | null;
  /**
   * Skip trace entries after this timestamp, in integer milliseconds of trace time (not a duration string). Unset: replay to the end of the trace.
   */
  endOffset?: (number | TemplateString) | null;
  /**
   * Skip trace entries after this timestamp, in integer milliseconds of trace time (not a duration string). Unset: replay to the end of the trace.
   */
  end_offset?: (number | TemplateString) | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Output settings. When left out, results go to `./artifacts` with the JSON summary, the per-request JSONL records and the CSV summary.
 */
export interface ArtifactsInput {
  /**
   * Folder that receives every result file, created if missing. A relative path is relative to the working directory AIPerf runs in.
   */
  dir?: string;
  /**
   * Base file name for all exports instead of the historical names: with `foo` you get `foo.csv`, `foo.json`, `foo.jsonl`, `foo_raw.jsonl`, `foo_timeslices.csv`, `foo_gpu_telemetry.jsonl`, `foo_server_metrics.json` and so on. A known export suffix at the end (`_raw.jsonl`, `.json`, ...) is stripped first. When unset, files are named `profile_export_aiperf.json`, `profile_export.jsonl`, etc.
   */
  prefix?: string | null;
  /**
   * Formats of the summary export (aggregate statistics per metric), or `false` to skip the JSON summary file. `json` is the only format; the CSV summary is written regardless. An empty list is rejected: use `false`.
   */
  summary?: ["json", ..."json"[]] | false;
  /**
   * Formats of the per-request records export (one line of metrics per request), or `false` to skip it. `jsonl` is the only format. An empty list is rejected: use `false`.
   */
  records?: ["jsonl", ..."jsonl"[]] | false;
  /**
   * Also write every raw request and response payload to a JSONL file (`profile_export_raw.jsonl`). Useful for debugging; the file can be large.
   */
  raw?: boolean | TemplateString;
  /**
   * Record detailed HTTP timing traces for every request (DNS, connect, send, time to first byte, receive) in the exports.
   */
  trace?: boolean | TemplateString;
  /**
   * Include list-valued per-chunk metrics (such as every inter-chunk latency of a streamed response) in the records export. Off unless set, to keep record files small. Accepted by newer AIPerf versions only.
   */
  perChunkData?: (boolean | TemplateString) | null;
  /**
   * Include list-valued per-chunk metrics (such as every inter-chunk latency of a streamed response) in the records export. Off unless set, to keep record files small. Accepted by newer AIPerf versions only.
   */
  per_chunk_data?: (boolean | TemplateString) | null;
  /**
   * Length of the time slices, in seconds, for per-slice statistics written to the `_timeslices` exports, to see how metrics evolve during a run. Accepts durations such as `30s` or `5m`. When unset, no time slicing is done.
   */
  sliceDuration?: (number | DurationString | TemplateString) | null;
  /**
   * Length of the time slices, in seconds, for per-slice statistics written to the `_timeslices` exports, to see how metrics evolve during a run. Accepts durations such as `30s` or `5m`. When unset, no time slicing is done.
   */
  slice_duration?: (number | DurationString | TemplateString) | null;
  /**
   * Print the HTTP timing breakdown (blocked, DNS, connecting, sending, waiting, receiving, total) in the console summary.
   */
  showTraceTiming?: boolean | TemplateString;
  /**
   * Print the HTTP timing breakdown (blocked, DNS, connecting, sending, waiting, receiving, total) in the console summary.
   */
  show_trace_timing?: boolean | TemplateString;
  /**
   * Files of your own written into the run folder before the benchmark starts, such as a run manifest for a dashboard. Their content may use `{{ ... }}`, which is rendered when the files are written, not when the config is loaded.
   */
  userFiles?: UserFileInput[];
  /**
   * Files of your own written into the run folder before the benchmark starts, such as a run manifest for a dashboard. Their content may use `{{ ... }}`, which is rendered when the files are written, not when the config is loaded.
   */
  user_files?: UserFileInput[];
  /**
   * Run `aiperf plot` on the results folder when the benchmark finishes. Setting the root `plot:` key turns this on unless it is explicitly `false`.
   */
  autoPlot?: boolean | TemplateString;
  /**
   * Run `aiperf plot` on the results folder when the benchmark finishes. Setting the root `plot:` key turns this on unless it is explicitly `false`.
   */
  auto_plot?: boolean | TemplateString;
  /**
   * Make a failed auto-plot fail the run (non-zero exit). When false, a plotting error is only a warning. Only meaningful with `autoPlot`.
   */
  plotRequired?: boolean | TemplateString;
  /**
   * Make a failed auto-plot fail the run (non-zero exit). When false, a plotting error is only a warning. Only meaningful with `autoPlot`.
   */
  plot_required?: boolean | TemplateString;
  /**
   * Also write the generated response texts to `outputs.json` after the run.
   */
  exportOutputsJson?: boolean | TemplateString;
  /**
   * Also write the generated response texts to `outputs.json` after the run.
   */
  export_outputs_json?: boolean | TemplateString;
}
/**
 * One file written into the run folder before the benchmark starts. Its content is rendered with Jinja against the config's `variables` and run information (job name, epoch, artifact folder, model, endpoint URL, ...).
 */
export interface UserFileInput {
  /**
   * Where to write the file, relative to the run folder. Subfolders are allowed; absolute paths and `..` segments are rejected.
   */
  path: string;
  /**
   * How `content` is written. When unset: `text` if the content is a string, `json` otherwise.
   */
  format?: ("json" | "yaml" | "text") | null;
  /**
   * What the file contains: a mapping, list or scalar for `json`/`yaml`, a string for `text`. Any string inside may use `{{ ... }}`; keys are yours and are kept verbatim.
   */
  content: unknown;
}
/**
 * The HuggingFace tokenizer used for token counts (ISL/OSL, throughput in tokens) and to build synthetic prompts of exact lengths. It should match the served model, or token counts will be off.
 */
export interface TokenizerInput {
  /**
   * HuggingFace tokenizer id, local folder, or `builtin` (a tiktoken-based tokenizer that needs no network access). When unset, the first model's name is used; AIPerf switches to `builtin` with a warning for obvious placeholder model names such as `mock-model`.
   */
  name?: string | null;
  /**
   * Branch, tag or commit of the tokenizer repository. Pin a commit for reproducible token counts.
   */
  revision?: string;
  /**
   * Allow the tokenizer repository to run its own Python code. Some models need it; enable it only for sources you trust.
   */
  trustRemoteCode?: boolean | TemplateString;
  /**
   * Allow the tokenizer repository to run its own Python code. Some models need it; enable it only for sources you trust.
   */
  trust_remote_code?: boolean | TemplateString;
}
/**
 * Kubernetes discovery of inference-server metrics endpoints. A pod qualifies when it carries the Dynamo label `nvidia.com/metrics-enabled=true`, the annotation `aiperf.nvidia.com/metrics-paths`, runs a known inference-server image, or matches `labelSelector`.
 */
export interface ServerMetricsDiscoveryInput {
  /**
   * Whether to look for endpoints in Kubernetes. `labelSelector` and `namespace` are only allowed when it is not `disabled`.
   */
  mode?: ServerMetricsDiscoveryModeInput & string;
  /**
   * Kubernetes label selector of extra pods to scrape, on top of the built-in detection.
   */
  labelSelector?: string | null;
  /**
   * Kubernetes label selector of extra pods to scrape, on top of the built-in detection.
   */
  label_selector?: string | null;
  /**
   * Kubernetes namespace to search. When unset, all namespaces are searched.
   */
  namespace?: string | null;
}
/**
 * Network round-trip calibration: AIPerf measures the TCP handshake time to the endpoint (or takes `meanMs`) and reports extra `network_adjusted_*` latency metrics with that time subtracted. The unadjusted metrics are kept. Off by default.
 */
export interface NetworkLatencyInput {
  /**
   * Measure the network round trip and report network-adjusted latencies.
   */
  enabled?: boolean | TemplateString;
  /**
   * Seconds between round-trip probes during profiling. When unset, AIPerf probes once per second (its environment setting `AIPERF_NETWORK_LATENCY_DEFAULT_PROBE_INTERVAL`). Ignored when `meanMs` is set.
   */
  pingInterval?: (number | TemplateString) | null;
  /**
   * Seconds between round-trip probes during profiling. When unset, AIPerf probes once per second (its environment setting `AIPERF_NETWORK_LATENCY_DEFAULT_PROBE_INTERVAL`). Ignored when `meanMs` is set.
   */
  ping_interval?: (number | TemplateString) | null;
  /**
   * A fixed round-trip time in milliseconds to subtract, instead of measuring it. No probes are sent when this is set.
   */
  meanMs?: (number | TemplateString) | null;
  /**
   * A fixed round-trip time in milliseconds to subtract, instead of measuring it. No probes are sent when this is set.
   */
  mean_ms?: (number | TemplateString) | null;
}
/**
 * Streaming of metric and timing records to an OpenTelemetry collector while the benchmark runs. Active when `metricsUrl` is set.
 */
export interface OTelInput {
  /**
   * OTLP/HTTP metrics endpoint of the collector. Setting it turns streaming on.
   */
  metricsUrl?: string | null;
  /**
   * OTLP/HTTP metrics endpoint of the collector. Setting it turns streaming on.
   */
  metrics_url?: string | null;
  /**
   * Stream per-request metric records.
   */
  streamMetricsEnabled?: boolean | TemplateString;
  /**
   * Stream per-request metric records.
   */
  stream_metrics_enabled?: boolean | TemplateString;
  /**
   * Stream request timing records.
   */
  streamTimingEnabled?: boolean | TemplateString;
  /**
   * Stream request timing records.
   */
  stream_timing_enabled?: boolean | TemplateString;
  /**
   * Extra OpenTelemetry resource attributes attached to everything sent, name to value.
   */
  customResourceAttributes?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra OpenTelemetry resource attributes attached to everything sent, name to value.
   */
  custom_resource_attributes?: {
    [k: string]: string | undefined;
  };
  /**
   * Value reported as the GenAI provider in the OpenTelemetry semantic conventions, overriding the one derived from the endpoint.
   */
  genAiProvider?: string | null;
  /**
   * Value reported as the GenAI provider in the OpenTelemetry semantic conventions, overriding the one derived from the endpoint.
   */
  gen_ai_provider?: string | null;
}
/**
 * Upload of results and artifacts to an MLflow tracking server after the run. Active when `trackingUri` is set.
 */
export interface MLflowInput {
  /**
   * MLflow tracking server URI. Setting it turns the upload on.
   */
  trackingUri?: string | null;
  /**
   * MLflow tracking server URI. Setting it turns the upload on.
   */
  tracking_uri?: string | null;
  /**
   * MLflow experiment the run is logged under.
   */
  experiment?: string;
  /**
   * Name of the MLflow run. When unset, MLflow generates one.
   */
  runName?: string | null;
  /**
   * Name of the MLflow run. When unset, MLflow generates one.
   */
  run_name?: string | null;
  /**
   * Tags attached to the MLflow run, name to value. You may also write them as one `key:value,key2:value2` string or as a list of `key:value` strings or `[key, value]` pairs.
   */
  tags?:
    | (
        | {
            [k: string]: string | undefined;
          }
        | string
        | (string | [string | number | boolean, string | number | boolean])[]
      )
    | null;
  /**
   * ID of an existing MLflow run to nest this run under.
   */
  parentRunId?: string | null;
  /**
   * ID of an existing MLflow run to nest this run under.
   */
  parent_run_id?: string | null;
  /**
   * Glob patterns, relative to the results folder, of the files to upload. When unset, the JSON, CSV, JSONL and Parquet exports, time-slice files and plot images are uploaded.
   */
  artifactGlobs?: string[] | null;
  /**
   * Glob patterns, relative to the results folder, of the files to upload. When unset, the JSON, CSV, JSONL and Parquet exports, time-slice files and plot images are uploaded.
   */
  artifact_globs?: string[] | null;
}
/**
 * Upload of results to Weights & Biases after the run. Active when `project` is set; `entity`, `runName` and `tags` need `project`.
 */
export interface WandbInput {
  /**
   * Weights & Biases project name. Setting it turns the upload on.
   */
  project?: string | null;
  /**
   * Team or user that owns the project. When unset, the default entity of the API key is used.
   */
  entity?: string | null;
  /**
   * Name of the Weights & Biases run. When unset, one is generated.
   */
  runName?: string | null;
  /**
   * Name of the Weights & Biases run. When unset, one is generated.
   */
  run_name?: string | null;
  /**
   * Tags attached to the run.
   */
  tags?: string[] | null;
}
/**
 * Execution settings of AIPerf's own processes. They change how load is generated and shown, not what is measured; the defaults suit a single machine.
 */
export interface RuntimeInput {
  /**
   * Console user interface. The dashboard cannot be combined with a sweep when set explicitly; use `simple` or `none` in sweeps and in CI.
   */
  ui?: RuntimeUiInput & string;
  /**
   * Total number of worker processes that send requests (the upper bound when `workersMin` is set). When unset, it is derived from the number of CPU cores.
   */
  workers?: (number | TemplateString) | null;
  /**
   * Total number of processes that turn responses into metric records. When unset, it is derived from the number of CPU cores.
   */
  recordProcessors?: (number | TemplateString) | null;
  /**
   * Total number of processes that turn responses into metric records. When unset, it is derived from the number of CPU cores.
   */
  record_processors?: (number | TemplateString) | null;
  /**
   * How AIPerf's services are started. Under the Kubernetes operator this is set for you; do not set it in a custom resource.
   */
  serviceRunType?: ServiceRunTypeInput & string;
  /**
   * How AIPerf's services are started. Under the Kubernetes operator this is set for you; do not set it in a custom resource.
   */
  service_run_type?: ServiceRunTypeInput & string;
  /**
   * Transport between AIPerf's own services. When unset, IPC sockets under `/tmp/aiperf` are used, which suits a single machine.
   */
  communication?: CommunicationInput | null;
  /**
   * Port of AIPerf's own HTTP/WebSocket API for live metrics and control. When unset, the API server is not started.
   */
  apiPort?: (number | TemplateString) | null;
  /**
   * Port of AIPerf's own HTTP/WebSocket API for live metrics and control. When unset, the API server is not started.
   */
  api_port?: (number | TemplateString) | null;
  /**
   * Address the API server binds to. Requires `apiPort`.
   */
  apiHost?: string | null;
  /**
   * Address the API server binds to. Requires `apiPort`.
   */
  api_host?: string | null;
  /**
   * URL from which worker pods download the dataset from the controller pod in Kubernetes mode. The operator sets it; do not set it yourself.
   */
  datasetApiBaseUrl?: string | null;
  /**
   * URL from which worker pods download the dataset from the controller pod in Kubernetes mode. The operator sets it; do not set it yourself.
   */
  dataset_api_base_url?: string | null;
  /**
   * Worker processes per Kubernetes worker pod (Kubernetes mode only); `workers` remains the cluster-wide total. Ignored when running locally.
   */
  workersPerPod?: (number | TemplateString) | null;
  /**
   * Worker processes per Kubernetes worker pod (Kubernetes mode only); `workers` remains the cluster-wide total. Ignored when running locally.
   */
  workers_per_pod?: (number | TemplateString) | null;
  /**
   * Record processors per Kubernetes worker pod (Kubernetes mode only); `recordProcessors` remains the cluster-wide total. Ignored when running locally.
   */
  recordProcessorsPerPod?: (number | TemplateString) | null;
  /**
   * Record processors per Kubernetes worker pod (Kubernetes mode only); `recordProcessors` remains the cluster-wide total. Ignored when running locally.
   */
  record_processors_per_pod?: (number | TemplateString) | null;
  /**
   * Number of workers to start with when workers are ramped up adaptively; `workers` is the maximum.
   */
  workersMin?: (number | TemplateString) | null;
  /**
   * Number of workers to start with when workers are ramped up adaptively; `workers` is the maximum.
   */
  workers_min?: (number | TemplateString) | null;
}
/**
 * Unix-domain sockets: the fastest option, for services that all run on one machine.
 */
export interface IpcCommunicationInput {
  /**
   * Selects IPC sockets.
   */
  type: "ipc";
  /**
   * Folder where the socket files are created.
   */
  path?: string;
}
/**
 * TCP sockets, for services spread over several machines.
 */
export interface TcpCommunicationInput {
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  recordsPort?: number | TemplateString;
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  records_port?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  creditRouterPort?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  credit_router_port?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  controlPort?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  control_port?: number | TemplateString;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  eventBusProxy?: TcpProxyInput | null;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  event_bus_proxy?: TcpProxyInput | null;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  datasetManagerProxy?: TcpProxyInput;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  dataset_manager_proxy?: TcpProxyInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  rawInferenceProxy?: TcpProxyInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  raw_inference_proxy?: TcpProxyInput;
  /**
   * Selects TCP sockets.
   */
  type: "tcp";
  /**
   * Address the services bind to and connect to. Use a reachable address for multi-machine runs; `0.0.0.0` listens on every interface.
   */
  host?: string;
}
/**
 * The two TCP ports of one message proxy.
 */
export interface TcpProxyInput {
  /**
   * Port the proxy's producers connect to.
   */
  frontendPort?: number | TemplateString;
  /**
   * Port the proxy's producers connect to.
   */
  frontend_port?: number | TemplateString;
  /**
   * Port the proxy's consumers connect to.
   */
  backendPort?: number | TemplateString;
  /**
   * Port the proxy's consumers connect to.
   */
  backend_port?: number | TemplateString;
}
/**
 * IPC for services in the controller pod plus TCP for worker pods, as used on Kubernetes. Services use TCP to `controllerHost` when it is set, IPC otherwise.
 */
export interface DualCommunicationInput {
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  recordsPort?: number | TemplateString;
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  records_port?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  creditRouterPort?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  credit_router_port?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  controlPort?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  control_port?: number | TemplateString;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  eventBusProxy?: TcpProxyInput | null;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  event_bus_proxy?: TcpProxyInput | null;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  datasetManagerProxy?: TcpProxyInput;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  dataset_manager_proxy?: TcpProxyInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  rawInferenceProxy?: TcpProxyInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  raw_inference_proxy?: TcpProxyInput;
  /**
   * Selects dual binding (IPC and TCP).
   */
  type: "dual";
  /**
   * Folder of the IPC socket files used by local services.
   */
  ipcPath?: string;
  /**
   * Folder of the IPC socket files used by local services.
   */
  ipc_path?: string;
  /**
   * Address the TCP proxies bind to; `0.0.0.0` listens on every interface.
   */
  tcpHost?: string;
  /**
   * Address the TCP proxies bind to; `0.0.0.0` listens on every interface.
   */
  tcp_host?: string;
  /**
   * Host name of the controller that remote services connect to over TCP (in Kubernetes, the controller's service DNS name). When unset, services connect over IPC.
   */
  controllerHost?: string | null;
  /**
   * Host name of the controller that remote services connect to over TCP (in Kubernetes, the controller's service DNS name). When unset, services connect over IPC.
   */
  controller_host?: string | null;
}
/**
 * Log output settings.
 */
export interface LoggingInput {
  /**
   * Lowest severity that is logged.
   */
  level?: LogLevelInput & string;
}
/**
 * Accuracy evaluation: AIPerf sends the questions of a standard benchmark through the endpoint and grades the answers, alongside the performance metrics. `benchmark` selects the suite; the other fields are only allowed together with it.
 */
export interface AccuracyInput {
  /**
   * The accuracy suite to run. Setting it turns accuracy evaluation on.
   */
  benchmark?: AccuracyBenchmarkInput | null;
  /**
   * Subsets of the suite to evaluate (for MMLU, subject names). When unset, every task runs. A comma-separated string is accepted too.
   */
  tasks?: (string[] | string) | null;
  /**
   * Number of solved examples put in the prompt before each question (0 = zero-shot, at most 32). When unset, the suite's own default is used (e.g. 5 for MMLU).
   */
  nShots?: (number | TemplateString) | null;
  /**
   * Number of solved examples put in the prompt before each question (0 = zero-shot, at most 32). When unset, the suite's own default is used (e.g. 5 for MMLU).
   */
  n_shots?: (number | TemplateString) | null;
  /**
   * Ask the model to reason step by step (chain of thought) before answering. When unset, the suite's default applies (on for AIME, for example).
   */
  enableCot?: (boolean | TemplateString) | null;
  /**
   * Ask the model to reason step by step (chain of thought) before answering. When unset, the suite's default applies (on for AIME, for example).
   */
  enable_cot?: (boolean | TemplateString) | null;
  /**
   * Grader that scores the answers, replacing the suite's default grader.
   */
  grader?: AccuracyGraderInput | null;
  /**
   * System prompt used for the accuracy questions, replacing any prompt the suite defines.
   */
  systemPrompt?: string | null;
  /**
   * System prompt used for the accuracy questions, replacing any prompt the suite defines.
   */
  system_prompt?: string | null;
  /**
   * Print the grading of every single question.
   */
  verbose?: boolean | TemplateString;
}
/**
 * Runs every combination of the listed values (the Cartesian product). Paths are sorted alphabetically before the product is formed, so the order of variations follows the path names, not the order written.
 */
export interface GridSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iterationOrder?: SweepIterationOrderInput & string;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iteration_order?: SweepIterationOrderInput & string;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  sameSeed?: boolean | TemplateString;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  same_seed?: boolean | TemplateString;
  /**
   * Selects the grid sweep. It is the default when `type` is left out.
   */
  type?: "grid";
  /**
   * The settings to vary: path → list of values. The number of variations is the product of the list lengths.
   */
  parameters: SweepParametersInput;
}
/**
 * A post-aggregation handler of an AIPerf search recipe, and the report it writes.
 */
export interface SweepPostProcessInput {
  /**
   * Name of a registered post-process handler (AIPerf plugin category `search_recipe_post_process`).
   */
  handler: string;
  /**
   * Parameters passed to the handler as they are; their shape depends on the handler.
   */
  params?: {
    [k: string]: unknown | undefined;
  };
  /**
   * File name of the handler's report, written to `sweep_aggregate/` in the artifact folder. Must end in `.json` and contain no `/` or `\`.
   */
  outputFilename?: string;
  /**
   * File name of the handler's report, written to `sweep_aggregate/` in the artifact folder. Must end in `.json` and contain no `/` or `\`.
   */
  output_filename?: string;
}
/**
 * Path → non-empty list of values. A path is dotted from inside `benchmark` (do not write the `benchmark.` prefix): `phases.profiling.concurrency`, `datasets.default.prompts.isl`, `endpoint.extra.temperature`. A segment after a list picks the entry with that `name` (or its position, `phases.1.rate`); `dataset.X` means the only dataset. The bare names `concurrency`, `prefill_concurrency`, `rate`, `requests`, `duration`, `sessions`, `users`, `smoothness`, `grace_period`, `concurrency_ramp`, `prefill_ramp` and `rate_ramp` are short for `phases.profiling.<name>` (with no phase named `profiling`, the single profiling phase). `variables.<name>` sets a root variable, and every `{{ }}` expression is evaluated again per variation. Paths may not start with `sweep`, `multi_run` or `random_seed`.
 */
export interface SweepParametersInput {
  /**
   * @minItems 1
   */
  [k: string]: [unknown, ...unknown[]] | undefined;
}
/**
 * Varies several settings in lock-step: variation i takes the i-th value of every list, so all lists must have the same length. Use it for paired values such as input and output lengths, without the growth of a grid.
 */
export interface ZipSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iterationOrder?: SweepIterationOrderInput & string;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iteration_order?: SweepIterationOrderInput & string;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  sameSeed?: boolean | TemplateString;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  same_seed?: boolean | TemplateString;
  /**
   * Selects the zip (lock-step) sweep.
   */
  type?: "zip";
  /**
   * The settings to vary: path → list of values, all lists of the same length (the number of variations). Paths are sorted alphabetically, as in a grid.
   */
  parameters: SweepParametersInput;
}
/**
 * A hand-written list of runs. Each run's `benchmark` and `variables` are deep-merged over the base config: mappings merge key by key, lists of named entries (phases, datasets) merge by `name` (a new name is appended), other values are replaced, and a distribution written in a different form replaces the base one.
 */
export interface ScenariosSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iterationOrder?: SweepIterationOrderInput & string;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iteration_order?: SweepIterationOrderInput & string;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  sameSeed?: boolean | TemplateString;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  same_seed?: boolean | TemplateString;
  /**
   * Selects the scenarios sweep.
   */
  type?: "scenarios";
  /**
   * The runs, in order; each one is a variation. Run names must be unique.
   *
   * @minItems 1
   */
  runs: [SweepRunInput, ...SweepRunInput[]];
}
/**
 * One run of a scenarios sweep: overrides merged over the base config. Body fields go under `benchmark:`.
 */
export interface SweepRunInput {
  /**
   * Name of the run, used as its label and result folder; unique within the sweep. It may not contain `/`, `\` or `..`, nor consist only of dots. Without a name the run is called `scenario_<index>`.
   */
  name?: string | null;
  /**
   * Variables for this run, deep-merged over the root `variables`.
   */
  variables?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * Overrides of the benchmark body for this run: any part of `benchmark`, deep-merged over the base. Phases and datasets are matched by `name`; a singular `dataset:` applies to the base's only dataset.
   */
  benchmark?: BenchmarkPartialInput | null;
  /**
   * The values that identify this run in result tables and aggregate reports (a flat map of scalars). Without it, the run's overrides themselves are reported.
   */
  values?: {
    [k: string]: string | number | boolean | null | undefined;
  } | null;
}
/**
 * One benchmark: the models and endpoint under test, the datasets that supply requests, the phases that generate load, and everything collected around them. `models`, `endpoint`, `datasets` and `phases` are required, each also reachable through a shorthand (`model`, `dataset`, `warmup`/`profiling`).
 */
export interface BenchmarkPartialInput {
  /**
   * The model(s) requests are sent to and how a request picks one. You may write one model name or a list of names instead of the full block; each name becomes an item and the strategy is `round_robin`.
   */
  models?: (ModelsPartialInput | [string, ...string[]] | string) | null;
  /**
   * Shorthand for `models`: one model name or a list of names. Cannot be combined with `models`.
   */
  model?: (string | [string, ...string[]]) | null;
  /**
   * The inference server: URLs, API type, streaming, timeouts, headers and extra request fields. Phases use it unless per-phase endpoints are enabled (see `endpointProfiles`).
   */
  endpoint?: EndpointPartialInput | null;
  /**
   * Named sources of requests, at least one: synthetic prompts, a file (or inline records) or a public dataset. Several datasets are allowed; each phase picks one with its `dataset` field (with a single dataset, every phase uses it; with several, a phase without `dataset` uses the one named `default`). AIPerf itself still runs only one dataset per benchmark.
   */
  datasets?: [DatasetPartialInput, ...DatasetPartialInput[]] | null;
  /**
   * Shorthand for a single dataset: it becomes the one entry of `datasets`, named `default` unless it sets its own `name`. Cannot be combined with `datasets`.
   */
  dataset?: DatasetPartialInput | null;
  /**
   * The load phases, each with a unique `name`. By default they run one after another in list order; `dependsOn`, `when` and `maxParallel` turn the list into a graph. At least one phase must be of kind `profiling` (only those count in results). A single phase mapping (one that has `type`) is accepted too and becomes one phase named `profiling`.
   */
  phases?: ([PhasePartialInput, ...PhasePartialInput[]] | PhasePartialInput) | null;
  /**
   * Shorthand for a warmup phase: it becomes the first entry of `phases`, named `warmup` (excluded from results). Needs `profiling` and cannot be combined with `phases`.
   */
  warmup?: PhasePartialInput | null;
  /**
   * Shorthand for the measured phase: it becomes the entry of `phases` named `profiling` (after `warmup` when both are given). Cannot be combined with `phases`.
   */
  profiling?: PhasePartialInput | null;
  /**
   * Output folder, export formats, time slices, auto-plotting and your own files written with the results.
   */
  artifacts?: ArtifactsPartialInput;
  /**
   * Service-level objectives for goodput: metric name to threshold, in the metric's own unit (milliseconds for latencies, tokens/s for throughputs). A request counts as good only if it meets every threshold; `goodput` is the rate of good requests. Metric names are checked against AIPerf's metric registry.
   */
  slos?: {
    [k: string]: number | TemplateString | undefined;
  } | null;
  /**
   * Tokenizer used to count tokens and to build prompts of the requested lengths. When left out, the first model's name is used as the tokenizer.
   */
  tokenizer?: TokenizerPartialInput;
  /**
   * GPU metrics collected during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  gpuTelemetry?: GpuTelemetryPartialInput;
  /**
   * GPU metrics collected during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  gpu_telemetry?: GpuTelemetryPartialInput;
  /**
   * Inference-server Prometheus metrics scraped during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  serverMetrics?: ServerMetricsPartialInput;
  /**
   * Inference-server Prometheus metrics scraped during the run (on by default). A bare URL string is accepted as the metrics URL.
   */
  server_metrics?: ServerMetricsPartialInput;
  /**
   * Network round-trip calibration that adds network-adjusted latency metrics (off by default).
   */
  networkLatency?: NetworkLatencyPartialInput;
  /**
   * Network round-trip calibration that adds network-adjusted latency metrics (off by default).
   */
  network_latency?: NetworkLatencyPartialInput;
  /**
   * Streaming of metrics to an OpenTelemetry collector during the run.
   */
  otel?: OTelPartialInput | null;
  /**
   * Upload of results to an MLflow tracking server after the run.
   */
  mlflow?: MLflowPartialInput | null;
  /**
   * Upload of results to Weights & Biases after the run.
   */
  wandb?: WandbPartialInput | null;
  /**
   * How AIPerf runs: user interface, worker counts, inter-process communication, API server.
   */
  runtime?: RuntimePartialInput;
  /**
   * Log verbosity.
   */
  logging?: LoggingPartialInput;
  /**
   * Reserved for metric-aggregation settings; it has no fields today, so only an empty mapping is accepted.
   */
  metrics?: {} | null;
  /**
   * Accuracy evaluation on a standard benchmark (MMLU, GSM8K, AIME, ...) alongside performance profiling. Leave it out for a pure performance run.
   */
  accuracy?: AccuracyPartialInput | null;
  /**
   * Named alternative endpoints that phases can select with their `endpoint` field (requires `allowPerPhaseEndpoint: true`). Each entry is a full endpoint block, which may use `extends:`. The name `default` is reserved: it always means `benchmark.endpoint`.
   */
  endpointProfiles?: {
    [k: string]: EndpointPartialInput | undefined;
  } | null;
  /**
   * Named alternative endpoints that phases can select with their `endpoint` field (requires `allowPerPhaseEndpoint: true`). Each entry is a full endpoint block, which may use `extends:`. The name `default` is reserved: it always means `benchmark.endpoint`.
   */
  endpoint_profiles?: {
    [k: string]: EndpointPartialInput | undefined;
  } | null;
  /**
   * Opt-in that lets phases choose an endpoint from `endpointProfiles` with their `endpoint` field. Off by default so that one benchmark measures one server; a phase `endpoint` without it is an error.
   */
  allowPerPhaseEndpoint?: boolean | TemplateString;
  /**
   * Opt-in that lets phases choose an endpoint from `endpointProfiles` with their `endpoint` field. Off by default so that one benchmark measures one server; a phase `endpoint` without it is an error.
   */
  allow_per_phase_endpoint?: boolean | TemplateString;
  /**
   * What happens to the rest of the phase graph when a phase fails (for example a missed `convergence` condition).
   */
  failurePolicy?: FailurePolicyInput & string;
  /**
   * What happens to the rest of the phase graph when a phase fails (for example a missed `convergence` condition).
   */
  failure_policy?: FailurePolicyInput & string;
  /**
   * How many independent phases may run at the same time. With the default 1, phases run one at a time in a deterministic order (dependencies first, ties in list order).
   */
  maxParallel?: number | TemplateString;
  /**
   * How many independent phases may run at the same time. With the default 1, phases run one at a time in a deterministic order (dependencies first, ties in list order).
   */
  max_parallel?: number | TemplateString;
  /**
   * Misplaced envelope key: `variables` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  variables?: {
    [k: string]: unknown | undefined;
  } | null;
  /**
   * Misplaced envelope key: `randomSeed` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Misplaced envelope key: `randomSeed` belongs at the root of the config. Accepted here because some AIPerf recipes put it under `benchmark:`; it is moved to the root with a warning.
   */
  random_seed?: (number | TemplateString) | null;
}
/**
 * The models requests are sent to, and how each request chooses one. In a config you may also write a single model name or a list of names; both become `items` with the `round_robin` strategy.
 */
export interface ModelsPartialInput {
  /**
   * How each request picks a model from `items`. With `weighted`, every item must set `weight` and the weights must add up to 1 (within 0.01); they are checked, never rescaled.
   */
  strategy?: ModelSelectionStrategyInput & string;
  /**
   * The models, at least one. Each item's `name` is sent as the request's model; names are also how a phase's `model` field and sweep paths (`models.items["name"].weight`) refer to an item.
   */
  items?: [ModelItemPartialInput, ...ModelItemPartialInput[]] | null;
}
/**
 * One model: the name the inference server knows it by, plus optional routing weight, LoRA adapter and tokenizer override. May inherit from a template with `extends:`.
 */
export interface ModelItemPartialInput {
  /**
   * Model name or identifier exactly as the inference server expects it in the request (e.g. the `model` field of an OpenAI-style request). Also the default tokenizer when `benchmark.tokenizer.name` is not set.
   */
  name?: string | null;
  /**
   * Share of requests sent to this model when `strategy` is `weighted`, between 0 and 1 (0.7 means about 70% of requests). Required for every item with that strategy, and all weights must add up to 1 (±0.01); ignored by the other strategies.
   */
  weight?: (number | TemplateString) | null;
  /**
   * Name of a LoRA adapter to request together with this model. The server must support loading adapters dynamically.
   */
  lora?: string | null;
  /**
   * Input modalities this model accepts (for example `text`, `image`, `audio`). Informational today: no selection strategy reads it.
   */
  modalities?: string[] | null;
  /**
   * Tokenizer to use for this model instead of `benchmark.tokenizer`, when this model tokenizes differently from the others.
   */
  tokenizer?: ModelTokenizerPartialInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Per-model tokenizer override.
 */
export interface ModelTokenizerPartialInput {
  /**
   * HuggingFace tokenizer identifier or local path of the tokenizer files for this model.
   */
  name?: string | null;
}
/**
 * Connection and API settings for the inference server(s) under test. Only the URL is required; the API type defaults to OpenAI-style chat completions. May inherit from a template with `extends:` (in endpoint profiles).
 */
export interface EndpointPartialInput {
  /**
   * Server base URLs (or full endpoint URLs) to send requests to, at least one. With several URLs, requests are spread over them by `urlStrategy`. A URL without a scheme gets `http://` in front (`localhost:8000` becomes `http://localhost:8000`); only http and https are accepted, and ports must be 1-65535.
   */
  urls?: [string, ...string[]] | null;
  /**
   * Shorthand for `urls`: one URL, or a list of URLs. When both `url` and `urls` are given, `urls` wins and `url` is dropped.
   */
  url?: (string | string[]) | null;
  /**
   * How requests are distributed over several `urls`.
   */
  urlStrategy?: UrlSelectionStrategyInput & string;
  /**
   * How requests are distributed over several `urls`.
   */
  url_strategy?: UrlSelectionStrategyInput & string;
  /**
   * The API the server speaks, which decides the request body, the default path and how responses are parsed. When `template` is given and `type` is not, the type becomes `template`.
   */
  type?: EndpointTypeInput & string;
  /**
   * Path appended to each URL, overriding the type's default (for `chat`, `/v1/chat/completions`). Use it for servers that serve the API under a non-standard path. Must start with `/`.
   */
  path?: string | null;
  /**
   * API key for the server, sent in the `Authorization` header (as a bearer token for OpenAI-style APIs). Prefer `${ENV_VAR}` substitution over writing the key in the file. It is redacted whenever the config is printed or exported.
   */
  apiKey?: string | null;
  /**
   * API key for the server, sent in the `Authorization` header (as a bearer token for OpenAI-style APIs). Prefer `${ENV_VAR}` substitution over writing the key in the file. It is redacted whenever the config is printed or exported.
   */
  api_key?: string | null;
  /**
   * Per-request timeout in seconds; a request that takes longer is recorded as failed. 0 means no timeout. The default, 21600 (6 hours), effectively never cuts off a request.
   */
  timeout?: number | TemplateString;
  /**
   * Ask the server to stream the response (server-sent events). Needed for time-to-first-token and inter-token latency, and for `prefillConcurrency` in phases. For API types that cannot stream, AIPerf warns and turns it off.
   */
  streaming?: boolean | TemplateString;
  /**
   * Transport used to send requests. When unset it is chosen from the URL scheme; `http` is the only transport today.
   */
  transport?: EndpointTransportInput | null;
  /**
   * How HTTP connections are reused between requests.
   */
  connectionReuse?: ConnectionReuseStrategyInput & string;
  /**
   * How HTTP connections are reused between requests.
   */
  connection_reuse?: ConnectionReuseStrategyInput & string;
  /**
   * Send the output-length limit as `max_tokens` instead of `max_completion_tokens`, for servers that implement an older OpenAI API.
   */
  useLegacyMaxTokens?: boolean | TemplateString;
  /**
   * Send the output-length limit as `max_tokens` instead of `max_completion_tokens`, for servers that implement an older OpenAI API.
   */
  use_legacy_max_tokens?: boolean | TemplateString;
  /**
   * Take prompt and completion token counts from the response's `usage` field instead of counting them with the local tokenizer.
   */
  useServerTokenCount?: boolean | TemplateString;
  /**
   * Take prompt and completion token counts from the response's `usage` field instead of counting them with the local tokenizer.
   */
  use_server_token_count?: boolean | TemplateString;
  /**
   * For video-generation endpoints: after a job completes, also download the generated video, so the download time is part of the measured request.
   */
  downloadVideoContent?: boolean | TemplateString;
  /**
   * For video-generation endpoints: after a job completes, also download the generated video, so the download time is part of the measured request.
   */
  download_video_content?: boolean | TemplateString;
  /**
   * Request body template and response field for the `template` API type. Setting it without `type` selects `type: template`; with `type: template` it is required.
   */
  template?: RequestTemplatePartialInput | null;
  /**
   * Extra HTTP headers sent with every request, name to value. Values may use `${ENV_VAR}`. Credential-looking headers (Authorization, API keys) are redacted in exported results.
   */
  headers?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra fields merged into every request body, such as sampling parameters. Values can be any JSON value, including nested objects.
   */
  extra?: {
    [k: string]: unknown | undefined;
  };
  /**
   * How the request body is encoded. When unset, JSON is used, except for API types that need a form upload. Some types only work with one encoding (e.g. `image_edit` needs `multipart/form-data`, `chat` rejects it).
   */
  requestContentType?: RequestContentTypeInput | null;
  /**
   * How the request body is encoded. When unset, JSON is used, except for API types that need a form upload. Some types only work with one encoding (e.g. `image_edit` needs `multipart/form-data`, `chat` rejects it).
   */
  request_content_type?: RequestContentTypeInput | null;
  /**
   * Name of the HTTP header that carries the per-session identifier (used for session affinity in multi-turn runs), replacing the default `X-Correlation-ID`.
   */
  sessionHeader?: string | null;
  /**
   * Name of the HTTP header that carries the per-session identifier (used for session affinity in multi-turn runs), replacing the default `X-Correlation-ID`.
   */
  session_header?: string | null;
  /**
   * Seconds to wait for the server to become ready before the benchmark starts, per URL and model probed; the run aborts if a probe times out. 0 (the default) skips the readiness check. `waitForModelInterval` and `waitForModelMode` only apply when this is positive.
   */
  waitForModelTimeout?: number | TemplateString;
  /**
   * Seconds to wait for the server to become ready before the benchmark starts, per URL and model probed; the run aborts if a probe times out. 0 (the default) skips the readiness check. `waitForModelInterval` and `waitForModelMode` only apply when this is positive.
   */
  wait_for_model_timeout?: number | TemplateString;
  /**
   * Seconds between readiness probes while waiting for the model. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  waitForModelInterval?: number | TemplateString;
  /**
   * Seconds between readiness probes while waiting for the model. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  wait_for_model_interval?: number | TemplateString;
  /**
   * How readiness is probed. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  waitForModelMode?: WaitForModelModeInput & string;
  /**
   * How readiness is probed. Only used when `waitForModelTimeout` is positive; setting it without a timeout is an error.
   */
  wait_for_model_mode?: WaitForModelModeInput & string;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * A custom request format for the `template` API type: a Jinja body and the response field that holds the generated text.
 */
export interface RequestTemplatePartialInput {
  /**
   * Jinja template of the request body, rendered for every request. Variables such as `{{ prompt }}`, `{{ messages }}`, `{{ model }}` and `{{ max_tokens }}` are filled from the request being sent.
   */
  body?: string | null;
  /**
   * Where the generated text is in the JSON response, as a dotted path (numbers index lists).
   */
  responseField?: string;
  /**
   * Where the generated text is in the JSON response, as a dotted path (numbers index lists).
   */
  response_field?: string;
}
/**
 * Prompts generated by AIPerf from random text, with token lengths drawn from distributions. Optional blocks add shared prefixes (KV-cache tests), multi-turn conversations, images, audio, video or ranking passages.
 */
export interface SyntheticDatasetPartialInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string | null;
  /**
   * Number of distinct entries generated up front, each a prompt with its own sampled lengths. Requests reuse them according to `sampling`; more entries mean more variety and less accidental prefix-cache reuse.
   */
  entries?: number | TemplateString;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a synthetic dataset. The default when `type` is omitted.
   */
  type?: "synthetic" | null;
  /**
   * Input and output token lengths of the generated requests.
   */
  prompts?: PromptsPartialInput | null;
  /**
   * Shorthand for `prompts.isl`, the input length in tokens. The loader moves it into `prompts`; when `prompts.isl` is also given, `prompts.isl` wins.
   */
  isl?: DistributionInput | null;
  /**
   * Shorthand for `prompts.osl`, the output length in tokens. The loader moves it into `prompts`; when `prompts.osl` is also given, `prompts.osl` wins.
   */
  osl?: DistributionInput | null;
  /**
   * Shared prefixes prepended to the generated prompts, to measure prefix (KV) cache reuse.
   */
  prefixPrompts?: PrefixPromptsPartialInput | null;
  /**
   * Shared prefixes prepended to the generated prompts, to measure prefix (KV) cache reuse.
   */
  prefix_prompts?: PrefixPromptsPartialInput | null;
  /**
   * Number of user turns per conversation (each turn is one request, sent after the previous response). Its expected value must be at least 1. Unset: single-turn requests.
   */
  turns?: DistributionInput | null;
  /**
   * Think time in milliseconds between receiving a response and sending the conversation's next turn. Only used when conversations have more than one turn. Unset or 0: the next turn is sent immediately.
   */
  turnDelay?: DistributionInput | null;
  /**
   * Think time in milliseconds between receiving a response and sending the conversation's next turn. Only used when conversations have more than one turn. Unset or 0: the next turn is sent immediately.
   */
  turn_delay?: DistributionInput | null;
  /**
   * Factor applied to every sampled `turnDelay`: 0.5 halves the think times, 2 doubles them, 0 removes them.
   */
  turnDelayRatio?: number | TemplateString;
  /**
   * Factor applied to every sampled `turnDelay`: 0.5 halves the think times, 2 doubles them, 0 removes them.
   */
  turn_delay_ratio?: number | TemplateString;
  /**
   * Synthetic images attached to each request, for vision-language models.
   */
  images?: SyntheticImagesPartialInput | null;
  /**
   * Synthetic audio clips attached to each request, for speech and audio-language models.
   */
  audio?: SyntheticAudioPartialInput | null;
  /**
   * Synthetic video clips attached to each request, for video-understanding models. Generating them needs FFmpeg.
   */
  video?: SyntheticVideoPartialInput | null;
  /**
   * Query and passage sizes for ranking (rerank) endpoints. Only used with a rankings endpoint type.
   */
  rankings?: SyntheticRankingsPartialInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Token lengths of synthetic requests: either `isl`/`osl` distributions, or a `sequenceDistribution` of (ISL, OSL) buckets.
 */
export interface PromptsPartialInput {
  /**
   * Input sequence length: tokens in each generated prompt. Ignored when `sequenceDistribution` is set. Unset: AIPerf's built-in default length.
   */
  isl?: DistributionInput | null;
  /**
   * Output sequence length: the maximum number of tokens requested per response (sent as the endpoint's max-tokens field). Ignored when `sequenceDistribution` is set. Unset: no limit is sent and the model decides when to stop.
   */
  osl?: DistributionInput | null;
  /**
   * Tokens per prompt block for datasets whose rows carry `hash_ids` (mooncake_trace, bailian_trace): each hash id stands for one block of this many tokens, and rows that share ids share that prompt prefix. Unset: the format's own default (512 for mooncake_trace, 16 for bailian_trace).
   */
  blockSize?: (number | TemplateString) | null;
  /**
   * Tokens per prompt block for datasets whose rows carry `hash_ids` (mooncake_trace, bailian_trace): each hash id stands for one block of this many tokens, and rows that share ids share that prompt prefix. Unset: the format's own default (512 for mooncake_trace, 16 for bailian_trace).
   */
  block_size?: (number | TemplateString) | null;
  /**
   * Number of text inputs per request, for endpoints that take a batch (embeddings, rankings). Chat and completions endpoints send one prompt per request; keep 1 for them.
   */
  batchSize?: number | TemplateString;
  /**
   * Number of text inputs per request, for endpoints that take a batch (embeddings, rankings). Chat and completions endpoints send one prompt per request; keep 1 for them.
   */
  batch_size?: number | TemplateString;
  /**
   * A workload mix of (ISL, OSL) buckets: each request picks a bucket with the bucket's probability, then samples its lengths. When set, `isl` and `osl` are ignored.
   */
  sequenceDistribution?: [SequenceDistributionEntryPartialInput, ...SequenceDistributionEntryPartialInput[]] | null;
  /**
   * A workload mix of (ISL, OSL) buckets: each request picks a bucket with the bucket's probability, then samples its lengths. When set, `isl` and `osl` are ignored.
   */
  sequence_distribution?: [SequenceDistributionEntryPartialInput, ...SequenceDistributionEntryPartialInput[]] | null;
}
/**
 * One bucket of a sequence distribution: an input length, an output length and the share of requests that use them.
 */
export interface SequenceDistributionEntryPartialInput {
  /**
   * Input length of this bucket, in tokens.
   */
  isl?: DistributionInput | null;
  /**
   * Shorthand: with a plain-number `isl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `isl` is already a distribution object.
   */
  islStddev?: (number | TemplateString) | null;
  /**
   * Shorthand: with a plain-number `isl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `isl` is already a distribution object.
   */
  isl_stddev?: (number | TemplateString) | null;
  /**
   * Output length of this bucket, in tokens.
   */
  osl?: DistributionInput | null;
  /**
   * Shorthand: with a plain-number `osl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `osl` is already a distribution object.
   */
  oslStddev?: (number | TemplateString) | null;
  /**
   * Shorthand: with a plain-number `osl`, turns it into a normal distribution with this standard deviation (tokens). Ignored when `osl` is already a distribution object.
   */
  osl_stddev?: (number | TemplateString) | null;
  /**
   * Share of requests that use this bucket, in percent (0–100). Write the buckets so they add up to 100; AIPerf divides each by the total when it samples.
   */
  probability?: (number | TemplateString) | null;
}
/**
 * Shared prompt prefixes for prefix-cache (KV-cache) tests. Use one of two layouts, not both: a pool of prefixes (`poolSize` + `length`), or a two-part system prompt plus per-conversation context (`sharedSystemLength` and/or `userContextLength`).
 */
export interface PrefixPromptsPartialInput {
  /**
   * Number of distinct prefixes generated; each request is prepended with one chosen at random. Fewer prefixes mean more cache hits. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  poolSize?: (number | TemplateString) | null;
  /**
   * Number of distinct prefixes generated; each request is prepended with one chosen at random. Fewer prefixes mean more cache hits. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  pool_size?: (number | TemplateString) | null;
  /**
   * Length of each pooled prefix, in tokens. Used with `poolSize`; the final prompt can be one token off because prefix and prompt are joined. Cannot be combined with `sharedSystemLength`/`userContextLength`.
   */
  length?: (number | TemplateString) | null;
  /**
   * Length in tokens of one system prompt shared by every conversation (expected to stay cached). Cannot be combined with `poolSize`/`length`.
   */
  sharedSystemLength?: (number | TemplateString) | null;
  /**
   * Length in tokens of one system prompt shared by every conversation (expected to stay cached). Cannot be combined with `poolSize`/`length`.
   */
  shared_system_length?: (number | TemplateString) | null;
  /**
   * Length in tokens of a context prompt unique to each dataset entry, sent after the shared system prompt (cached only within its own conversation). Cannot be combined with `poolSize`/`length`.
   */
  userContextLength?: (number | TemplateString) | null;
  /**
   * Length in tokens of a context prompt unique to each dataset entry, sent after the shared system prompt (cached only within its own conversation). Cannot be combined with `poolSize`/`length`.
   */
  user_context_length?: (number | TemplateString) | null;
}
/**
 * Synthetic images added to each request (chat endpoints with vision-language models).
 */
export interface SyntheticImagesPartialInput {
  /**
   * Images per request. 0 (the default) sends no images.
   */
  batchSize?: number | TemplateString;
  /**
   * Images per request. 0 (the default) sends no images.
   */
  batch_size?: number | TemplateString;
  /**
   * Image width in pixels.
   */
  width?: DistributionInput;
  /**
   * Image height in pixels.
   */
  height?: DistributionInput;
  /**
   * Encoding of the generated images; it changes the payload size.
   */
  format?: ImageFormatInput & string;
  /**
   * Where image content comes from: `noise` (random pixels generated on the fly), `assets` (the images bundled with AIPerf), or a path to a folder of images, which are resized to the sampled width and height.
   */
  source?: ImageSourceInput | string;
  /**
   * How images are taken from a finite source (`assets` or a folder). With `noise` only `random-with-replacement` is allowed.
   */
  sourceSampling?: ImageSourceSamplingStrategyInput & string;
  /**
   * How images are taken from a finite source (`assets` or a folder). With `noise` only `random-with-replacement` is allowed.
   */
  source_sampling?: ImageSourceSamplingStrategyInput & string;
}
/**
 * Synthetic audio clips (random noise) added to each request, for speech and audio-language models.
 */
export interface SyntheticAudioPartialInput {
  /**
   * Audio clips per request. 0 (the default) sends no audio.
   */
  batchSize?: number | TemplateString;
  /**
   * Audio clips per request. 0 (the default) sends no audio.
   */
  batch_size?: number | TemplateString;
  /**
   * Clip duration in seconds.
   */
  length?: DistributionInput;
  /**
   * File format of the clips; it changes the payload size, not the sound.
   */
  format?: AudioFormatInput & string;
  /**
   * Sample rates in kHz; each clip uses one picked at random from the list (16 is typical for speech, 44.1 for CD quality).
   */
  sampleRates?: (number | TemplateString)[];
  /**
   * Sample rates in kHz; each clip uses one picked at random from the list (16 is typical for speech, 44.1 for CD quality).
   */
  sample_rates?: (number | TemplateString)[];
  /**
   * Bit depths; each clip uses one picked at random from the list (16 is CD quality).
   */
  depths?: (number | TemplateString)[];
  /**
   * 1 for mono, 2 for stereo (twice the size). Most speech models expect mono.
   */
  channels?: number | TemplateString;
}
/**
 * Synthetic video clips added to each request, for video-understanding models. AIPerf renders them with FFmpeg.
 */
export interface SyntheticVideoPartialInput {
  /**
   * Video clips per request. 0 (the default) sends no video.
   */
  batchSize?: number | TemplateString;
  /**
   * Video clips per request. 0 (the default) sends no video.
   */
  batch_size?: number | TemplateString;
  /**
   * Length of each clip in seconds; frames per clip = `duration` × `fps`.
   */
  duration?: number | TemplateString;
  /**
   * Frames per second. Low rates (the default 4) keep clips small.
   */
  fps?: number | TemplateString;
  /**
   * Frame width in pixels. Unset: the encoder's default.
   */
  width?: (number | TemplateString) | null;
  /**
   * Frame height in pixels. Unset: the encoder's default.
   */
  height?: (number | TemplateString) | null;
  /**
   * Container format of the clips.
   */
  format?: VideoFormatInput & string;
  /**
   * FFmpeg video encoder, e.g. `libvpx-vp9`, `libx264`, `h264_nvenc`. Any encoder the local FFmpeg provides works.
   */
  codec?: string;
  /**
   * What the clips show. The content carries no meaning but changes how well the clips compress.
   */
  synthType?: VideoSynthTypeInput & string;
  /**
   * What the clips show. The content carries no meaning but changes how well the clips compress.
   */
  synth_type?: VideoSynthTypeInput & string;
  /**
   * An optional audio track muxed into each clip. Off unless `audio.channels` is 1 or 2.
   */
  audio?: SyntheticVideoAudioPartialInput;
}
/**
 * Audio track embedded in synthetic video clips: Gaussian noise as long as the clip.
 */
export interface SyntheticVideoAudioPartialInput {
  /**
   * 0 (the default) for no audio track, 1 for mono, 2 for stereo.
   */
  channels?: number | TemplateString;
  /**
   * Sample rate in kHz (8–96).
   */
  sampleRate?: number | TemplateString;
  /**
   * Sample rate in kHz (8–96).
   */
  sample_rate?: number | TemplateString;
  /**
   * Bit depth of the track.
   */
  depth?: 8 | 16 | 24 | 32;
  /**
   * Audio encoder. Unset: chosen to suit the container `format`. Setting it requires `channels` 1 or 2.
   */
  codec?: VideoAudioCodecInput | null;
}
/**
 * Shape of synthetic ranking requests: one query and several passages to rank.
 */
export interface SyntheticRankingsPartialInput {
  /**
   * Passages per request.
   */
  passages?: DistributionInput;
  /**
   * Length of each passage, in tokens.
   */
  passageTokens?: DistributionInput;
  /**
   * Length of each passage, in tokens.
   */
  passage_tokens?: DistributionInput;
  /**
   * Length of the query, in tokens.
   */
  queryTokens?: DistributionInput;
  /**
   * Length of the query, in tokens.
   */
  query_tokens?: DistributionInput;
}
/**
 * Requests read from a local file or folder (`path`) or embedded in the config (`records`), in one of AIPerf's dataset formats, including production traces replayed with their timestamps.
 */
export interface FileDatasetPartialInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string | null;
  /**
   * Use at most this many records from the source. Unset: all records.
   */
  entries?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a file dataset.
   */
  type?: "file" | null;
  /**
   * File or folder holding the dataset; a relative path is resolved against the config file's folder. Exactly one of `path` and `records` must be set. Folders are read by `random_pool` (one pool per file), `raw_payload` (one conversation per file) and `sagemaker_data_capture`.
   */
  path?: string | null;
  /**
   * The dataset written inline instead of in a file: a list of records, each shaped like one line of the `format`'s JSONL file. For `random_pool` it may also be a map from pool name to a list of records. Exactly one of `path` and `records` must be set. Record contents are passed to AIPerf unchanged.
   */
  records?: (unknown[] | {}) | null;
  /**
   * How the file or records are read. Trace formats with timestamps (mooncake_trace, burst_gpt_trace, bailian_trace, sagemaker_data_capture) suit `fixed_schedule` phases; a `user_centric` phase needs `multi_turn`.
   */
  format?: DatasetFormatInput & string;
  /**
   * Rescales a trace before replay (timing, prefix and prompt lengths). For trace formats with `hash_ids`, such as mooncake_trace.
   */
  synthesis?: SynthesisPartialInput | null;
  /**
   * Upper bound, in seconds, on each wait between turns read from the file (used by `dag_jsonl`), so long recorded pauses do not stall the benchmark. Unset: waits are replayed as recorded.
   */
  interTurnDelayCapSeconds?: (number | TemplateString) | null;
  /**
   * Upper bound, in seconds, on each wait between turns read from the file (used by `dag_jsonl`), so long recorded pauses do not stall the benchmark. Unset: waits are replayed as recorded.
   */
  inter_turn_delay_cap_seconds?: (number | TemplateString) | null;
  /**
   * Output length in tokens for records that do not give their own `output_length`; a record's own value always wins. Unset: such records send no max-tokens limit.
   */
  osl?: DistributionInput | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Transformations applied to a trace before it is replayed: speed it up or slow it down, and scale its shared prefixes, unique prompt parts and outputs.
 */
export interface SynthesisPartialInput {
  /**
   * Time compression of the trace's timestamps: 2 replays twice as fast, 0.5 at half speed, 1 in real time.
   */
  speedupRatio?: number | TemplateString;
  /**
   * Time compression of the trace's timestamps: 2 replays twice as fast, 0.5 at half speed, 1 in real time.
   */
  speedup_ratio?: number | TemplateString;
  /**
   * Scales the length of the shared prefix blocks (the prefix tree's core branches): 1.5 makes shared prefixes 50 % longer.
   */
  prefixLenMultiplier?: number | TemplateString;
  /**
   * Scales the length of the shared prefix blocks (the prefix tree's core branches): 1.5 makes shared prefixes 50 % longer.
   */
  prefix_len_multiplier?: number | TemplateString;
  /**
   * Number of independent prefix trees the trace's sessions are spread over. Higher values mean more distinct prefixes and fewer cache hits.
   */
  prefixRootMultiplier?: number | TemplateString;
  /**
   * Number of independent prefix trees the trace's sessions are spread over. Higher values mean more distinct prefixes and fewer cache hits.
   */
  prefix_root_multiplier?: number | TemplateString;
  /**
   * Scales the unique (non-shared) part of each prompt: 2 makes it twice as long.
   */
  promptLenMultiplier?: number | TemplateString;
  /**
   * Scales the unique (non-shared) part of each prompt: 2 makes it twice as long.
   */
  prompt_len_multiplier?: number | TemplateString;
  /**
   * Scales each request's output length.
   */
  outputLenMultiplier?: number | TemplateString;
  /**
   * Scales each request's output length.
   */
  output_len_multiplier?: number | TemplateString;
  /**
   * Trace rows whose input length exceeds this many tokens are dropped. Unset: no filter.
   */
  maxIsl?: (number | TemplateString) | null;
  /**
   * Trace rows whose input length exceeds this many tokens are dropped. Unset: no filter.
   */
  max_isl?: (number | TemplateString) | null;
  /**
   * Output lengths above this many tokens are capped to it (the rows are kept). Unset: no cap.
   */
  maxOsl?: (number | TemplateString) | null;
  /**
   * Output lengths above this many tokens are capped to it (the rows are kept). Unset: no cap.
   */
  max_osl?: (number | TemplateString) | null;
}
/**
 * A well-known public corpus that AIPerf downloads (mostly from HuggingFace) and turns into requests.
 */
export interface PublicDatasetPartialInput {
  /**
   * The dataset's name, unique within `benchmark.datasets`. Phases select a dataset by it, sweep paths address it (`datasets.<name>.prompts.isl`) and result paths include it. The singular `dataset:` shorthand names its dataset `default`. Any non-empty string.
   */
  name?: string | null;
  /**
   * Use at most this many records from the corpus. Unset: all available records.
   */
  entries?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed for this dataset's random choices (generated prompts, `random`/`shuffle` sampling), so runs repeat exactly. Overrides the envelope's `randomSeed` for this dataset. Unset: the envelope's `randomSeed` applies.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * Order in which the benchmark takes entries from the dataset. A `fixed_schedule` phase replaying a file dataset needs `sequential`.
   */
  sampling?: DatasetSamplingStrategyInput & string;
  /**
   * Selects a public dataset.
   */
  type?: "public" | null;
  /**
   * Which corpus to use. This, not `name`, selects the corpus.
   */
  dataset?: PublicDatasetTypeInput | null;
  /**
   * HuggingFace subset (configuration) to load instead of the corpus's default one, e.g. `sharegpt4o`. Only for corpora served from HuggingFace.
   */
  hfSubset?: string | null;
  /**
   * HuggingFace subset (configuration) to load instead of the corpus's default one, e.g. `sharegpt4o`. Only for corpora served from HuggingFace.
   */
  hf_subset?: string | null;
  /**
   * Corpus-specific filters passed to the loader, name → value. Which keys a corpus understands depends on the corpus.
   */
  filters?: {
    [k: string]: string | undefined;
  } | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Closed-loop load: keep `concurrency` requests in flight and send a new one as soon as one completes, with no rate limit. The usual choice for throughput and latency-under-load measurements. Supports adaptive scale, which searches for the highest concurrency that still meets the phase's `sla`.
 */
export interface ConcurrencyPhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Number of requests kept in flight at once; this is the load level of the phase. With adaptive scale on, it is the upper bound of the search.
   */
  concurrency?: (number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]];
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Selects concurrency-controlled load.
   */
  type?: "concurrency" | null;
  /**
   * Turn on adaptive scale: during one run, raise concurrency step by step while the phase's `sla` holds, back off when it fails, then hold the load near the boundary for `adaptiveSustainDuration`. Requires `duration`, `adaptiveSustainDuration` and a non-empty `sla`, and cannot be combined with `concurrencyRamp`. Input also accepts the nested `adaptive_scale: {enabled, …, strategy: {…}}` block, which is flattened into the `adaptive*` fields.
   */
  adaptiveScale?: (boolean | TemplateString) | AdaptiveScaleBlockPartialInput;
  /**
   * Turn on adaptive scale: during one run, raise concurrency step by step while the phase's `sla` holds, back off when it fails, then hold the load near the boundary for `adaptiveSustainDuration`. Requires `duration`, `adaptiveSustainDuration` and a non-empty `sla`, and cannot be combined with `concurrencyRamp`. Input also accepts the nested `adaptive_scale: {enabled, …, strategy: {…}}` block, which is flattened into the `adaptive*` fields.
   */
  adaptive_scale?: (boolean | TemplateString) | AdaptiveScaleBlockPartialInput;
  /**
   * Adaptive scale: how long, in seconds, to hold the load near the discovered boundary once it is found. Required when `adaptiveScale` is true.
   */
  adaptiveSustainDuration?: (number | TemplateString) | null;
  /**
   * Adaptive scale: how long, in seconds, to hold the load near the discovered boundary once it is found. Required when `adaptiveScale` is true.
   */
  adaptive_sustain_duration?: (number | TemplateString) | null;
  /**
   * Adaptive scale: length, in seconds, of each window over which the SLA is evaluated before deciding the next step. Unset: AIPerf chooses the window.
   */
  adaptiveAssessmentPeriod?: (number | TemplateString) | null;
  /**
   * Adaptive scale: length, in seconds, of each window over which the SLA is evaluated before deciding the next step. Unset: AIPerf chooses the window.
   */
  adaptive_assessment_period?: (number | TemplateString) | null;
  /**
   * Adaptive scale: the number of completed requests a window needs before its SLA verdict is trusted; windows with fewer do not change the load.
   */
  adaptiveMinCompletedRequests?: number | TemplateString;
  /**
   * Adaptive scale: the number of completed requests a window needs before its SLA verdict is trusted; windows with fewer do not change the load.
   */
  adaptive_min_completed_requests?: number | TemplateString;
  /**
   * Adaptive scale: the quantity being adjusted. Only `concurrency` is supported today.
   */
  adaptiveControlVariable?: "concurrency";
  /**
   * Adaptive scale: the quantity being adjusted. Only `concurrency` is supported today.
   */
  adaptive_control_variable?: "concurrency";
  /**
   * Adaptive scale: the lowest concurrency the search starts from and never goes below. Must not exceed `concurrency`.
   */
  adaptiveScaleMinConcurrency?: number | TemplateString;
  /**
   * Adaptive scale: the lowest concurrency the search starts from and never goes below. Must not exceed `concurrency`.
   */
  adaptive_scale_min_concurrency?: number | TemplateString;
  /**
   * Adaptive scale: the controller strategy. Only `ramp_until_fail` exists today: increase until the SLA fails, then settle just below.
   */
  adaptiveScaleStrategyType?: "ramp_until_fail";
  /**
   * Adaptive scale: the controller strategy. Only `ramp_until_fail` exists today: increase until the SLA fails, then settle just below.
   */
  adaptive_scale_strategy_type?: "ramp_until_fail";
  /**
   * Adaptive scale: how large each increase is.
   */
  adaptiveScaleStepPolicy?: "sla_margin" | "fixed_percent_step";
  /**
   * Adaptive scale: how large each increase is.
   */
  adaptive_scale_step_policy?: "sla_margin" | "fixed_percent_step";
  /**
   * Adaptive scale, `sla_margin` policy: the smallest concurrency increase per step.
   */
  adaptiveScaleBaseStep?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the smallest concurrency increase per step.
   */
  adaptive_scale_base_step?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the largest step is `adaptiveScaleBaseStep` times this factor.
   */
  adaptiveScaleMaxStepMultiplier?: number | TemplateString;
  /**
   * Adaptive scale, `sla_margin` policy: the largest step is `adaptiveScaleBaseStep` times this factor.
   */
  adaptive_scale_max_step_multiplier?: number | TemplateString;
  /**
   * Adaptive scale, `fixed_percent_step` policy: each step adds this percentage of the current concurrency (25 means +25 %).
   */
  adaptiveScaleStepPercent?: number | TemplateString;
  /**
   * Adaptive scale, `fixed_percent_step` policy: each step adds this percentage of the current concurrency (25 means +25 %).
   */
  adaptive_scale_step_percent?: number | TemplateString;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Request cancellation testing: the client abandons a share of requests after a delay, as real users do when they close a tab, to check that the server frees resources.
 */
export interface CancellationPartialInput {
  /**
   * Percentage of requests to cancel, from 0 to 100 (10 means 10 %, 0.5 means half a percent).
   */
  rate?: (number | TemplateString) | null;
  /**
   * Seconds to wait after sending a request before cancelling it. 0 cancels right after sending; a value past the prefill time cancels during decoding.
   */
  delay?: number | TemplateString;
}
/**
 * One condition on a metric statistic, such as `time_to_first_token` p99 below 500 ms. The same shape serves phase SLAs (`sla`), phase convergence (`convergence`) and sweep SLA filters (`slaFilters`).
 */
export interface MetricConditionPartialInput {
  /**
   * Name of an AIPerf metric, e.g. `time_to_first_token`, `inter_token_latency`, `request_latency`, `output_token_throughput`, `goodput`. Checked against AIPerf's metric registry.
   */
  metric?: string | null;
  /**
   * AIPerf's older spelling of `metric` in SLA filters. Use one or the other, not both.
   */
  metricTag?: string | null;
  /**
   * AIPerf's older spelling of `metric` in SLA filters. Use one or the other, not both.
   */
  metric_tag?: string | null;
  /**
   * Which statistic of the metric is compared.
   */
  stat?: MetricStatInput & string;
  /**
   * Comparison between the statistic and `threshold`.
   */
  op?: ComparisonOpInput | null;
  /**
   * The value the statistic is compared with, in the metric's own unit (milliseconds for latencies, tokens/s or requests/s for throughputs).
   */
  threshold?: (number | TemplateString) | null;
}
/**
 * State this phase inherits from an earlier phase. The source must be an ancestor in the DAG (reachable through `dependsOn`).
 */
export interface CarryOverPartialInput {
  /**
   * Name of the ancestor phase whose state is reused. If it did not succeed, this phase is skipped.
   */
  from?: PhaseNameInput | null;
  /**
   * Which kinds of state are carried over.
   */
  state?:
    ["kv_cache" | "prompt_cache" | "scheduler_state", ...("kv_cache" | "prompt_cache" | "scheduler_state")[]] | null;
}
/**
 * Nested form of the adaptive scale settings, as written in AIPerf's docs. The loader flattens it into the phase's `adaptiveScale` / `adaptive*` fields (and `sla`).
 */
export interface AdaptiveScaleBlockPartialInput {
  /**
   * Turn adaptive scale on or off. Absent: on (writing the block enables it).
   */
  enabled?: (boolean | TemplateString) | null;
  /**
   * Becomes `adaptiveControlVariable`: the quantity being adjusted; only `concurrency` today.
   */
  controlVariable?: "concurrency" | null;
  /**
   * Becomes `adaptiveControlVariable`: the quantity being adjusted; only `concurrency` today.
   */
  control_variable?: "concurrency" | null;
  /**
   * Becomes `adaptiveScaleMinConcurrency`: the lowest concurrency of the search.
   */
  minConcurrency?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMinConcurrency`: the lowest concurrency of the search.
   */
  min_concurrency?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveAssessmentPeriod`: the SLA evaluation window, in seconds.
   */
  assessmentPeriod?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveAssessmentPeriod`: the SLA evaluation window, in seconds.
   */
  assessment_period?: (number | TemplateString) | null;
  /**
   * Another spelling of `assessmentPeriod`. Use one or the other, not both.
   */
  window?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveMinCompletedRequests`: completed requests a window needs before it can decide.
   */
  minCompletedRequests?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveMinCompletedRequests`: completed requests a window needs before it can decide.
   */
  min_completed_requests?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveSustainDuration`: how long, in seconds, to hold the load near the boundary.
   */
  sustainDuration?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveSustainDuration`: how long, in seconds, to hold the load near the boundary.
   */
  sustain_duration?: (number | TemplateString) | null;
  /**
   * The controller strategy and its step settings.
   */
  strategy?: AdaptiveScaleStrategyBlockPartialInput | null;
  /**
   * Becomes the phase's `sla` (list or compact form). Set the SLA here or on the phase, not both.
   */
  sla?: (MetricConditionPartialInput[] | SlaShorthandInput) | null;
}
/**
 * The `strategy` part of the nested adaptive scale block; each key becomes the matching `adaptiveScale*` phase field.
 */
export interface AdaptiveScaleStrategyBlockPartialInput {
  /**
   * Becomes `adaptiveScaleStrategyType`; only `ramp_until_fail` today.
   */
  type?: "ramp_until_fail" | null;
  /**
   * Becomes `adaptiveScaleStepPolicy`: `sla_margin` or `fixed_percent_step`.
   */
  stepPolicy?: ("sla_margin" | "fixed_percent_step") | null;
  /**
   * Becomes `adaptiveScaleStepPolicy`: `sla_margin` or `fixed_percent_step`.
   */
  step_policy?: ("sla_margin" | "fixed_percent_step") | null;
  /**
   * Becomes `adaptiveScaleBaseStep`: the smallest increase per step (`sla_margin`).
   */
  baseStep?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleBaseStep`: the smallest increase per step (`sla_margin`).
   */
  base_step?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMaxStepMultiplier`: the largest step as a multiple of the base step (`sla_margin`).
   */
  maxStepMultiplier?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleMaxStepMultiplier`: the largest step as a multiple of the base step (`sla_margin`).
   */
  max_step_multiplier?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleStepPercent`: percentage of current concurrency added per step (`fixed_percent_step`).
   */
  stepPercent?: (number | TemplateString) | null;
  /**
   * Becomes `adaptiveScaleStepPercent`: percentage of current concurrency added per step (`fixed_percent_step`).
   */
  step_percent?: (number | TemplateString) | null;
}
/**
 * Open-loop load at an average of `rate` requests per second with Poisson arrivals (exponentially distributed gaps), the usual model of independent users. Requests are sent on schedule whether or not earlier ones have completed, up to the optional `concurrency` cap.
 */
export interface PoissonPhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects Poisson-distributed arrivals at `rate`.
   */
  type?: "poisson" | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Open-loop load at an average of `rate` requests per second with gamma-distributed gaps, whose regularity is tuned by `smoothness`. Matches vLLM's `burstiness` setting (same value, same distribution).
 */
export interface GammaPhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects gamma-distributed arrivals at `rate`.
   */
  type?: "gamma" | null;
  /**
   * Shape of the gamma distribution of gaps between requests: 1.0 is equivalent to Poisson, below 1 is burstier (clustered arrivals), above 1 is more regular. Unset: 1.0.
   */
  smoothness?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Open-loop load at exactly `rate` requests per second with equal gaps (1 / rate seconds). Useful for controlled, jitter-free rate tests.
 */
export interface ConstantPhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects constant-rate arrivals at `rate`.
   */
  type?: "constant" | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * `users` simulated users share the global `rate`: each user waits for its previous turn before sending the next, with a gap of `users` / `rate` seconds, as LMBenchmark does for KV-cache studies. Needs a multi-turn dataset; `sessions` and `requests`, when set, must each be at least `users` so every user gets work.
 */
export interface UserCentricPhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Target request rate, in requests per second, across the whole phase (all workers, all users). How requests are spaced around this average depends on the phase type. `concurrency` may additionally cap the number in flight.
   */
  rate?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rateRamp?: RampInput | null;
  /**
   * Raise the request rate gradually from a low value to `rate` instead of starting at full rate. A number is the ramp duration in seconds.
   */
  rate_ramp?: RampInput | null;
  /**
   * Selects user-centric load: `users` users sharing `rate`.
   */
  type?: "user_centric" | null;
  /**
   * Number of simulated concurrent users. Each user runs its sessions one turn at a time; together they produce `rate` requests per second.
   */
  users?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Replay a trace dataset, sending each request at its recorded timestamp. No stop condition is needed: the phase ends when the trace (or the window set by `startOffset` / `endOffset`) is exhausted. The dataset must be a file dataset with sequential sampling.
 */
export interface FixedSchedulePhasePartialInput {
  /**
   * Unique name of the phase (compared ignoring case). It labels logs, status and artifact folders, is how sweeps address the phase (`phases.<name>.rate`), and is what `dependsOn`, `when` and `carryOver` refer to. The Windows-reserved names CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are rejected because they cannot be folder names. Never inherited through `extends`.
   */
  name?: PhaseNameInput | null;
  /**
   * Whether this phase is a warmup (excluded from results) or a profiling phase (measured). When omitted it is `warmup` for a phase named `warmup` and `profiling` for every other name; the loader warns when a name looks like a warmup (contains `warm`) but no kind is given. The names `warmup` and `profiling` cannot take the other kind.
   */
  kind?: PhaseKindInput | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  excludeFromResults?: (boolean | TemplateString) | null;
  /**
   * Whether the phase's metrics are left out of the final results. It follows `kind` (true for warmup, false for profiling); writing the value that contradicts the kind is an error, so there is rarely a reason to set it.
   */
  exclude_from_results?: (boolean | TemplateString) | null;
  /**
   * Stop condition: stop sending after this many requests have been issued. With `duration` and/or `sessions` also set, whichever limit is reached first ends the phase. At least one of `requests`, `duration`, `sessions` is required except for `fixed_schedule`.
   */
  requests?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Stop condition: stop sending new requests after this much time, in seconds (input also accepts `30s`, `5m`, `1.5h`, `inf`). Requests still in flight then get `gracePeriod` to finish. Combined with `requests` / `sessions`, the first limit reached wins.
   */
  duration?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Stop condition: stop after this many sessions (conversations, possibly multi-turn) have completed. Useful with multi-turn datasets, where one session issues several requests.
   */
  sessions?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests in flight at once. For a `concurrency` phase this is the load itself (default 1); for rate-based phases it is an optional cap on top of the rate (unset: no cap).
   */
  concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrencyRamp?: RampInput | null;
  /**
   * Raise the concurrency limit gradually from a low value to `concurrency` instead of starting at full load. A number is the ramp duration in seconds.
   */
  concurrency_ramp?: RampInput | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefillConcurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Maximum number of requests that may be in their prefill stage (sent, first token not yet received) at once. Must not exceed `concurrency`, and requires `endpoint.streaming: true` because the first token marks the end of prefill.
   */
  prefill_concurrency?: ((number | TemplateString) | [number | TemplateString, ...(number | TemplateString)[]]) | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefillRamp?: RampInput | null;
  /**
   * Raise the prefill concurrency limit gradually up to `prefillConcurrency`. A number is the ramp duration in seconds.
   */
  prefill_ramp?: RampInput | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  gracePeriod?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * After `duration` expires, how long to wait for in-flight requests to finish before the phase ends, in seconds (input also accepts `30s`, `2m`). Requests still running after it are not counted. Only valid together with `duration`. Unset: AIPerf's default grace period applies.
   */
  grace_period?:
    | (
        | (number | DurationString | TemplateString)
        | [number | DurationString | TemplateString, ...(number | DurationString | TemplateString)[]]
      )
    | null;
  /**
   * Cancel a share of requests mid-flight to test how the server handles client disconnects. Unset: no request is cancelled.
   */
  cancellation?: CancellationPartialInput | null;
  /**
   * Service-level conditions checked during the phase, e.g. `request_latency` p95 at most 30000 ms. Adaptive scale uses them to decide whether the current load is still acceptable. Input also accepts the compact nested form `{metric: {stat: {op: threshold}}}`. Empty: no SLA.
   */
  sla?: MetricConditionPartialInput[] | SlaShorthandInput;
  /**
   * Start this phase the moment the previous one stops sending, without waiting for its in-flight requests to drain, so load never dips between phases. Not allowed on the first phase; in a DAG it requires exactly one dependency, the phase that runs immediately before. Never inherited through `extends`.
   */
  seamless?: boolean | TemplateString;
  /**
   * Name of the `benchmark.datasets` entry this phase draws requests from. Unset: the only dataset, or with several datasets the one named `default` (otherwise an error listing the names).
   */
  dataset?: string | null;
  /**
   * Name of a `benchmark.models.items` entry. When set, every request of this phase goes to that model, overriding the model selection strategy for the phase. Unset: the configured selection strategy applies.
   */
  model?: string | null;
  /**
   * Name of a `benchmark.endpointProfiles` entry to send this phase's requests to, or `default` for `benchmark.endpoint`. Only allowed when `benchmark.allowPerPhaseEndpoint` is true. Unset: `benchmark.endpoint`.
   */
  endpoint?: string | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  dependsOn?: DependsOnEntryPartialInput[] | null;
  /**
   * The phases that must finish before this one starts, and which of their outcomes allow it to run. When absent the phase depends on the phase before it in the list (the usual linear order; the first phase is a root). `[]` makes it an explicit root. If no dependency ends in an accepted outcome, the phase is skipped. Never inherited through `extends`.
   */
  depends_on?: DependsOnEntryPartialInput[] | null;
  /**
   * A condition evaluated just before the phase would start, over the results of phases that already ran (they must be ancestors in the DAG). False skips the phase (and, through their dependencies, its descendants). If a metric it names is missing, for example because an ancestor was skipped, the phase is skipped with that reason. Unset: always run.
   */
  when?: ExpressionInput | null;
  /**
   * Conditions the phase's own results must meet once it finishes; if any one fails, the phase is marked failed (and its descendants follow their `dependsOn` rules and the job's `failurePolicy`). Unset: the phase succeeds when it completes.
   */
  convergence?: PhaseConvergenceInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carryOver?: CarryOverPartialInput | null;
  /**
   * Reuse state left by an earlier phase instead of starting cold. If the source phase did not succeed, this phase is skipped with that reason. Unset: the phase starts without carried-over state.
   */
  carry_over?: CarryOverPartialInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timingMode?: TimingModeInput | null;
  /**
   * Overrides the timing strategy that the phase `type` would otherwise select. Mainly set by AIPerf's agentic-replay scenario lock, which stamps `agentic_replay` on profiling phases. Unset: derived from `type`.
   */
  timing_mode?: TimingModeInput | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failedRequestThreshold?: (number | TemplateString) | null;
  /**
   * Abort the run when the share of failed requests (failed / total, from 0 to 1) among profiling-phase records exceeds this ratio. The check arms only after max(concurrency, 10) records, so one early failure cannot stop a run; partial results are still written and the run exits non-zero. Unset: never abort on failures.
   */
  failed_request_threshold?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectoryStartMinRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: lower bound of the random point where replay of each trajectory starts, as a fraction of the trace's recorded duration (or of its turn count for traces without timestamps). Sampled per trajectory, reproducible with the random seed. Must not exceed `trajectoryStartMaxRatio`. When unset, AIPerf uses 0.25.
   */
  trajectory_start_min_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectoryStartMaxRatio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: upper bound of the random start point of each trajectory, as a fraction of its recorded duration (or turn count). At least one turn is always left to profile after the warmup. When unset, AIPerf uses 0.75.
   */
  trajectory_start_max_ratio?: (number | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burstPhaseStarts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: fire the first requests of the warmup and of the profiling stage together in one burst. False spreads them by each request's recorded offset, which reproduces the trace's arrival pattern at both boundaries; true ramps up faster, for throughput-oriented runs. When unset, AIPerf uses false.
   */
  burst_phase_starts?: (boolean | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  systemIdleGapCapSeconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: the longest time, in seconds, the replay may sit globally idle (nothing in flight or ready) while later requests are scheduled. When the cap is hit, all pending timers move earlier by the same amount, keeping per-trace order and spacing. Unset: no cap.
   */
  system_idle_gap_cap_seconds?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agenticCacheWarmupDuration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: extra cache-pressure warmup, in seconds, after the snapshot warmup drains. Trajectories keep running without recorded idle delays and with one-token outputs for this long before profiling resumes from the resulting state. Cannot be combined with `warmupRequestsPerLane`. Unset: no extra warmup.
   */
  agentic_cache_warmup_duration?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmupRequestsPerLane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: a cache-pressure warmup sized by requests instead of time: this many requests per concurrency lane, on top of the mandatory snapshot primers. A request budget primes the cache to the same depth on fast and slow servers. Cannot be combined with `agenticCacheWarmupDuration`. Unset: no extra warmup.
   */
  warmup_requests_per_lane?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agenticWarmupGracePeriod?: (number | TemplateString) | null;
  /**
   * Agentic replay only: how long, in seconds, the automatically created warmup waits for in-flight priming requests after its burst is sent. Unset: wait until every primed trajectory has returned, however long that takes.
   */
  agentic_warmup_grace_period?: (number | TemplateString) | null;
  /**
   * Selects trace replay at recorded timestamps.
   */
  type?: "fixed_schedule" | null;
  /**
   * Shift the trace so its earliest timestamp becomes 0 and replay starts immediately. Must be false when `startOffset` is set.
   */
  autoOffset?: boolean | TemplateString;
  /**
   * Shift the trace so its earliest timestamp becomes 0 and replay starts immediately. Must be false when `startOffset` is set.
   */
  auto_offset?: boolean | TemplateString;
  /**
   * Skip trace entries before this timestamp, in integer milliseconds of trace time (not a duration string). Requires `autoOffset: false`; must not exceed `endOffset`. Unset: start at the beginning of the trace.
   */
  startOffset?: (number | TemplateString) | null;
  /**
   * Skip trace entries before this timestamp, in integer milliseconds of trace time (not a duration string). Requires `autoOffset: false`; must not exceed `endOffset`. Unset: start at the beginning of the trace.
   */
  start_offset?: (number | TemplateString) | null;
  /**
   * Skip trace entries after this timestamp, in integer milliseconds of trace time (not a duration string). Unset: replay to the end of the trace.
   */
  endOffset?: (number | TemplateString) | null;
  /**
   * Skip trace entries after this timestamp, in integer milliseconds of trace time (not a duration string). Unset: replay to the end of the trace.
   */
  end_offset?: (number | TemplateString) | null;
  /**
   * Templates this entry inherits from (see `templates:`).
   */
  extends?: ExtendsInput;
}
/**
 * Output settings. When left out, results go to `./artifacts` with the JSON summary, the per-request JSONL records and the CSV summary.
 */
export interface ArtifactsPartialInput {
  /**
   * Folder that receives every result file, created if missing. A relative path is relative to the working directory AIPerf runs in.
   */
  dir?: string;
  /**
   * Base file name for all exports instead of the historical names: with `foo` you get `foo.csv`, `foo.json`, `foo.jsonl`, `foo_raw.jsonl`, `foo_timeslices.csv`, `foo_gpu_telemetry.jsonl`, `foo_server_metrics.json` and so on. A known export suffix at the end (`_raw.jsonl`, `.json`, ...) is stripped first. When unset, files are named `profile_export_aiperf.json`, `profile_export.jsonl`, etc.
   */
  prefix?: string | null;
  /**
   * Formats of the summary export (aggregate statistics per metric), or `false` to skip the JSON summary file. `json` is the only format; the CSV summary is written regardless. An empty list is rejected: use `false`.
   */
  summary?: ["json", ..."json"[]] | false;
  /**
   * Formats of the per-request records export (one line of metrics per request), or `false` to skip it. `jsonl` is the only format. An empty list is rejected: use `false`.
   */
  records?: ["jsonl", ..."jsonl"[]] | false;
  /**
   * Also write every raw request and response payload to a JSONL file (`profile_export_raw.jsonl`). Useful for debugging; the file can be large.
   */
  raw?: boolean | TemplateString;
  /**
   * Record detailed HTTP timing traces for every request (DNS, connect, send, time to first byte, receive) in the exports.
   */
  trace?: boolean | TemplateString;
  /**
   * Include list-valued per-chunk metrics (such as every inter-chunk latency of a streamed response) in the records export. Off unless set, to keep record files small. Accepted by newer AIPerf versions only.
   */
  perChunkData?: (boolean | TemplateString) | null;
  /**
   * Include list-valued per-chunk metrics (such as every inter-chunk latency of a streamed response) in the records export. Off unless set, to keep record files small. Accepted by newer AIPerf versions only.
   */
  per_chunk_data?: (boolean | TemplateString) | null;
  /**
   * Length of the time slices, in seconds, for per-slice statistics written to the `_timeslices` exports, to see how metrics evolve during a run. Accepts durations such as `30s` or `5m`. When unset, no time slicing is done.
   */
  sliceDuration?: (number | DurationString | TemplateString) | null;
  /**
   * Length of the time slices, in seconds, for per-slice statistics written to the `_timeslices` exports, to see how metrics evolve during a run. Accepts durations such as `30s` or `5m`. When unset, no time slicing is done.
   */
  slice_duration?: (number | DurationString | TemplateString) | null;
  /**
   * Print the HTTP timing breakdown (blocked, DNS, connecting, sending, waiting, receiving, total) in the console summary.
   */
  showTraceTiming?: boolean | TemplateString;
  /**
   * Print the HTTP timing breakdown (blocked, DNS, connecting, sending, waiting, receiving, total) in the console summary.
   */
  show_trace_timing?: boolean | TemplateString;
  /**
   * Files of your own written into the run folder before the benchmark starts, such as a run manifest for a dashboard. Their content may use `{{ ... }}`, which is rendered when the files are written, not when the config is loaded.
   */
  userFiles?: UserFilePartialInput[];
  /**
   * Files of your own written into the run folder before the benchmark starts, such as a run manifest for a dashboard. Their content may use `{{ ... }}`, which is rendered when the files are written, not when the config is loaded.
   */
  user_files?: UserFilePartialInput[];
  /**
   * Run `aiperf plot` on the results folder when the benchmark finishes. Setting the root `plot:` key turns this on unless it is explicitly `false`.
   */
  autoPlot?: boolean | TemplateString;
  /**
   * Run `aiperf plot` on the results folder when the benchmark finishes. Setting the root `plot:` key turns this on unless it is explicitly `false`.
   */
  auto_plot?: boolean | TemplateString;
  /**
   * Make a failed auto-plot fail the run (non-zero exit). When false, a plotting error is only a warning. Only meaningful with `autoPlot`.
   */
  plotRequired?: boolean | TemplateString;
  /**
   * Make a failed auto-plot fail the run (non-zero exit). When false, a plotting error is only a warning. Only meaningful with `autoPlot`.
   */
  plot_required?: boolean | TemplateString;
  /**
   * Also write the generated response texts to `outputs.json` after the run.
   */
  exportOutputsJson?: boolean | TemplateString;
  /**
   * Also write the generated response texts to `outputs.json` after the run.
   */
  export_outputs_json?: boolean | TemplateString;
}
/**
 * One file written into the run folder before the benchmark starts. Its content is rendered with Jinja against the config's `variables` and run information (job name, epoch, artifact folder, model, endpoint URL, ...).
 */
export interface UserFilePartialInput {
  /**
   * Where to write the file, relative to the run folder. Subfolders are allowed; absolute paths and `..` segments are rejected.
   */
  path?: string | null;
  /**
   * How `content` is written. When unset: `text` if the content is a string, `json` otherwise.
   */
  format?: ("json" | "yaml" | "text") | null;
  /**
   * What the file contains: a mapping, list or scalar for `json`/`yaml`, a string for `text`. Any string inside may use `{{ ... }}`; keys are yours and are kept verbatim.
   */
  content?: unknown | null;
}
/**
 * The HuggingFace tokenizer used for token counts (ISL/OSL, throughput in tokens) and to build synthetic prompts of exact lengths. It should match the served model, or token counts will be off.
 */
export interface TokenizerPartialInput {
  /**
   * HuggingFace tokenizer id, local folder, or `builtin` (a tiktoken-based tokenizer that needs no network access). When unset, the first model's name is used; AIPerf switches to `builtin` with a warning for obvious placeholder model names such as `mock-model`.
   */
  name?: string | null;
  /**
   * Branch, tag or commit of the tokenizer repository. Pin a commit for reproducible token counts.
   */
  revision?: string;
  /**
   * Allow the tokenizer repository to run its own Python code. Some models need it; enable it only for sources you trust.
   */
  trustRemoteCode?: boolean | TemplateString;
  /**
   * Allow the tokenizer repository to run its own Python code. Some models need it; enable it only for sources you trust.
   */
  trust_remote_code?: boolean | TemplateString;
}
/**
 * Kubernetes discovery of inference-server metrics endpoints. A pod qualifies when it carries the Dynamo label `nvidia.com/metrics-enabled=true`, the annotation `aiperf.nvidia.com/metrics-paths`, runs a known inference-server image, or matches `labelSelector`.
 */
export interface ServerMetricsDiscoveryPartialInput {
  /**
   * Whether to look for endpoints in Kubernetes. `labelSelector` and `namespace` are only allowed when it is not `disabled`.
   */
  mode?: ServerMetricsDiscoveryModeInput & string;
  /**
   * Kubernetes label selector of extra pods to scrape, on top of the built-in detection.
   */
  labelSelector?: string | null;
  /**
   * Kubernetes label selector of extra pods to scrape, on top of the built-in detection.
   */
  label_selector?: string | null;
  /**
   * Kubernetes namespace to search. When unset, all namespaces are searched.
   */
  namespace?: string | null;
}
/**
 * Network round-trip calibration: AIPerf measures the TCP handshake time to the endpoint (or takes `meanMs`) and reports extra `network_adjusted_*` latency metrics with that time subtracted. The unadjusted metrics are kept. Off by default.
 */
export interface NetworkLatencyPartialInput {
  /**
   * Measure the network round trip and report network-adjusted latencies.
   */
  enabled?: boolean | TemplateString;
  /**
   * Seconds between round-trip probes during profiling. When unset, AIPerf probes once per second (its environment setting `AIPERF_NETWORK_LATENCY_DEFAULT_PROBE_INTERVAL`). Ignored when `meanMs` is set.
   */
  pingInterval?: (number | TemplateString) | null;
  /**
   * Seconds between round-trip probes during profiling. When unset, AIPerf probes once per second (its environment setting `AIPERF_NETWORK_LATENCY_DEFAULT_PROBE_INTERVAL`). Ignored when `meanMs` is set.
   */
  ping_interval?: (number | TemplateString) | null;
  /**
   * A fixed round-trip time in milliseconds to subtract, instead of measuring it. No probes are sent when this is set.
   */
  meanMs?: (number | TemplateString) | null;
  /**
   * A fixed round-trip time in milliseconds to subtract, instead of measuring it. No probes are sent when this is set.
   */
  mean_ms?: (number | TemplateString) | null;
}
/**
 * Streaming of metric and timing records to an OpenTelemetry collector while the benchmark runs. Active when `metricsUrl` is set.
 */
export interface OTelPartialInput {
  /**
   * OTLP/HTTP metrics endpoint of the collector. Setting it turns streaming on.
   */
  metricsUrl?: string | null;
  /**
   * OTLP/HTTP metrics endpoint of the collector. Setting it turns streaming on.
   */
  metrics_url?: string | null;
  /**
   * Stream per-request metric records.
   */
  streamMetricsEnabled?: boolean | TemplateString;
  /**
   * Stream per-request metric records.
   */
  stream_metrics_enabled?: boolean | TemplateString;
  /**
   * Stream request timing records.
   */
  streamTimingEnabled?: boolean | TemplateString;
  /**
   * Stream request timing records.
   */
  stream_timing_enabled?: boolean | TemplateString;
  /**
   * Extra OpenTelemetry resource attributes attached to everything sent, name to value.
   */
  customResourceAttributes?: {
    [k: string]: string | undefined;
  };
  /**
   * Extra OpenTelemetry resource attributes attached to everything sent, name to value.
   */
  custom_resource_attributes?: {
    [k: string]: string | undefined;
  };
  /**
   * Value reported as the GenAI provider in the OpenTelemetry semantic conventions, overriding the one derived from the endpoint.
   */
  genAiProvider?: string | null;
  /**
   * Value reported as the GenAI provider in the OpenTelemetry semantic conventions, overriding the one derived from the endpoint.
   */
  gen_ai_provider?: string | null;
}
/**
 * Upload of results and artifacts to an MLflow tracking server after the run. Active when `trackingUri` is set.
 */
export interface MLflowPartialInput {
  /**
   * MLflow tracking server URI. Setting it turns the upload on.
   */
  trackingUri?: string | null;
  /**
   * MLflow tracking server URI. Setting it turns the upload on.
   */
  tracking_uri?: string | null;
  /**
   * MLflow experiment the run is logged under.
   */
  experiment?: string;
  /**
   * Name of the MLflow run. When unset, MLflow generates one.
   */
  runName?: string | null;
  /**
   * Name of the MLflow run. When unset, MLflow generates one.
   */
  run_name?: string | null;
  /**
   * Tags attached to the MLflow run, name to value. You may also write them as one `key:value,key2:value2` string or as a list of `key:value` strings or `[key, value]` pairs.
   */
  tags?:
    | (
        | {
            [k: string]: string | undefined;
          }
        | string
        | (string | [string | number | boolean, string | number | boolean])[]
      )
    | null;
  /**
   * ID of an existing MLflow run to nest this run under.
   */
  parentRunId?: string | null;
  /**
   * ID of an existing MLflow run to nest this run under.
   */
  parent_run_id?: string | null;
  /**
   * Glob patterns, relative to the results folder, of the files to upload. When unset, the JSON, CSV, JSONL and Parquet exports, time-slice files and plot images are uploaded.
   */
  artifactGlobs?: string[] | null;
  /**
   * Glob patterns, relative to the results folder, of the files to upload. When unset, the JSON, CSV, JSONL and Parquet exports, time-slice files and plot images are uploaded.
   */
  artifact_globs?: string[] | null;
}
/**
 * Upload of results to Weights & Biases after the run. Active when `project` is set; `entity`, `runName` and `tags` need `project`.
 */
export interface WandbPartialInput {
  /**
   * Weights & Biases project name. Setting it turns the upload on.
   */
  project?: string | null;
  /**
   * Team or user that owns the project. When unset, the default entity of the API key is used.
   */
  entity?: string | null;
  /**
   * Name of the Weights & Biases run. When unset, one is generated.
   */
  runName?: string | null;
  /**
   * Name of the Weights & Biases run. When unset, one is generated.
   */
  run_name?: string | null;
  /**
   * Tags attached to the run.
   */
  tags?: string[] | null;
}
/**
 * Execution settings of AIPerf's own processes. They change how load is generated and shown, not what is measured; the defaults suit a single machine.
 */
export interface RuntimePartialInput {
  /**
   * Console user interface. The dashboard cannot be combined with a sweep when set explicitly; use `simple` or `none` in sweeps and in CI.
   */
  ui?: RuntimeUiInput & string;
  /**
   * Total number of worker processes that send requests (the upper bound when `workersMin` is set). When unset, it is derived from the number of CPU cores.
   */
  workers?: (number | TemplateString) | null;
  /**
   * Total number of processes that turn responses into metric records. When unset, it is derived from the number of CPU cores.
   */
  recordProcessors?: (number | TemplateString) | null;
  /**
   * Total number of processes that turn responses into metric records. When unset, it is derived from the number of CPU cores.
   */
  record_processors?: (number | TemplateString) | null;
  /**
   * How AIPerf's services are started. Under the Kubernetes operator this is set for you; do not set it in a custom resource.
   */
  serviceRunType?: ServiceRunTypeInput & string;
  /**
   * How AIPerf's services are started. Under the Kubernetes operator this is set for you; do not set it in a custom resource.
   */
  service_run_type?: ServiceRunTypeInput & string;
  /**
   * Transport between AIPerf's own services. When unset, IPC sockets under `/tmp/aiperf` are used, which suits a single machine.
   */
  communication?: CommunicationPartialInput | null;
  /**
   * Port of AIPerf's own HTTP/WebSocket API for live metrics and control. When unset, the API server is not started.
   */
  apiPort?: (number | TemplateString) | null;
  /**
   * Port of AIPerf's own HTTP/WebSocket API for live metrics and control. When unset, the API server is not started.
   */
  api_port?: (number | TemplateString) | null;
  /**
   * Address the API server binds to. Requires `apiPort`.
   */
  apiHost?: string | null;
  /**
   * Address the API server binds to. Requires `apiPort`.
   */
  api_host?: string | null;
  /**
   * URL from which worker pods download the dataset from the controller pod in Kubernetes mode. The operator sets it; do not set it yourself.
   */
  datasetApiBaseUrl?: string | null;
  /**
   * URL from which worker pods download the dataset from the controller pod in Kubernetes mode. The operator sets it; do not set it yourself.
   */
  dataset_api_base_url?: string | null;
  /**
   * Worker processes per Kubernetes worker pod (Kubernetes mode only); `workers` remains the cluster-wide total. Ignored when running locally.
   */
  workersPerPod?: (number | TemplateString) | null;
  /**
   * Worker processes per Kubernetes worker pod (Kubernetes mode only); `workers` remains the cluster-wide total. Ignored when running locally.
   */
  workers_per_pod?: (number | TemplateString) | null;
  /**
   * Record processors per Kubernetes worker pod (Kubernetes mode only); `recordProcessors` remains the cluster-wide total. Ignored when running locally.
   */
  recordProcessorsPerPod?: (number | TemplateString) | null;
  /**
   * Record processors per Kubernetes worker pod (Kubernetes mode only); `recordProcessors` remains the cluster-wide total. Ignored when running locally.
   */
  record_processors_per_pod?: (number | TemplateString) | null;
  /**
   * Number of workers to start with when workers are ramped up adaptively; `workers` is the maximum.
   */
  workersMin?: (number | TemplateString) | null;
  /**
   * Number of workers to start with when workers are ramped up adaptively; `workers` is the maximum.
   */
  workers_min?: (number | TemplateString) | null;
}
/**
 * Unix-domain sockets: the fastest option, for services that all run on one machine.
 */
export interface IpcCommunicationPartialInput {
  /**
   * Selects IPC sockets.
   */
  type?: "ipc" | null;
  /**
   * Folder where the socket files are created.
   */
  path?: string;
}
/**
 * TCP sockets, for services spread over several machines.
 */
export interface TcpCommunicationPartialInput {
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  recordsPort?: number | TemplateString;
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  records_port?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  creditRouterPort?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  credit_router_port?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  controlPort?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  control_port?: number | TemplateString;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  eventBusProxy?: TcpProxyPartialInput | null;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  event_bus_proxy?: TcpProxyPartialInput | null;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  datasetManagerProxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  dataset_manager_proxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  rawInferenceProxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  raw_inference_proxy?: TcpProxyPartialInput;
  /**
   * Selects TCP sockets.
   */
  type?: "tcp" | null;
  /**
   * Address the services bind to and connect to. Use a reachable address for multi-machine runs; `0.0.0.0` listens on every interface.
   */
  host?: string;
}
/**
 * The two TCP ports of one message proxy.
 */
export interface TcpProxyPartialInput {
  /**
   * Port the proxy's producers connect to.
   */
  frontendPort?: (number | TemplateString) | null;
  /**
   * Port the proxy's producers connect to.
   */
  frontend_port?: (number | TemplateString) | null;
  /**
   * Port the proxy's consumers connect to.
   */
  backendPort?: (number | TemplateString) | null;
  /**
   * Port the proxy's consumers connect to.
   */
  backend_port?: (number | TemplateString) | null;
}
/**
 * IPC for services in the controller pod plus TCP for worker pods, as used on Kubernetes. Services use TCP to `controllerHost` when it is set, IPC otherwise.
 */
export interface DualCommunicationPartialInput {
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  recordsPort?: number | TemplateString;
  /**
   * Port of the channel that carries metric records to the record processors.
   */
  records_port?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  creditRouterPort?: number | TemplateString;
  /**
   * Port of the credit router that hands out request credits to workers.
   */
  credit_router_port?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  controlPort?: number | TemplateString;
  /**
   * Port of the control channel between the controller and the services.
   */
  control_port?: number | TemplateString;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  eventBusProxy?: TcpProxyPartialInput | null;
  /**
   * Ports of the event-bus proxy (publish/subscribe). When unset, 5663 and 5664, or AIPerf's `AIPERF_ZMQ_EVENT_BUS_PROXY_FRONTEND_PORT` / `..._BACKEND_PORT` environment settings.
   */
  event_bus_proxy?: TcpProxyPartialInput | null;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  datasetManagerProxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy through which workers ask the dataset manager for requests.
   */
  dataset_manager_proxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  rawInferenceProxy?: TcpProxyPartialInput;
  /**
   * Ports of the proxy that carries raw inference results to the record processors.
   */
  raw_inference_proxy?: TcpProxyPartialInput;
  /**
   * Selects dual binding (IPC and TCP).
   */
  type?: "dual" | null;
  /**
   * Folder of the IPC socket files used by local services.
   */
  ipcPath?: string;
  /**
   * Folder of the IPC socket files used by local services.
   */
  ipc_path?: string;
  /**
   * Address the TCP proxies bind to; `0.0.0.0` listens on every interface.
   */
  tcpHost?: string;
  /**
   * Address the TCP proxies bind to; `0.0.0.0` listens on every interface.
   */
  tcp_host?: string;
  /**
   * Host name of the controller that remote services connect to over TCP (in Kubernetes, the controller's service DNS name). When unset, services connect over IPC.
   */
  controllerHost?: string | null;
  /**
   * Host name of the controller that remote services connect to over TCP (in Kubernetes, the controller's service DNS name). When unset, services connect over IPC.
   */
  controller_host?: string | null;
}
/**
 * Log output settings.
 */
export interface LoggingPartialInput {
  /**
   * Lowest severity that is logged.
   */
  level?: LogLevelInput & string;
}
/**
 * Accuracy evaluation: AIPerf sends the questions of a standard benchmark through the endpoint and grades the answers, alongside the performance metrics. `benchmark` selects the suite; the other fields are only allowed together with it.
 */
export interface AccuracyPartialInput {
  /**
   * The accuracy suite to run. Setting it turns accuracy evaluation on.
   */
  benchmark?: AccuracyBenchmarkInput | null;
  /**
   * Subsets of the suite to evaluate (for MMLU, subject names). When unset, every task runs. A comma-separated string is accepted too.
   */
  tasks?: (string[] | string) | null;
  /**
   * Number of solved examples put in the prompt before each question (0 = zero-shot, at most 32). When unset, the suite's own default is used (e.g. 5 for MMLU).
   */
  nShots?: (number | TemplateString) | null;
  /**
   * Number of solved examples put in the prompt before each question (0 = zero-shot, at most 32). When unset, the suite's own default is used (e.g. 5 for MMLU).
   */
  n_shots?: (number | TemplateString) | null;
  /**
   * Ask the model to reason step by step (chain of thought) before answering. When unset, the suite's default applies (on for AIME, for example).
   */
  enableCot?: (boolean | TemplateString) | null;
  /**
   * Ask the model to reason step by step (chain of thought) before answering. When unset, the suite's default applies (on for AIME, for example).
   */
  enable_cot?: (boolean | TemplateString) | null;
  /**
   * Grader that scores the answers, replacing the suite's default grader.
   */
  grader?: AccuracyGraderInput | null;
  /**
   * System prompt used for the accuracy questions, replacing any prompt the suite defines.
   */
  systemPrompt?: string | null;
  /**
   * System prompt used for the accuracy questions, replacing any prompt the suite defines.
   */
  system_prompt?: string | null;
  /**
   * Print the grading of every single question.
   */
  verbose?: boolean | TemplateString;
}
/**
 * Draws `samples` points with a Sobol low-discrepancy sequence, which covers the whole space evenly and jointly. Powers of two for `samples` give the best balance.
 */
export interface SobolSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iterationOrder?: SweepIterationOrderInput & string;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iteration_order?: SweepIterationOrderInput & string;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  sameSeed?: boolean | TemplateString;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  same_seed?: boolean | TemplateString;
  /**
   * Number of variations to draw, from 2 to 1,048,576 (2^20). Every sample is one full benchmark run (times `multiRun.numRuns`).
   */
  samples: number | TemplateString;
  /**
   * Seed of the sampler, so the same points are drawn again. When not set, randomized samplers (scrambled Sobol, Latin hypercube) draw different points on every expansion. Independent of the root `randomSeed`, which seeds the workload.
   */
  seed?: (number | TemplateString) | null;
  /**
   * The settings to sample, one entry per path. Paths must be unique.
   *
   * @minItems 1
   */
  dimensions: [SamplingDimensionInput, ...SamplingDimensionInput[]];
  /**
   * How variations are labelled in results and folder names.
   */
  labelFormat?: "index" | "kv";
  /**
   * How variations are labelled in results and folder names.
   */
  label_format?: "index" | "kv";
  /**
   * Selects the Sobol sampling sweep.
   */
  type?: "sobol";
  /**
   * Randomize the Sobol sequence (Owen scrambling), seeded by `seed`. `false` uses the raw sequence, whose first point is the lower corner of every dimension; with few samples that covers the space poorly.
   */
  scramble?: boolean | TemplateString;
}
/**
 * One setting sampled by a `sobol` or `latin_hypercube` sweep: either a numeric range (`lo` and `hi`) or a list of `choices`, not both.
 */
export interface SamplingDimensionInput {
  /**
   * The setting to vary, written as a grid-sweep path (dotted from inside `benchmark`, bare aliases such as `concurrency`, or `variables.<name>`).
   */
  path: string;
  /**
   * Lower end of the range (inclusive); requires `hi`, and must be above 0 with `scale: log`.
   */
  lo?: (number | TemplateString) | null;
  /**
   * Upper end of the range (inclusive); requires `lo` and must be greater than it.
   */
  hi?: (number | TemplateString) | null;
  /**
   * How the range is spread: `linear` evenly, `log` evenly in orders of magnitude (use it for ranges like 1 to 1000). Ignored with `choices`.
   */
  scale?: "linear" | "log";
  /**
   * `int` rounds sampled values to whole numbers (for counts such as concurrency); `real` keeps fractions. A very narrow `int` range produces duplicate variations.
   */
  kind?: "int" | "real";
  /**
   * A list of values to pick from instead of a range, e.g. dataset formats or model names. Entries are scalars.
   */
  choices?: [string | number | boolean | null, ...(string | number | boolean | null)[]] | null;
}
/**
 * Draws `samples` points by Latin hypercube sampling: along every dimension, each of `samples` equal slices receives exactly one point.
 */
export interface LatinHypercubeSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iterationOrder?: SweepIterationOrderInput & string;
  /**
   * How sweep variations and `multiRun` trials are interleaved.
   */
  iteration_order?: SweepIterationOrderInput & string;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  sameSeed?: boolean | TemplateString;
  /**
   * Use the root `randomSeed` unchanged for every variation. The default `false` gives variation N the seed `randomSeed + N`.
   */
  same_seed?: boolean | TemplateString;
  /**
   * Number of variations to draw, from 2 to 1,048,576 (2^20). Every sample is one full benchmark run (times `multiRun.numRuns`).
   */
  samples: number | TemplateString;
  /**
   * Seed of the sampler, so the same points are drawn again. When not set, randomized samplers (scrambled Sobol, Latin hypercube) draw different points on every expansion. Independent of the root `randomSeed`, which seeds the workload.
   */
  seed?: (number | TemplateString) | null;
  /**
   * The settings to sample, one entry per path. Paths must be unique.
   *
   * @minItems 1
   */
  dimensions: [SamplingDimensionInput, ...SamplingDimensionInput[]];
  /**
   * How variations are labelled in results and folder names.
   */
  labelFormat?: "index" | "kv";
  /**
   * How variations are labelled in results and folder names.
   */
  label_format?: "index" | "kv";
  /**
   * Selects the Latin hypercube sampling sweep.
   */
  type?: "latin_hypercube";
  /**
   * Post-processing that rearranges the drawn points so they also spread evenly across combinations of dimensions. When not set, the points are used as drawn (a plain Latin hypercube).
   */
  optimization?: ("random-cd" | "lloyd") | null;
}
/**
 * An adaptive search: instead of a fixed list, a planner proposes each next point in `searchSpace` from the results so far, optimizing `objectives` under `slaFilters` and `outcomeConstraints`, for at most `maxIterations` benchmarks. Nothing is expanded ahead of time, so `validate` checks the block but cannot list the variations.
 */
export interface AdaptiveSearchSweepInput {
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two sweep variations (or two adaptive-search iterations), in seconds, to let the server settle. 0 starts the next one immediately. Pauses between trials of one variation are `multiRun.cooldownSeconds`.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  slaFilters?: MetricConditionInput[];
  /**
   * Conditions a variation must meet to count as feasible, e.g. `time_to_first_token` p95 below 200 ms. They do not stop any run: they mark which variations pass when results are aggregated and the best one is picked, and an adaptive search uses them to score candidates. Empty: every variation is feasible.
   */
  sla_filters?: MetricConditionInput[];
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  postProcess?: SweepPostProcessInput | null;
  /**
   * A handler that runs after the sweep's results are aggregated and writes one extra JSON report. Normally filled in by an AIPerf search recipe rather than written by hand.
   */
  post_process?: SweepPostProcessInput | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipeName?: string | null;
  /**
   * Name of the AIPerf search recipe this sweep was generated from (`--search-recipe`). Recorded for reports and live plots; it does not change what runs. Normally set by AIPerf, not by hand.
   */
  recipe_name?: string | null;
  /**
   * Selects the adaptive search.
   */
  type?: "adaptive_search";
  /**
   * The search algorithm.
   */
  planner?: SearchPlannerInput & string;
  /**
   * The settings the planner may change, each with its range. Paths must be unique.
   *
   * @minItems 1
   */
  searchSpace?: [SearchSpaceDimensionInput, ...SearchSpaceDimensionInput[]];
  /**
   * The settings the planner may change, each with its range. Paths must be unique.
   *
   * @minItems 1
   */
  search_space?: [SearchSpaceDimensionInput, ...SearchSpaceDimensionInput[]];
  /**
   * What to optimize. One entry is a single-objective search; several entries search for the Pareto front (with the `optuna` planner, use `optunaSampler: botorch` and a multi-objective `optunaAcquisition` such as `qlognehvi`).
   *
   * @minItems 1
   */
  objectives: [SearchObjectiveInput, ...SearchObjectiveInput[]];
  /**
   * Feasibility limits on metrics that are not optimized, e.g. error count at most 1. Candidates predicted to break them are avoided. Empty: no constraints.
   */
  outcomeConstraints?: SearchOutcomeConstraintInput[];
  /**
   * Feasibility limits on metrics that are not optimized, e.g. error count at most 1. Candidates predicted to break them are avoided. Empty: no constraints.
   */
  outcome_constraints?: SearchOutcomeConstraintInput[];
  /**
   * Largest number of benchmarks (iterations) the search runs, from 2 to 200. It may stop earlier on a plateau or when no improvement is found. Each iteration runs `multiRun.numRuns` trials.
   */
  maxIterations?: number | TemplateString;
  /**
   * Largest number of benchmarks (iterations) the search runs, from 2 to 200. It may stop earlier on a plateau or when no improvement is found. Each iteration runs `multiRun.numRuns` trials.
   */
  max_iterations?: number | TemplateString;
  /**
   * Number of quasi-random points tried before the model starts guiding the search. With the `bayesian` and `optuna` planners it must be less than `maxIterations`; the other planners ignore it.
   */
  nInitialPoints?: number | TemplateString;
  /**
   * Number of quasi-random points tried before the model starts guiding the search. With the `bayesian` and `optuna` planners it must be less than `maxIterations`; the other planners ignore it.
   */
  n_initial_points?: number | TemplateString;
  /**
   * Number of recent iterations examined for a plateau. Kept above `nInitialPoints` so the check looks at model-guided points. Used by the `bayesian` and `optuna` planners only.
   */
  plateauWindow?: number | TemplateString;
  /**
   * Number of recent iterations examined for a plateau. Kept above `nInitialPoints` so the check looks at model-guided points. Used by the `bayesian` and `optuna` planners only.
   */
  plateau_window?: number | TemplateString;
  /**
   * The search stops on a plateau when the coefficient of variation of the objective over the last `plateauWindow` iterations falls below this value. Used by the `bayesian` and `optuna` planners only.
   */
  plateauThreshold?: number | TemplateString;
  /**
   * The search stops on a plateau when the coefficient of variation of the objective over the last `plateauWindow` iterations falls below this value. Used by the `bayesian` and `optuna` planners only.
   */
  plateau_threshold?: number | TemplateString;
  /**
   * The search stops after this many iterations in a row without a better result. Used by the `bayesian` and `optuna` planners only.
   */
  improvementPatience?: number | TemplateString;
  /**
   * The search stops after this many iterations in a row without a better result. Used by the `bayesian` and `optuna` planners only.
   */
  improvement_patience?: number | TemplateString;
  /**
   * Seed of the planner's own random choices, so the same points are proposed again. When not set, the planner is not seeded. Independent of the root `randomSeed`, which seeds the workload.
   */
  randomSeed?: (number | TemplateString) | null;
  /**
   * Seed of the planner's own random choices, so the same points are proposed again. When not set, the planner is not seeded. Independent of the root `randomSeed`, which seeds the workload.
   */
  random_seed?: (number | TemplateString) | null;
  /**
   * The Optuna sampler, used with `planner: optuna` only. If `botorch` is left implicit and BoTorch is not installed, AIPerf warns and uses `tpe`.
   */
  optunaSampler?: "botorch" | "tpe" | "gp";
  /**
   * The Optuna sampler, used with `planner: optuna` only. If `botorch` is left implicit and BoTorch is not installed, AIPerf warns and uses `tpe`.
   */
  optuna_sampler?: "botorch" | "tpe" | "gp";
  /**
   * Acquisition function of the BoTorch sampler (`planner: optuna`, `optunaSampler: botorch`); ignored otherwise. When not set, Optuna chooses (LogEI for one objective). The single-objective functions require exactly one objective, the multi-objective ones at least two.
   */
  optunaAcquisition?: ("logei" | "qlogei" | "qnei" | "qlognei" | "qehvi" | "qnehvi" | "qlognehvi") | null;
  /**
   * Acquisition function of the BoTorch sampler (`planner: optuna`, `optunaSampler: botorch`); ignored otherwise. When not set, Optuna chooses (LogEI for one objective). The single-objective functions require exactly one objective, the multi-objective ones at least two.
   */
  optuna_acquisition?: ("logei" | "qlogei" | "qnei" | "qlognei" | "qehvi" | "qnehvi" | "qlognehvi") | null;
  /**
   * An additional stopping rule based on the estimated remaining regret, used with `planner: optuna` only. It acts on top of the plateau and patience rules.
   */
  optunaTerminator?: "none" | "regret" | "emmr";
  /**
   * An additional stopping rule based on the estimated remaining regret, used with `planner: optuna` only. It acts on top of the plateau and patience rules.
   */
  optuna_terminator?: "none" | "regret" | "emmr";
  /**
   * How a percentile objective (p50 to p99) is computed over the trials of one iteration; no effect for `avg`.
   */
  objectivePooling?: "mean" | "pooled";
  /**
   * How a percentile objective (p50 to p99) is computed over the trials of one iteration; no effect for `avg`.
   */
  objective_pooling?: "mean" | "pooled";
  /**
   * Number of consistent results the `monotonic_sla` planner needs before it accepts a pass/fail boundary.
   */
  monotonicStabilityTrials?: number | TemplateString;
  /**
   * Number of consistent results the `monotonic_sla` planner needs before it accepts a pass/fail boundary.
   */
  monotonic_stability_trials?: number | TemplateString;
  /**
   * Number of repeated measurements per step of the `smooth_isotonic` planner. 0 lets the planner choose from the measured noise and the SLA threshold. Ignored by other planners.
   */
  slaReplicates?: number | TemplateString;
  /**
   * Number of repeated measurements per step of the `smooth_isotonic` planner. 0 lets the planner choose from the measured noise and the SLA threshold. Ignored by other planners.
   */
  sla_replicates?: number | TemplateString;
  /**
   * Number of requests per probe of the `smooth_isotonic` planner, which sets how precise its p99 estimate is. Ignored by other planners.
   */
  slaPrecision?: "tight" | "normal" | "coarse";
  /**
   * Number of requests per probe of the `smooth_isotonic` planner, which sets how precise its p99 estimate is. Ignored by other planners.
   */
  sla_precision?: "tight" | "normal" | "coarse";
  /**
   * Seconds at the start of each probe of the `smooth_isotonic` planner that are left out of the measurement, to skip warm-up effects such as CUDA-graph capture. When not set, the planner uses the larger of 30 s and three inter-batch times. Ignored by other planners.
   */
  slaWarmupSeconds?: (number | TemplateString) | null;
  /**
   * Seconds at the start of each probe of the `smooth_isotonic` planner that are left out of the measurement, to skip warm-up effects such as CUDA-graph capture. When not set, the planner uses the larger of 30 s and three inter-batch times. Ignored by other planners.
   */
  sla_warmup_seconds?: (number | TemplateString) | null;
  /**
   * How `slaFilters` and `outcomeConstraints` steer the Bayesian search.
   */
  constraintMode?: "penalty" | "eic";
  /**
   * How `slaFilters` and `outcomeConstraints` steer the Bayesian search.
   */
  constraint_mode?: "penalty" | "eic";
  /**
   * Several named SLOs searched together: with 2 to 10 tiers, a multi-tier planner finds the boundary (e.g. the highest concurrency) for each tier in one search, instead of the single-tier planners. Empty: a normal search.
   */
  slaTiers?: SearchSloTierInput[];
  /**
   * Several named SLOs searched together: with 2 to 10 tiers, a multi-tier planner finds the boundary (e.g. the highest concurrency) for each tier in one search, instead of the single-tier planners. Empty: a normal search.
   */
  sla_tiers?: SearchSloTierInput[];
}
/**
 * One setting an adaptive search may change, with its range.
 */
export interface SearchSpaceDimensionInput {
  /**
   * The setting to vary, written as a grid-sweep path (dotted from inside `benchmark`, bare aliases such as `concurrency`, or `variables.<name>`).
   */
  path: string;
  /**
   * Lower end of the range (inclusive). Must be above 0 with `prior: log-uniform`.
   */
  lo: number | TemplateString;
  /**
   * Upper end of the range (inclusive); must be greater than `lo`.
   */
  hi: number | TemplateString;
  /**
   * `int` rounds proposed values to whole numbers (for counts such as concurrency); `real` keeps fractions.
   */
  kind?: "int" | "real";
  /**
   * How initial points are spread over the range: `uniform` evenly, `log-uniform` evenly in orders of magnitude (use it for ranges like 1 to 1000). Used by the `bayesian` and `optuna` planners.
   */
  prior?: "uniform" | "log-uniform";
}
/**
 * One metric an adaptive search optimizes.
 */
export interface SearchObjectiveInput {
  /**
   * Name of the AIPerf metric to optimize.
   */
  metric: string;
  /**
   * Which statistic of the metric is optimized.
   */
  stat?: "avg" | "p50" | "p90" | "p95" | "p99";
  /**
   * Whether higher or lower is better.
   */
  direction: OptimizationDirectionInput;
  /**
   * Reference point for multi-objective search, in the metric's unit: results worse than this on this objective do not count towards the Pareto front's hypervolume. When not set, it is taken from the worst initial point. Ignored with a single objective.
   */
  threshold?: (number | TemplateString) | null;
}
/**
 * A limit on a metric the adaptive search does not optimize; candidates predicted to break it are avoided.
 */
export interface SearchOutcomeConstraintInput {
  /**
   * Name of the AIPerf metric to limit.
   */
  metric: string;
  /**
   * How the metric is compared with `bound`.
   */
  op: "<=" | ">=" | "==";
  /**
   * The limit, in the metric's unit.
   */
  bound: number | TemplateString;
}
/**
 * One named SLO of a multi-tier search: a group of conditions that must all hold for the tier to pass.
 */
export interface SearchSloTierInput {
  /**
   * Unique name of the tier, used in results and artifact names.
   */
  label: string;
  /**
   * The conditions of this tier; all must hold.
   *
   * @minItems 1
   */
  filters: [MetricConditionInput, ...MetricConditionInput[]];
  /**
   * Position of the tier from strictest (0) to loosest, when the tiers are nested. When not set, the tiers are treated as unordered.
   */
  orderingRank?: (number | TemplateString) | null;
  /**
   * Position of the tier from strictest (0) to loosest, when the tiers are nested. When not set, the tiers are treated as unordered.
   */
  ordering_rank?: (number | TemplateString) | null;
}
/**
 * Repeated trials of each benchmark. With `numRuns: 1` and no `convergence`, every benchmark (every sweep variation) runs exactly once; otherwise AIPerf runs several trials and reports their aggregate statistics.
 */
export interface MultiRunInput {
  /**
   * Number of trials per benchmark (per sweep variation). With `convergence` set this is the upper bound: trials stop earlier once the metric has converged. At most 10.
   */
  numRuns?: number | TemplateString;
  /**
   * Number of trials per benchmark (per sweep variation). With `convergence` set this is the upper bound: trials stop earlier once the metric has converged. At most 10.
   */
  num_runs?: number | TemplateString;
  /**
   * Pause between two trials of the same benchmark, in seconds, to let the server settle. At most 86400 (one day). 0 starts the next trial immediately.
   */
  cooldownSeconds?: number | TemplateString;
  /**
   * Pause between two trials of the same benchmark, in seconds, to let the server settle. At most 86400 (one day). 0 starts the next trial immediately.
   */
  cooldown_seconds?: number | TemplateString;
  /**
   * Confidence level of the intervals reported for aggregated metrics, strictly between 0 and 1 (commonly 0.90, 0.95 or 0.99).
   */
  confidenceLevel?: number | TemplateString;
  /**
   * Confidence level of the intervals reported for aggregated metrics, strictly between 0 and 1 (commonly 0.90, 0.95 or 0.99).
   */
  confidence_level?: number | TemplateString;
  /**
   * When the root `randomSeed` is not set and trials or a sweep are present, set it to 42 so that every trial draws the same workload. `false` leaves the runs unseeded.
   */
  setConsistentSeed?: boolean | TemplateString;
  /**
   * When the root `randomSeed` is not set and trials or a sweep are present, set it to 42 so that every trial draws the same workload. `false` leaves the runs unseeded.
   */
  set_consistent_seed?: boolean | TemplateString;
  /**
   * Give each trial of a benchmark its own seed (derived from the base seed, the variation and the trial number), so the statistics include the variance of the generated workload. The default `false` reuses one seed for all trials, so the spread reflects the server alone.
   */
  varySeedPerTrial?: boolean | TemplateString;
  /**
   * Give each trial of a benchmark its own seed (derived from the base seed, the variation and the trial number), so the statistics include the variance of the generated workload. The default `false` reuses one seed for all trials, so the spread reflects the server alone.
   */
  vary_seed_per_trial?: boolean | TemplateString;
  /**
   * Run warmup phases only in the first trial of each benchmark; later trials start from the warm state and measure steady-state behaviour. `false` runs the warmup in every trial.
   */
  disableWarmupAfterFirst?: boolean | TemplateString;
  /**
   * Run warmup phases only in the first trial of each benchmark; later trials start from the warm state and measure steady-state behaviour. `false` runs the warmup in every trial.
   */
  disable_warmup_after_first?: boolean | TemplateString;
  /**
   * Stop adding trials once the chosen metric is stable. Without it, exactly `numRuns` trials run. `convergence.minRuns` must not exceed `numRuns`.
   */
  convergence?: MultiRunConvergenceInput | null;
}
/**
 * Early stop for repeated trials: after at least `minRuns` trials, AIPerf checks one metric statistic across the finished trials and stops as soon as the criterion `mode` is met (or `numRuns` is reached). Not to be confused with a phase's `convergence` conditions.
 */
export interface MultiRunConvergenceInput {
  /**
   * The AIPerf metric whose stability is checked, e.g. `time_to_first_token` or `output_token_throughput`.
   */
  metric: string;
  /**
   * Which statistic of the metric is compared across trials (used by the `ci_width` and `cv` modes).
   */
  stat?: MultiRunConvergenceStatInput & string;
  /**
   * The test that decides the metric has converged.
   */
  mode?: MultiRunConvergenceModeInput & string;
  /**
   * Limit used by `mode`, strictly between 0 and 1: the relative confidence-interval width for `ci_width`, the coefficient of variation for `cv`, the KS-test p-value for `distribution`. When not set, each mode uses its own default (0.10, 0.05 and 0.05 respectively).
   */
  threshold?: (number | TemplateString) | null;
  /**
   * Number of trials that always run before convergence is checked. At least 2, and no more than `multiRun.numRuns`.
   */
  minRuns?: number | TemplateString;
  /**
   * Number of trials that always run before convergence is checked. At least 2, and no more than `multiRun.numRuns`.
   */
  min_runs?: number | TemplateString;
}
/**
 * Named partial configs. A phase, dataset, model item or endpoint profile names one or more of them in `extends:`; mappings merge deeply, scalars and lists are replaced, the entry's own keys win and `null` removes an inherited key. `name`, `extends`, `depends_on` and `seamless` are never inherited. A template may itself `extend` other templates. Templates are resolved before sweep expansion, so sweep paths address the concrete phases.
 */
export interface TemplatesInput {
  [k: string]: TemplateInput | undefined;
}
