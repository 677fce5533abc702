import { KnownSecrets } from '../engine/known-secrets.js';
import { knownSecretsFromEnv, loadKnownSecretsFile } from '../known-secrets-sources.js';
import { errorReason } from './error-reason.js';
import { knownSecretsEnvNames } from './options.js';
import type { KnownSecretsSourceOptions } from './options.js';

/** What a reload did. Never carries a secret: counts and error codes only. */
export type ReloadResult =
  | { readonly ok: true; readonly secrets: number }
  | { readonly ok: false; readonly reason: string; readonly secrets: number };

/**
 * The known secrets of one stream: the file (if any) plus matching environment variables. A hashed list
 * carries its own HMAC key, so a reload builds a new matcher rather than refilling the old one.
 */
export class KnownSecretsSource {
  readonly file: string | undefined;
  readonly #envNames: readonly string[] | RegExp | undefined;
  readonly #useEnv: boolean;
  readonly #extra: Iterable<string> | KnownSecrets | undefined;

  /** `extra`: secrets given in code (in-process only); the caller makes sure it never comes with a file. */
  constructor(options: KnownSecretsSourceOptions, extra?: Iterable<string> | KnownSecrets) {
    this.file = options.knownSecretsFile;
    this.#useEnv = options.knownSecretsEnv !== undefined && options.knownSecretsEnv !== false;
    this.#envNames = knownSecretsEnvNames(options.knownSecretsEnv);
    this.#extra = extra;
  }

  /** True when there is nothing to load: the redactor keeps its own empty matcher. */
  get empty(): boolean {
    return this.file === undefined && !this.#useEnv && this.#extra === undefined;
  }

  /** Builds the matcher. Throws a LogveilError naming the file when it is missing or malformed. */
  load(): KnownSecrets {
    let matcher: KnownSecrets;
    if (this.file !== undefined) matcher = loadKnownSecretsFile(this.file);
    // A caller-owned matcher is used as is, so the caller can still rotate it with add/remove/replace.
    else if (this.#extra instanceof KnownSecrets) matcher = this.#extra;
    else {
      matcher = new KnownSecrets();
      if (this.#extra !== undefined) matcher.add(this.#extra);
    }
    this.#addEnv(matcher);
    return matcher;
  }

  /**
   * Reads the file again. A file that is gone, unreadable, malformed or empty in the middle of a rotation
   * yields `ok: false` and no matcher: the caller keeps the previous set rather than redact nothing.
   */
  reload(): { matcher?: KnownSecrets; reason?: string } {
    if (this.file === undefined) return { reason: 'no-known-secrets-file' };
    let matcher: KnownSecrets;
    try {
      matcher = loadKnownSecretsFile(this.file);
    } catch (error) {
      return { reason: errorReason(error) };
    }
    if (matcher.size === 0) return { reason: 'empty-file' };
    this.#addEnv(matcher);
    return { matcher };
  }

  #addEnv(matcher: KnownSecrets): void {
    // Read the environment again on every load rather than keep the plaintext values around.
    if (this.#useEnv) matcher.add(knownSecretsFromEnv(process.env, this.#envNames));
  }
}
