import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import type { ErrorObject } from "ajv";
import { VERSION } from "./version.js";

/** A generated standalone validator: true when valid; otherwise `errors` lists every violation. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, StandaloneValidator>();
const pendingCaches: (() => void)[] = [];

/** Where V8 code caches go: $XDG_CACHE_HOME or ~/.cache, else the temp folder; AIPERF_CONFIG_NO_CACHE=1 turns it off. */
function cacheDir(): string | undefined {
  if (process.env["AIPERF_CONFIG_NO_CACHE"] === "1") return undefined;
  const base = process.env["XDG_CACHE_HOME"] ?? (homedir() ? join(homedir(), ".cache") : tmpdir());
  return join(base, "aiperf-config");
}

/**
 * Loads a generated validator (generated/validators/<view>.cjs) with V8's code cache. The validators are megabytes
 * of generated code; compiling them is most of a fresh `aiperf-config validate`. Node 22's module compile cache
 * would do this for us; on Node 20 we keep the cache ourselves, as v8-compile-cache does for CommonJS: the compiled
 * code (including the functions a validation ran) is written once and reused while the file is unchanged.
 */
export function loadValidator(view: "input" | "canonical"): StandaloneValidator {
  const cached = loaded.get(view);
  if (cached) return cached;
  const file = fileURLToPath(new URL(`../generated/validators/${view}.cjs`, import.meta.url));
  const source = readFileSync(file, "utf8");
  const dir = cacheDir();
  const stat = statSync(file);
  const key = createHash("sha1").update(`${VERSION}|${file}|${stat.size}|${stat.mtimeMs}|${process.version}`).digest("hex").slice(0, 16);
  const cachePath = dir ? join(dir, `${view}-${key}.v8` ) : undefined;
  let cachedData: Buffer | undefined;
  if (cachePath) {
    try {
      cachedData = readFileSync(cachePath);
    } catch {
      cachedData = undefined;
    }
  }
  const wrapped = `(function (exports, require, module) {${source}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: { exports: unknown }) => void)(module.exports, require, module);
  const validate = module.exports as StandaloneValidator;
  loaded.set(view, validate);
  if (cachePath && dir && (!cachedData || script.cachedDataRejected)) {
    // Written after the process has validated something, so the functions that ran are in the cache too.
    if (pendingCaches.length === 0) process.once("exit", () => pendingCaches.forEach((write) => write()));
    pendingCaches.push(() => {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${cachePath}.${process.pid}.tmp`, script.createCachedData());
        renameSync(`${cachePath}.${process.pid}.tmp`, cachePath);
      } catch {
        // A read-only home or a full disk only costs speed.
      }
    });
  }
  return validate;
}
