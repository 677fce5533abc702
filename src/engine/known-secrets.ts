import { createHmac, randomBytes } from 'node:crypto';
import { FRINGE, encodedForms } from './encodings.js';
import { ErrorCodes, LogveilError } from './errors.js';
import { AlignedWords, WORD, isSingle, pairMix, singleMix } from './word-windows.js';

/**
 * Finds registered secret values anywhere in a text (no delimiter needed) without keeping their plaintext.
 *
 * Each encoded form of a secret is reduced to fingerprints of short windows of its UTF-8 bytes, its length and
 * a keyed digest of the whole form. The scan reads the text one aligned 4-byte word at a time and fingerprints
 * the 8-byte window that starts there (two words), so it probes a quarter of the positions a byte-by-byte
 * rolling hash would. A secret can start at any byte, so each form registers the windows that start at its
 * first four offsets: whatever the secret's alignment in the text, exactly one of them starts on a word
 * boundary. A form too short to hold an 8-byte window at some offset (8 to 10 bytes) registers the 4-byte
 * window there instead. A fingerprint hit is confirmed by recomputing the keyed digest of the candidate slice.
 * The cost per word is one mix and one bitmap probe, whatever the number of registered secrets.
 */
export const MIN_KNOWN_SECRET_LENGTH = 8;
const DIGEST_HEX = 32;
// Bits of the probe bitmap per fingerprint. Fewer bits make a clean word fall through to the map more often,
// more make the bitmap miss the CPU cache (see DESIGN.md, "Known secrets", for what was measured).
const BITS_PER_FINGERPRINT = 32;
const MIN_BITMAP_BITS = 1 << 16;
const MAX_BITMAP_BITS = 1 << 26;
const HEADER = 'logveil-known-secrets';
const LIST_VERSION = 2;
const JSON_ESCAPED = /["\\\u0000-\u001f]/;

/** What a fingerprint hit is checked against: the form's extent around the window, and its digest. */
interface Entry {
  readonly owner: string;
  readonly length: number;
  readonly digest: string;
  readonly fringe: number;
  readonly offset: number;
}

/**
 * One form as registered and as a hashed list stores it: its length in bytes, its digest, its base64 fringe, and
 * the fingerprints of its windows at offsets 0 to 3 (a window is a single word where two do not fit, which the
 * length tells).
 */
type HashedForm = [length: number, digest: string, fringe: number, fingerprints: number[]];

export interface KnownSecretMatch {
  readonly start: number;
  readonly end: number;
}

export class KnownSecrets {
  // Not readonly: `replaceWith` adopts another matcher's key (a reloaded hashed list carries its own).
  #key: Buffer;
  /** Keys of the window mixes, derived from the key so fingerprints are keyed too. */
  #seed0: number;
  #seed1: number;
  #seed2: number;
  readonly #byFingerprint = new Map<number, Entry[]>();
  /** owner id (digest of the raw secret) → its forms, for removal and for the hashed list. */
  readonly #owners = new Map<string, HashedForm[]>();
  /** Owners with a form that JSON escaping changes (it holds `"`, `\\` or a control character). */
  readonly #escapable = new Set<string>();
  /** Registered single-word windows: while there are none, the scan does not fingerprint single words. */
  #singles = 0;
  #bitmap = new Uint32Array(MIN_BITMAP_BITS >>> 5);
  #bitmapShift = 32 - Math.log2(MIN_BITMAP_BITS);
  readonly #aligned = new AlignedWords();

  constructor(key?: Buffer) {
    this.#key = key ?? randomBytes(32);
    const seeds = createHmac('sha256', this.#key).update('window fingerprints').digest();
    this.#seed0 = seeds.readUInt32LE(0);
    this.#seed1 = seeds.readUInt32LE(4);
    this.#seed2 = seeds.readUInt32LE(8);
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
   * Registers secrets. A value shorter than MIN_KNOWN_SECRET_LENGTH characters is an error
   * (LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT) naming its position in the list, never the value, and nothing of the
   * list is registered: dropping it silently would leave that secret in the output while the caller believes it
   * is protected. `source` names the list in the message (a file, a directory entry).
   */
  add(secrets: Iterable<string>, source = 'known secrets'): { added: number } {
    const values = [...secrets];
    values.forEach((secret, index) => {
      if (typeof secret !== 'string') {
        throw new LogveilError(ErrorCodes.BAD_KNOWN_SECRETS, `${source}: entry ${index + 1} is not a string`);
      }
      if (secret.length < MIN_KNOWN_SECRET_LENGTH) {
        throw new LogveilError(
          ErrorCodes.KNOWN_SECRET_TOO_SHORT,
          `${source}: entry ${index + 1} is shorter than ${MIN_KNOWN_SECRET_LENGTH} characters (known secrets are matched anywhere, so a shorter value would redact ordinary words; find it with a detector instead)`,
        );
      }
    });
    let added = 0;
    for (const secret of values) {
      const owner = this.#digest(Buffer.from(secret, 'utf8'));
      if (this.#owners.has(owner)) continue;
      if (JSON_ESCAPED.test(secret)) this.#escapable.add(owner);
      const forms = encodedForms(secret).map((form): HashedForm => {
        const bytes = Buffer.from(form.text, 'utf8');
        return [bytes.length, this.#digest(bytes), form.fringe, this.#windowFingerprints(bytes)];
      });
      this.#insert(owner, forms);
      added++;
    }
    return { added };
  }

  /** Unregisters secrets (rotation: remove the old value once no log can carry it any more). */
  remove(secrets: Iterable<string>): number {
    let removed = 0;
    for (const secret of secrets) {
      if (typeof secret === 'string' && this.#removeOwner(this.#digest(Buffer.from(secret, 'utf8')))) removed++;
    }
    return removed;
  }

  /** Replaces the whole set at once (a reloaded secrets file). A short value throws and leaves the set as it was. */
  replace(secrets: Iterable<string>, source?: string): { added: number } {
    const fresh = new KnownSecrets(this.#key);
    const result = fresh.add(secrets, source);
    this.replaceWith(fresh);
    return result;
  }

  /**
   * Takes over another matcher's secrets and key, in place: whoever holds this matcher (a redactor shared by
   * several processors) sees the new set at once. This is how a reloaded source rotates a live redactor; a
   * hashed list carries its own key, so the key is adopted too.
   */
  replaceWith(other: KnownSecrets): void {
    if (other === this) return;
    this.#key = other.#key;
    this.#seed0 = other.#seed0;
    this.#seed1 = other.#seed1;
    this.#seed2 = other.#seed2;
    this.#byFingerprint.clear();
    for (const [fingerprint, entries] of other.#byFingerprint) this.#byFingerprint.set(fingerprint, [...entries]);
    this.#owners.clear();
    for (const [owner, forms] of other.#owners) this.#owners.set(owner, forms);
    this.#escapable.clear();
    for (const owner of other.#escapable) this.#escapable.add(owner);
    this.#singles = other.#singles;
    this.#bitmap = Uint32Array.from(other.#bitmap);
    this.#bitmapShift = other.#bitmapShift;
  }

  clear(): void {
    this.#byFingerprint.clear();
    this.#owners.clear();
    this.#escapable.clear();
    this.#singles = 0;
    this.#bitmap.fill(0);
  }

  /** The hashed list: what `logveil hash-secrets` writes and `loadHashed` reads. It holds no plaintext. */
  toHashedList(): string {
    const lines = [JSON.stringify({ format: HEADER, version: LIST_VERSION, key: this.#key.toString('base64') })];
    // `escapable` costs one bit about the secret (it holds a quote, backslash or control character); without
    // it a loaded list would have to assume every secret does, and send every escaped line down the slow path.
    for (const [owner, forms] of this.#owners) lines.push(JSON.stringify({ id: owner, forms, escapable: this.#escapable.has(owner) }));
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
    if (header.format !== HEADER || typeof header.key !== 'string' || !Number.isInteger(header.version)) {
      bad(1, `not a logveil hashed list header (format, version ${LIST_VERSION}, key)`);
    }
    if (header.version !== LIST_VERSION) {
      bad(1, `version ${String(header.version)} is not read by this logveil (it reads version ${LIST_VERSION}): run "logveil hash-secrets" on the plaintext list again`);
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
      const parsed = forms.map((form: unknown) => (isHashedForm(form) ? form : bad(index + 2, 'each form is [length, digest, fringe, [4 window fingerprints]]')));
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
    if (this.#owners.size === 0 || bytes.length < MIN_KNOWN_SECRET_LENGTH) return matches;
    const words = this.#aligned.words(bytes);
    const count = bytes.length >>> 2;
    const bitmap = this.#bitmap;
    const shift = this.#bitmapShift;
    const seed0 = this.#seed0;
    const seed1 = this.#seed1;
    const seed2 = this.#seed2;
    const singles = this.#singles > 0;
    let word = words[0] as number;
    for (let index = 0; index < count; index++) {
      if (singles) {
        const fingerprint = singleMix(word, seed2);
        const slot = fingerprint >>> shift;
        if (((bitmap[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) this.#confirm(bytes, fingerprint, index << 2, true, matches);
      }
      if (index + 1 === count) break;
      const next = words[index + 1] as number;
      const fingerprint = pairMix(word, next, seed0, seed1);
      const slot = fingerprint >>> shift;
      if (((bitmap[slot >>> 5] as number) & (1 << (slot & 31))) !== 0) this.#confirm(bytes, fingerprint, index << 2, false, matches);
      word = next;
    }
    return matches;
  }

  /** A window hit at byte `position`: each entry of that fingerprint and kind names where its form would lie. */
  #confirm(bytes: Uint8Array, fingerprint: number, position: number, single: boolean, out: KnownSecretMatch[]): void {
    const entries = this.#byFingerprint.get(fingerprint);
    if (entries === undefined) return;
    for (const entry of entries) {
      if (isSingle(entry.length, entry.offset) !== single) continue;
      const start = position - entry.offset;
      const end = start + entry.length;
      if (start < 0 || end > bytes.length || this.#digest(bytes.subarray(start, end)) !== entry.digest) continue;
      // The fringe (base64 characters that partly encode the secret) is taken only where the neighbour is a
      // base64 character: an ASCII byte, so the span never cuts a multi-byte character. `=` is padding, which
      // only ever ends a payload: before the form it is the `token=` of an assignment, and is kept.
      const fringe = entry.fringe;
      const wantsBefore = fringe === FRINGE.both || fringe === FRINGE.before;
      const wantsAfter = fringe === FRINGE.both || fringe === FRINGE.after;
      const previous = bytes[start - 1] as number;
      const before = wantsBefore && start > 0 && previous !== 61 && isBase64Byte(previous) ? 1 : 0;
      const after = wantsAfter && end < bytes.length && isBase64Byte(bytes[end] as number) ? 1 : 0;
      out.push({ start: start - before, end: end + after });
    }
  }

  /**
   * Fingerprints of a form's windows at offsets 0-3: two words where the form holds them, else one (see
   * `isSingle`). A form has at least 8 bytes, so one word always fits at each of these offsets.
   */
  #windowFingerprints(bytes: Buffer): number[] {
    const fingerprints: number[] = [];
    for (let offset = 0; offset < WORD; offset++) {
      const word = bytes.readUInt32LE(offset);
      fingerprints.push(
        isSingle(bytes.length, offset) ? singleMix(word, this.#seed2) : pairMix(word, bytes.readUInt32LE(offset + WORD), this.#seed0, this.#seed1),
      );
    }
    return fingerprints;
  }

  #insert(owner: string, forms: HashedForm[]): void {
    for (const [length, digest, fringe, fingerprints] of forms) {
      fingerprints.forEach((fingerprint, offset) => {
        const list = this.#byFingerprint.get(fingerprint) ?? [];
        list.push({ owner, length, digest, fringe, offset });
        this.#byFingerprint.set(fingerprint, list);
        if (isSingle(length, offset)) this.#singles++;
      });
    }
    this.#owners.set(owner, forms);
    this.#growBitmap();
    for (const [, , , fingerprints] of forms) for (const fingerprint of fingerprints) this.#setBit(fingerprint);
  }

  #removeOwner(owner: string): boolean {
    const forms = this.#owners.get(owner);
    if (forms === undefined) return false;
    this.#owners.delete(owner);
    this.#escapable.delete(owner);
    for (const fingerprint of new Set(forms.flatMap((form) => form[3]))) {
      const entries = this.#byFingerprint.get(fingerprint) ?? [];
      const rest = entries.filter((entry) => entry.owner !== owner);
      this.#singles -= entries.filter((entry) => entry.owner === owner && isSingle(entry.length, entry.offset)).length;
      if (rest.length === 0) this.#byFingerprint.delete(fingerprint);
      else this.#byFingerprint.set(fingerprint, rest);
    }
    // Bits cannot be cleared one by one (other windows may share them): rebuild.
    this.#bitmap.fill(0);
    for (const fingerprint of this.#byFingerprint.keys()) this.#setBit(fingerprint);
    return true;
  }

  /** Sizes the bitmap to BITS_PER_FINGERPRINT per fingerprint (a power of two within the bounds). */
  #growBitmap(): void {
    const wanted = Math.min(MAX_BITMAP_BITS, Math.max(MIN_BITMAP_BITS, 2 ** Math.ceil(Math.log2(this.#byFingerprint.size * BITS_PER_FINGERPRINT + 1))));
    if (wanted <= this.#bitmap.length * 32) return;
    this.#bitmap = new Uint32Array(wanted >>> 5);
    this.#bitmapShift = 32 - Math.log2(wanted);
    for (const fingerprint of this.#byFingerprint.keys()) this.#setBit(fingerprint);
  }

  #setBit(fingerprint: number): void {
    const slot = fingerprint >>> this.#bitmapShift;
    this.#bitmap[slot >>> 5]! |= 1 << (slot & 31);
  }

  #digest(bytes: Uint8Array): string {
    return createHmac('sha256', this.#key).update(bytes).digest('hex').slice(0, DIGEST_HEX);
  }
}

function isHashedForm(form: unknown): form is HashedForm {
  if (!Array.isArray(form) || form.length !== 4) return false;
  const [length, digest, fringe, fingerprints] = form as unknown[];
  return (
    Number.isInteger(length) && (length as number) >= MIN_KNOWN_SECRET_LENGTH &&
    typeof digest === 'string' && Number.isInteger(fringe) &&
    Array.isArray(fingerprints) && fingerprints.length === WORD &&
    fingerprints.every((fingerprint) => Number.isInteger(fingerprint) && fingerprint >= 0 && fingerprint <= 0xffffffff)
  );
}

function isBase64Byte(byte: number): boolean {
  return (
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) ||
    byte === 43 || byte === 47 || byte === 45 || byte === 95 || byte === 61
  );
}
