import type { Category } from './detector.js';
import type { RedactionModeName } from './redaction-modes.js';

/** What a custom redaction function is told about the finding it replaces. */
export interface RedactionInput {
  readonly detector: string;
  readonly category: Category;
  /** The matched text. Only a custom function ever sees it; logveil never stores or reports it. */
  readonly value: string;
}

/**
 * How a finding is replaced: one of the modes of `REDACTION_MODES` (src/engine/redaction-modes.ts):
 * - `placeholder` (default): `[REDACTED:<detector-id>]`
 * - `mask`: `********` (fixed width: the length of the secret is not revealed)
 * - `hash`: `[REDACTED:<detector-id>:<12 hex of HMAC-SHA-256>]`, the same secret always gives the same token
 * - `partial`: `****` followed by the last 4 characters (for card numbers; needs at least 12 characters)
 * - `remove`: drops the field in structured input, the text in free text
 * - or a function returning the replacement text
 */
export type RedactionStrategy = RedactionModeName | ((input: RedactionInput) => string);
