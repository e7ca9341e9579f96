/** What a redacted secret is replaced with. */
export const REDACTED = "<redacted>";

/** Header names that carry credentials (compared case-insensitively). */
const SECRET_HEADERS = /^(authorization|proxy-authorization|x-api-key|api-key|x-auth-token|cookie|set-cookie)$|token|secret|password/i;
/** Keys whose values are credentials wherever they appear. */
const SECRET_KEYS = /^(apiKey|api_key|password|token|secret|accessKey|access_key|secretKey|secret_key)$/;

/**
 * A copy of `value` with credentials replaced (design §8): `apiKey` everywhere, credential headers, and the like.
 * Env substitution can put secrets anywhere these keys are, so every output goes through here.
 */
export function redactSecrets<T>(value: T, parentKey?: string): T {
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v)) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  const inHeaders = parentKey === "headers";
  for (const [key, item] of Object.entries(value)) {
    const secret = (SECRET_KEYS.test(key) || (inHeaders && SECRET_HEADERS.test(key))) && item !== null && item !== undefined && item !== "";
    Object.defineProperty(out, key, { value: secret ? REDACTED : redactSecrets(item, key), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}
