import { createHmac, randomBytes } from 'node:crypto';
import { encodedForms } from './encodings.js';
import { ErrorCodes, LogveilError } from './errors.js';

/**
 * Finds registered secret values anywhere in a text (no delimiter needed) without keeping their plaintext.
 *
 * Each encoded form of a secret is reduced to (fingerprint of its last WINDOW bytes, length in bytes, keyed
 * digest of the whole form), all over its UTF-8 bytes: the scanner already holds each text's bytes, and a
 * typed-array loop is faster than `charCodeAt`. A scan rolls the fingerprint over the bytes once; a
 * fingerprint hit is confirmed by recomputing the keyed digest of the candidate slice. The cost per byte is
 * one rolling update and one bitmap probe, independent of how many secrets are registered.
 */
export const MIN_KNOWN_SECRET_LENGTH = 8;
const WINDOW = 8;
const DIGEST_HEX = 32;
// Bits of the probe bitmap per fingerprint. Fewer bits make a clean byte fall through to the map more often,
// more make the bitmap miss the CPU cache; measured for 10,000 secrets against 10 (same run, loaded host):
// 16 bits 1.42-1.56x, 64 bits 1.22-1.26x, 256 bits 1.30-1.39x. Two cache-sized bitmaps (128 KiB each, the
// second read only on a first-level hit) measured 1.20-1.35x: no gain worth the code, so one bitmap it is.
const BITS_PER_FINGERPRINT = 64;
const HEADER = 'logveil-known-secrets';
const JSON_ESCAPED = /["\\\u0000-\u001f]/;

interface Form {
  readonly owner: string;
  readonly length: number;
  readonly digest: string;
  readonly fringe: number;
}

export interface KnownSecretMatch {
  readonly start: number;
  readonly end: number;
}

export class KnownSecrets {
  readonly #key: Buffer;
  /** Odd multiplier of the rolling fingerprint, derived from the key so fingerprints are keyed too. */
  readonly #base: number;
  /** base^(WINDOW-1) mod 2^32, to roll the oldest unit out. */
  readonly #outFactor: number;
  readonly #byFingerprint = new Map<number, Form[]>();
  /** owner id (digest of the raw secret) → fingerprints of its forms, for removal. */
  readonly #owners = new Map<string, number[]>();
  /** Owners with a form that JSON escaping changes (it holds `"`, `\\` or a control character). */
  readonly #escapable = new Set<string>();
  #bitmap = new Uint32Array(1 << 11);
  #bitmapMask = (1 << 16) - 1;

  constructor(key?: Buffer) {
    this.#key = key ?? randomBytes(32);
    this.#base = (this.#key.readUInt32LE(0) | 1) >>> 0;
    let factor = 1;
    for (let i = 0; i < WINDOW - 1; i++) factor = Math.imul(factor, this.#base);
    this.#outFactor = factor;
  }

  /** Number of secrets registered. */
  get size(): number {
    return this.#owners.size;
  }

  /**
   * True when a registered secret contains a character JSON escapes: inside an escaped string (a JSON line
   * quoting JSON) it then looks different in the raw line, and only a scan of the decoded string finds it.
   */
  get hasEscapableSecrets(): boolean {
    return this.#escapable.size > 0;
  }

  /**
   * Registers secrets. Values shorter than 8 characters are refused (they would redact ordinary words);
   * the count of refused values is returned so a caller can report it without echoing them.
   */
  add(secrets: Iterable<string>): { added: number; tooShort: number } {
    let added = 0;
    let tooShort = 0;
    for (const secret of secrets) {
      if (typeof secret !== 'string' || secret.length < MIN_KNOWN_SECRET_LENGTH) {
        tooShort++;
        continue;
      }
      const owner = this.#digest(Buffer.from(secret, 'utf8'));
      if (this.#owners.has(owner)) continue;
      if (JSON_ESCAPED.test(secret)) this.#escapable.add(owner);
      const forms = encodedForms(secret).map((form) => {
        const bytes = Buffer.from(form.text, 'utf8');
        return { fingerprint: this.#fingerprint(bytes, bytes.length - WINDOW), length: bytes.length, digest: this.#digest(bytes), fringe: form.fringe };
      });
      this.#insert(owner, forms);
      added++;
    }
    return { added, tooShort };
  }

  /** Unregisters secrets (rotation: remove the old value once no log can carry it any more). */
  remove(secrets: Iterable<string>): number {
    let removed = 0;
    for (const secret of secrets) {
      if (typeof secret === 'string' && this.#removeOwner(this.#digest(Buffer.from(secret, 'utf8')))) removed++;
    }
    return removed;
  }

  /** Replaces the whole set at once (a reloaded secrets file). */
  replace(secrets: Iterable<string>): { added: number; tooShort: number } {
    this.clear();
    return this.add(secrets);
  }

  clear(): void {
    this.#byFingerprint.clear();
    this.#owners.clear();
    this.#escapable.clear();
    this.#bitmap.fill(0);
  }

  /** The hashed list: what `logveil hash-secrets` writes and `loadHashed` reads. It holds no plaintext. */
  toHashedList(): string {
    const lines = [JSON.stringify({ format: HEADER, version: 1, key: this.#key.toString('base64') })];
    const byOwner = new Map<string, [number, number, string, number][]>();
    for (const [fingerprint, forms] of this.#byFingerprint) {
      for (const form of forms) {
        const list = byOwner.get(form.owner) ?? [];
        list.push([fingerprint, form.length, form.digest, form.fringe]);
        byOwner.set(form.owner, list);
      }
    }
    // `escapable` costs one bit about the secret (it holds a quote, backslash or control character); without
    // it a loaded list would have to assume every secret does, and send every escaped line down the slow path.
    for (const [owner, forms] of byOwner) lines.push(JSON.stringify({ id: owner, forms, escapable: this.#escapable.has(owner) }));
    return lines.join('\n') + '\n';
  }

  static isHashedList(text: string): boolean {
    return text.trimStart().startsWith(`{"format":"${HEADER}"`);
  }

  /** Reads a hashed list into a new matcher that uses the list's key. */
  static fromHashedList(text: string, source = 'hashed list'): KnownSecrets {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    const bad = (line: number, why: string): never => {
      throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `${source}: line ${line}: ${why}`);
    };
    let header: { format?: unknown; version?: unknown; key?: unknown };
    try {
      header = JSON.parse(lines[0] ?? '');
    } catch {
      return bad(1, 'not a logveil hashed list header');
    }
    if (header.format !== HEADER || header.version !== 1 || typeof header.key !== 'string') {
      bad(1, 'not a logveil hashed list header (format, version 1, key)');
    }
    const key = Buffer.from(header.key as string, 'base64');
    if (key.length < 16) bad(1, 'the key must be at least 16 bytes (base64)');
    const matcher = new KnownSecrets(key);
    lines.slice(1).forEach((line, index) => {
      let entry: { id?: unknown; forms?: unknown; escapable?: unknown };
      try {
        entry = JSON.parse(line);
      } catch {
        return bad(index + 2, 'not JSON');
      }
      const forms = entry.forms;
      if (typeof entry.id !== 'string' || !Array.isArray(forms)) return bad(index + 2, 'expected {"id", "forms"}');
      const parsed = forms.map((form: unknown) => {
        if (!Array.isArray(form) || form.length !== 4 || !form.every((part, i) => (i === 2 ? typeof part === 'string' : Number.isInteger(part)))) {
          return bad(index + 2, 'each form is [fingerprint, length, digest, fringe]');
        }
        const [fingerprint, length, digest, fringe] = form as [number, number, string, number];
        return { fingerprint, length, digest, fringe };
      });
      matcher.#insert(entry.id, parsed);
      if (entry.escapable !== false) matcher.#escapable.add(entry.id);
    });
    return matcher;
  }

  /** Every occurrence of a registered secret in any registered form, as [start, end) UTF-16 spans. */
  scan(text: string): KnownSecretMatch[] {
    if (this.#owners.size === 0) return [];
    const bytes = Buffer.from(text, 'utf8');
    const matches = this.scanBytes(bytes);
    if (bytes.length === text.length) return matches;
    return matches.map((match) => ({
      start: bytes.toString('utf8', 0, match.start).length,
      end: bytes.toString('utf8', 0, match.end).length,
    }));
  }

  /** Every occurrence in UTF-8 bytes, as [start, end) byte spans. */
  scanBytes(bytes: Uint8Array): KnownSecretMatch[] {
    const matches: KnownSecretMatch[] = [];
    const length = bytes.length;
    if (this.#owners.size === 0 || length < WINDOW) return matches;
    const base = this.#base;
    const outFactor = this.#outFactor;
    const bitmap = this.#bitmap;
    const mask = this.#bitmapMask;
    let hash = 0;
    for (let i = 0; i < WINDOW - 1; i++) hash = (Math.imul(hash, base) + (bytes[i] as number)) | 0;
    for (let end = WINDOW - 1; end < length; end++) {
      hash = (Math.imul(hash, base) + (bytes[end] as number)) | 0;
      const slot = hash & mask;
      if (((bitmap[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) this.#confirm(bytes, hash >>> 0, end + 1, matches);
      hash = (hash - Math.imul(bytes[end + 1 - WINDOW] as number, outFactor)) | 0;
    }
    return matches;
  }

  #confirm(bytes: Uint8Array, fingerprint: number, end: number, out: KnownSecretMatch[]): void {
    const forms = this.#byFingerprint.get(fingerprint);
    if (forms === undefined) return;
    for (const form of forms) {
      const start = end - form.length;
      if (start < 0 || this.#digest(bytes.subarray(start, end)) !== form.digest) continue;
      // The fringe (base64 characters that partly encode the secret) is taken only where the neighbour is a
      // base64 character: an ASCII byte, so the span never cuts a multi-byte character.
      const before = form.fringe > 0 && start > 0 && isBase64Byte(bytes[start - 1] as number) ? 1 : 0;
      const after = form.fringe > 0 && end < bytes.length && isBase64Byte(bytes[end] as number) ? 1 : 0;
      out.push({ start: start - before, end: end + after });
    }
  }

  #insert(owner: string, forms: readonly { fingerprint: number; length: number; digest: string; fringe: number }[]): void {
    const fingerprints: number[] = [];
    for (const form of forms) {
      const list = this.#byFingerprint.get(form.fingerprint) ?? [];
      list.push({ owner, length: form.length, digest: form.digest, fringe: form.fringe });
      this.#byFingerprint.set(form.fingerprint, list);
      fingerprints.push(form.fingerprint);
    }
    this.#owners.set(owner, fingerprints);
    this.#growBitmap();
    for (const fingerprint of fingerprints) this.#setBit(fingerprint);
  }

  #removeOwner(owner: string): boolean {
    const fingerprints = this.#owners.get(owner);
    if (fingerprints === undefined) return false;
    this.#owners.delete(owner);
    this.#escapable.delete(owner);
    for (const fingerprint of fingerprints) {
      const rest = (this.#byFingerprint.get(fingerprint) ?? []).filter((form) => form.owner !== owner);
      if (rest.length === 0) this.#byFingerprint.delete(fingerprint);
      else this.#byFingerprint.set(fingerprint, rest);
    }
    // Bits cannot be cleared one by one (other forms may share them): rebuild.
    this.#bitmap.fill(0);
    for (const fingerprint of this.#byFingerprint.keys()) this.#setBit(fingerprint);
    return true;
  }

  /** Sizes the bitmap to BITS_PER_FINGERPRINT per fingerprint (a power of two, at least 64 Kibit). */
  #growBitmap(): void {
    const wanted = Math.max(1 << 16, 2 ** Math.ceil(Math.log2(this.#byFingerprint.size * BITS_PER_FINGERPRINT + 1)));
    if (wanted <= this.#bitmapMask + 1 || wanted > 1 << 26) return;
    this.#bitmap = new Uint32Array(wanted >>> 5);
    this.#bitmapMask = wanted - 1;
    for (const fingerprint of this.#byFingerprint.keys()) this.#setBit(fingerprint);
  }

  #setBit(fingerprint: number): void {
    const slot = fingerprint & this.#bitmapMask;
    this.#bitmap[slot >>> 5]! |= 1 << (slot & 31);
  }

  #fingerprint(bytes: Uint8Array, from: number): number {
    let hash = 0;
    for (let i = from; i < from + WINDOW; i++) hash = (Math.imul(hash, this.#base) + (bytes[i] as number)) | 0;
    return hash >>> 0;
  }

  #digest(bytes: Uint8Array): string {
    return createHmac('sha256', this.#key).update(bytes).digest('hex').slice(0, DIGEST_HEX);
  }
}

function isBase64Byte(byte: number): boolean {
  return (
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) ||
    byte === 43 || byte === 47 || byte === 45 || byte === 95 || byte === 61
  );
}
