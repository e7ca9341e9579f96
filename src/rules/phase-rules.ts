/**
 * Phase rules (format-today §3 and §5, design §3 `name`/`kind` rows): names and kinds across the phase list, and the
 * cross-field constraints inside one phase. References from a phase to other entries are in
 * `phase-reference-rules.ts`; phase/dataset combinations in `compatibility-rules.ts`.
 */
import type { Phase } from "../../generated/types/canonical.js";
import type { DataPath, Finding } from "../diagnostics.js";
import type { Rule } from "./rule.js";
import { datasetOfPhase, duplicates, endpointOfPhase, finding, perPhase, phasePath, pyList } from "./rule-helpers.js";

/** Device names Windows reserves in every folder; a phase name becomes an artifact folder name. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** The two names whose kind is fixed (design §3), compared exactly as AIPerf's canonical names are. */
const RESERVED_KIND = new Map<string, Phase["kind"]>([
  ["warmup", "warmup"],
  ["profiling", "profiling"],
]);

/** The phase rules. */
export const PHASE_RULES: readonly Rule[] = [
  {
    // Ignoring case because names become folder names and sweep paths, and case-insensitive file systems would merge
    // `Warmup` and `warmup`.
    name: "Phase names are unique ignoring case",
    check({ config }) {
      const phases = config.benchmark.phases;
      const names = phases.map((p) => p.name);
      return duplicates(phases, (p) => p.name.toLowerCase()).map(({ index, first }) =>
        finding("E_PHASES", phasePath(index, "name"), `duplicate phase name '${names[index]}' — names must be unique (ignoring case); conflicts with '${names[first]}'. Found names: ${pyList(names)}`, {
          hint: "rename one of them: results, sweep paths and dependencies address phases by name",
          related: [{ path: phasePath(first, "name"), message: `'${names[first]}' is defined here` }],
        }),
      );
    },
  },
  {
    name: "At least one phase is of kind profiling",
    check({ config }) {
      const phases = config.benchmark.phases;
      if (phases.some((p) => p.kind === "profiling")) return [];
      return [
        finding("E_PHASES", ["benchmark", "phases"], `a 'profiling' phase is required; got phases: ${pyList(phases.map((p) => p.name))} (all of kind warmup, which are excluded from results)`, {
          hint: "set kind: profiling on the phase that should be measured",
        }),
      ];
    },
  },
  perPhase("The names warmup and profiling keep their own kind", (phase, i) => {
    const pinned = RESERVED_KIND.get(phase.name);
    if (pinned === undefined || phase.kind === pinned) return [];
    return [
      finding("E_PHASES", phasePath(i, "kind"), `Phase '${phase.name}': the name '${pinned}' is reserved for kind ${pinned}; got kind: ${phase.kind}`, {
        hint: "rename the phase or remove kind",
      }),
    ];
  }),
  perPhase("Phase names are not Windows-reserved device names", (phase, i) =>
    WINDOWS_RESERVED.test(phase.name)
      ? [finding("E_PHASES", phasePath(i, "name"), `phase name '${phase.name}' is reserved on Windows (CON, PRN, AUX, NUL, COM1-COM9, LPT1-LPT9) and cannot be an artifact folder name`, { hint: "choose another name" })]
      : [],
  ),
  // AIPerf forces the value from the kind and rejects an explicit contradiction (acceptance 13-15); writing the
  // value that agrees with the kind is fine.
  perPhase("An explicitly set excludeFromResults agrees with the phase kind", (phase, i, { wasSet }) => {
    const path = phasePath(i, "excludeFromResults");
    const expected = phase.kind === "warmup";
    if (!wasSet(path) || phase.excludeFromResults === expected) return [];
    const label = phase.name === phase.kind ? `Phase '${phase.name}'` : `Phase '${phase.name}' (kind ${phase.kind})`;
    return [
      finding("E_PHASES", path, `${label}: exclude_from_results must be ${expected ? "True" : "False"} (warmup is always excluded; profiling is always included)`, {
        hint: "remove exclude_from_results; the phase kind decides it",
      }),
    ];
  }),
  // A phase the user named like a warmup but left without a kind defaults to profiling and silently counts in the
  // results (design §3). The finding points at the name, since the kind was never written.
  perPhase("A phase named like a warmup without an explicit kind is reported", (phase, i, { wasSet }) => {
    if (phase.name === "warmup" || !phase.name.toLowerCase().includes("warm") || phase.kind !== "profiling" || wasSet(phasePath(i, "kind"))) return [];
    return [
      finding("W_PHASES", phasePath(i, "name"), `Phase '${phase.name}' looks like a warmup but has no kind, so it defaults to kind: profiling and will count in results`, {
        hint: "set kind: warmup to exclude it from results (or kind: profiling to keep it and silence this warning)",
      }),
    ];
  }),
  perPhase("The first phase is not seamless", (phase, i) =>
    i === 0 && phase.seamless
      ? [finding("E_PHASES", phasePath(0, "seamless"), `Phase config '${phase.name}' cannot have seamless=True because it is first. There is no previous phase to continue from.`, { hint: "remove seamless from the first phase" })]
      : [],
  ),
  perPhase("Prefill concurrency requires a streaming endpoint", (phase, i, { config }) => {
    const endpoint = endpointOfPhase(config, phase);
    if (phase.prefillConcurrency === undefined || !endpoint || endpoint.streaming) return [];
    const where = phase.endpoint && phase.endpoint !== "default" ? `endpointProfiles.${phase.endpoint}.streaming` : "endpoint.streaming";
    return [
      finding("E_PHASES", phasePath(i, "prefillConcurrency"), `Phase '${phase.name}': prefill_concurrency requires ${where}=true (prefill ends at the first streamed token)`, {
        hint: `set ${where}: true or remove prefill_concurrency`,
      }),
    ];
  }),
  perPhase("Prefill concurrency does not exceed concurrency", (phase, i) => {
    if (phase.prefillConcurrency === undefined || phase.concurrency === undefined || phase.prefillConcurrency <= phase.concurrency) return [];
    return [
      finding("E_PHASES", phasePath(i, "prefillConcurrency"), `Phase '${phase.name}': prefill_concurrency (${phase.prefillConcurrency}) must be <= concurrency (${phase.concurrency})`, {
        related: [{ path: phasePath(i, "concurrency"), message: `concurrency is ${phase.concurrency}` }],
      }),
    ];
  }),
  perPhase("A grace period requires a duration", (phase, i) =>
    phase.gracePeriod !== undefined && phase.duration === undefined
      ? [finding("E_PHASES", phasePath(i, "gracePeriod"), `Phase '${phase.name}': grace_period requires 'duration' to be set (it is the time in-flight requests get after the duration expires)`, { hint: "add duration or remove grace_period" })]
      : [],
  ),
  // [B]: a dag_jsonl (graph) dataset ends the phase when the graph is exhausted, so it needs no stop condition.
  perPhase("Every phase except fixed_schedule has a stop condition", (phase, i, { config }) => {
    if (phase.type === "fixed_schedule" || phase.requests !== undefined || phase.duration !== undefined || phase.sessions !== undefined) return [];
    const source = datasetOfPhase(config, phase);
    if (source.kind === "found" && source.dataset.type === "file" && source.dataset.format === "dag_jsonl") return [];
    return [
      finding("E_PHASES", phasePath(i), `Phase '${phase.name}': at least one of 'requests', 'duration', or 'sessions' must be specified`, {
        hint: "add e.g. requests: 1000 or duration: 5m; whichever limit is reached first ends the phase",
      }),
    ];
  }),
  perPhase("A user_centric phase has at least as many sessions and requests as users", (phase, i) => {
    if (phase.type !== "user_centric") return [];
    const out: Finding[] = [];
    const related = [{ path: phasePath(i, "users") as DataPath, message: `users is ${phase.users}` }];
    if (phase.sessions !== undefined && phase.sessions < phase.users) {
      out.push(finding("E_PHASES", phasePath(i, "sessions"), `Phase '${phase.name}': --num-sessions (${phase.sessions}) must be >= --num-users (${phase.users}). Each user needs at least one session.`, { related, hint: `raise sessions to at least ${phase.users} or lower users` }));
    }
    if (phase.requests !== undefined && phase.requests < phase.users) {
      out.push(finding("E_PHASES", phasePath(i, "requests"), `Phase '${phase.name}': --request-count (${phase.requests}) must be >= --num-users (${phase.users}). Each user needs at least one request.`, { related, hint: `raise requests to at least ${phase.users} or lower users` }));
    }
    return out;
  }),
  // autoOffset defaults to true, yet a user who writes only startOffset plainly means "start there": only an explicit
  // `autoOffset: true` next to startOffset is a contradiction. (AIPerf itself rejects the defaulted case too, so the
  // loader must emit autoOffset: false when startOffset is set and autoOffset was not written.)
  perPhase("A fixed_schedule phase does not combine an explicit autoOffset with startOffset", (phase, i, { wasSet }) => {
    if (phase.type !== "fixed_schedule" || phase.startOffset === undefined || !phase.autoOffset || !wasSet(phasePath(i, "autoOffset"))) return [];
    return [
      finding("E_PHASES", phasePath(i, "autoOffset"), `Phase '${phase.name}': auto_offset cannot be True when start_offset is set (start_offset already chooses where replay starts)`, {
        hint: "remove auto_offset or set it to false",
      }),
    ];
  }),
  perPhase("A fixed_schedule phase starts no later than it ends", (phase, i) => {
    if (phase.type !== "fixed_schedule" || phase.startOffset === undefined || phase.endOffset === undefined || phase.startOffset <= phase.endOffset) return [];
    return [
      finding("E_PHASES", phasePath(i, "startOffset"), `Phase '${phase.name}': start_offset must be <= end_offset (got ${phase.startOffset} > ${phase.endOffset} ms)`, {
        related: [{ path: phasePath(i, "endOffset"), message: `end_offset is ${phase.endOffset}` }],
      }),
    ];
  }),
  perPhase("The agentic trajectory start ratios are in order", (phase, i) => {
    const { trajectoryStartMinRatio: lo, trajectoryStartMaxRatio: hi } = phase;
    if (lo === undefined || hi === undefined || lo <= hi) return [];
    return [finding("E_PHASES", phasePath(i, "trajectoryStartMinRatio"), `Phase '${phase.name}': trajectory_start_min_ratio (${lo}) must be <= trajectory_start_max_ratio (${hi})`)];
  }),
  perPhase("An agentic cache warmup is sized by duration or by requests, not both", (phase, i) =>
    phase.agenticCacheWarmupDuration !== undefined && phase.warmupRequestsPerLane !== undefined
      ? [finding("E_PHASES", phasePath(i, "warmupRequestsPerLane"), `Phase '${phase.name}': agentic_cache_warmup_duration and warmup_requests_per_lane cannot be combined; size the cache warmup by time or by requests`, { hint: "remove one of the two" })]
      : [],
  ),
];
