import { isTraceContextKey } from '../engine/trace-ids.js';
import type { Redactor } from '../redactor.js';

const MAX_CACHE = 10_000;

/**
 * Whether an attribute key decides its value's treatment: the key is sensitive under the redactor's rules
 * (`http.request.header.authorization`, `db.connection_string`) or itself holds a secret; the value then goes
 * through `redactValue({ [key]: value })`, so the redaction policy (placeholder, hash, remove...) applies as
 * everywhere else. Every other value is text, scanned by the engine with all its content rules (URLs
 * included). The verdicts are the engine's; this only caches them per key.
 */
export class KeyKinds {
  readonly #redactor: Redactor;
  readonly #keyed = new Map<string, boolean>();

  constructor(redactor: Redactor) {
    this.#redactor = redactor;
  }

  /** Cached: agents emit the same few hundred keys millions of times. */
  isKeyed(key: string): boolean {
    let keyed = this.#keyed.get(key);
    if (keyed === undefined) {
      // A key that judges by value (`pass`) is keyed too: redactValue reads the value with it. So is a
      // trace-context id key (`span_id`): redactValue passes an id of the exact shape through, as every door does.
      keyed =
        this.#redactor.isSensitiveKey(key) || this.#redactor.keyJudgesValue(key) || isTraceContextKey(key) || this.#redactor.scan(key).length > 0;
      // Keys can be attacker-chosen; a bounded cache keeps memory flat.
      if (this.#keyed.size >= MAX_CACHE) this.#keyed.clear();
      this.#keyed.set(key, keyed);
    }
    return keyed;
  }
}
