import { KnownSecrets } from '../engine/known-secrets.js';
import { errorReason } from './error-reason.js';
import { loadKnownSecretsDirectory, readSecretsDirectory } from './known-secrets-directory.js';
import { knownSecretsEnvNames, knownSecretsFromEnv } from './known-secrets-env.js';
import { loadKnownSecretsFile } from './known-secrets-file.js';

/** Where known secrets come from; the same for every adapter (pino transport and stream, OTel, CLI). */
export interface KnownSecretsSourceOptions {
  /** A plaintext list (one secret per line, `#` comments) or a hashed list from `logveil hash-secrets`. Watched and reloaded. */
  readonly knownSecretsFile?: string;
  /** A directory in which every regular file is one secret (Docker/Kubernetes secret mounts, Vault Agent sinks). Watched and reloaded. */
  readonly knownSecretsDir?: string;
  /** Set false to load the file and directory once and never watch them. Default true. */
  readonly watchKnownSecrets?: boolean;
  /**
   * Register environment variable values as known secrets: `true` for every variable whose name looks
   * sensitive (`*_API_KEY`, `*_TOKEN`, `*_PASSWORD`...), a list of names, or a regular expression source.
   */
  readonly knownSecretsEnv?: boolean | readonly string[] | string;
}

/** What a reload did. Never carries a secret: counts and error codes only. */
export type ReloadResult =
  | { readonly ok: true; readonly secrets: number }
  | { readonly ok: false; readonly reason: string; readonly secrets: number };

/**
 * The known secrets of one redactor: the file and the directory (if any) plus matching environment
 * variables. A hashed list carries its own HMAC key, so a reload builds a new matcher rather than refilling
 * the old one; `replaceWith` or a new redactor puts it in force.
 */
export class KnownSecretsSource {
  readonly file: string | undefined;
  readonly dir: string | undefined;
  readonly #envNames: readonly string[] | RegExp | undefined;
  readonly #useEnv: boolean;
  readonly #extra: Iterable<string> | KnownSecrets | undefined;

  /** `extra`: secrets given in code (in-process only); the caller makes sure it never comes with a file or directory. */
  constructor(options: KnownSecretsSourceOptions, extra?: Iterable<string> | KnownSecrets) {
    this.file = options.knownSecretsFile;
    this.dir = options.knownSecretsDir;
    this.#useEnv = options.knownSecretsEnv !== undefined && options.knownSecretsEnv !== false;
    this.#envNames = knownSecretsEnvNames(options.knownSecretsEnv);
    this.#extra = extra;
  }

  /** True when there is nothing to load: the redactor keeps its own empty matcher. */
  get empty(): boolean {
    return this.file === undefined && this.dir === undefined && !this.#useEnv && this.#extra === undefined;
  }

  /** True when there is something on disk to watch and reload. */
  get reloadable(): boolean {
    return this.file !== undefined || this.dir !== undefined;
  }

  /** Builds the matcher. Throws a LogveilError naming the file or directory when it is missing or malformed. */
  load(): KnownSecrets {
    let matcher: KnownSecrets;
    if (this.reloadable) matcher = this.#loadDisk();
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
   * Reads the file and directory again. One that is gone, unreadable, malformed or empty in the middle of a
   * rotation yields no matcher and a reason (an error code): the caller keeps the previous set rather than
   * redact nothing.
   */
  reload(): { matcher?: KnownSecrets; reason?: string } {
    if (!this.reloadable) return { reason: 'no-known-secrets-file' };
    let matcher: KnownSecrets;
    try {
      matcher = this.#loadDisk();
    } catch (error) {
      return { reason: errorReason(error) };
    }
    if (matcher.size === 0) return { reason: 'empty-file' };
    this.#addEnv(matcher);
    return { matcher };
  }

  /** The paths whose changes call for a reload, with what each is. */
  get watched(): { readonly path: string; readonly kind: 'file' | 'directory' }[] {
    return [
      ...(this.file === undefined ? [] : [{ path: this.file, kind: 'file' as const }]),
      ...(this.dir === undefined ? [] : [{ path: this.dir, kind: 'directory' as const }]),
    ];
  }

  #loadDisk(): KnownSecrets {
    if (this.file === undefined) return loadKnownSecretsDirectory(this.dir!);
    const matcher = loadKnownSecretsFile(this.file);
    if (this.dir !== undefined) matcher.add(readSecretsDirectory(this.dir), `known secrets directory ${this.dir}`);
    return matcher;
  }

  #addEnv(matcher: KnownSecrets): void {
    // Read the environment again on every load rather than keep the plaintext values around.
    if (this.#useEnv) matcher.add(knownSecretsFromEnv(process.env, this.#envNames));
  }
}
