/** Types shared by the expression checker and its callers. */
import type { Schema } from '../schema.js';

/** A parameter as expressions see it: `params.NAME` (scalar) or `params.NAME[key]` (map). */
export interface ParamType {
  readonly type: 'int' | 'money';
  /** Enum keying a map-valued parameter. */
  readonly key?: string;
}

/** What an expression may reference. */
export interface CheckEnv {
  /** The enums of the pack's city. */
  readonly schema: Schema;
  readonly params: ReadonlyMap<string, ParamType>;
  /** Whether `tier` is visible (false inside the classification table). */
  readonly allowTier: boolean;
}

/** An authoring error inside an expression; offsets are into the expression text. */
export class CelCheckError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
    this.name = 'CelCheckError';
  }
}
