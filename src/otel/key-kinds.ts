import type { Redactor } from '../redactor.js';

/**
 * How an attribute key decides the treatment of its value:
 * - `keyed`: the redactor's structured walk changes `{ [key]: value }` by the key alone, because the key is
 *   sensitive (`http.request.header.authorization`, `db.connection_string`) or itself holds a secret; the
 *   value then goes through `redactValue` with its key, so the redaction policy (placeholder, hash, remove...)
 *   applies as everywhere else.
 * - `url`: the value is a URL, a query or a fragment; credentials and signing parameters are replaced.
 * - `plain`: the value is scanned as text.
 */
export type KeyKind = 'plain' | 'keyed' | 'url';

/** Semantic-convention keys holding a URL or a part of one, current and deprecated. */
const URL_KEYS = ['url.full', 'url.original', 'http.url', 'http.target', 'url.query', 'url.fragment'];
/** Keys whose value is a query string or a fragment, without the `?` or `#`. */
const QUERY_KEYS = new Set(['url.query', 'url.fragment']);
/** `server.url`, `gen_ai.tool.endpoint_url`, `request.uri`: the last word names a URL. */
const URL_SUFFIX = /(?:^|[._-])(?:url|uri)$/i;

const MAX_CACHE = 10_000;

export class KeyKinds {
  readonly #redactor: Redactor;
  readonly #urlKeys: ReadonlySet<string>;
  readonly #kinds = new Map<string, KeyKind>();
  readonly #sensitive = new Map<string, boolean>();

  constructor(redactor: Redactor, extraUrlKeys: readonly string[] = []) {
    this.#redactor = redactor;
    this.#urlKeys = new Set([...URL_KEYS, ...extraUrlKeys]);
  }

  /** Cached: agents emit the same few hundred keys millions of times. */
  kind(key: string): KeyKind {
    let kind = this.#kinds.get(key);
    if (kind === undefined) {
      kind = this.changesValue(key) ? 'keyed' : this.#urlKeys.has(key) || URL_SUFFIX.test(key) ? 'url' : 'plain';
      // Keys can be attacker-chosen; a bounded cache keeps memory flat.
      if (this.#kinds.size >= MAX_CACHE) this.#kinds.clear();
      this.#kinds.set(key, kind);
    }
    return kind;
  }

  /** True for keys whose value is a bare query string or fragment (no `?` or `#` in front). */
  isQueryKey(key: string): boolean {
    return QUERY_KEYS.has(key);
  }

  /**
   * Whether the value stored under `key` is replaced because of the key: the key is sensitive under the
   * redactor's rules (with the user's `keyNames` options), or the key text itself holds a secret.
   */
  changesValue(key: string): boolean {
    let sensitive = this.#sensitive.get(key);
    if (sensitive === undefined) {
      sensitive = this.#redactor.isSensitiveKey(key) || this.#redactor.scan(key).length > 0;
      if (this.#sensitive.size >= MAX_CACHE) this.#sensitive.clear();
      this.#sensitive.set(key, sensitive);
    }
    return sensitive;
  }
}
