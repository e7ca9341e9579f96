/*
 * GENERATED FILE. DO NOT EDIT.
 * Source: schema/*.schema.json. Regenerate with `npm run codegen`; CI runs `npm run codegen -- --check`.
 */
import type { ErrorObject } from "ajv";

/** The standalone validator for the canonical view (a normalized config): true when valid; otherwise `errors` lists every violation. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: StandaloneValidator;
export default validate;
