/**
 * The word-window primitives of the known-secret matcher (known-secrets.ts): the text is read as aligned
 * little-endian 32-bit words, and each 8-byte window (two words), or 4-byte window where two do not fit, is
 * reduced to a keyed 32-bit fingerprint.
 */

/** Bytes per aligned word: the scan's stride, and how many window offsets each form registers. */
export const WORD = 4;
const PAIR = 2 * WORD;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Keyed 32-bit mixes of one window; their high bits pick the bitmap slot, so they must avalanche. Unsigned,
 * so a fingerprint reads the same in the map, the bitmap and a hashed list.
 */
export function pairMix(first: number, second: number, seed0: number, seed1: number): number {
  let hash = Math.imul(first ^ seed0, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 15) ^ second ^ seed1, 0x85ebca77);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae3d);
  return (hash ^ (hash >>> 16)) >>> 0;
}

export function singleMix(word: number, seed: number): number {
  let hash = Math.imul(word ^ seed, 0x85ebca77);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae3d);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Little-endian 32-bit words of a byte array: a view of the bytes themselves when they are 4-byte aligned on a
 * little-endian machine (the scanner's scratch buffer is), else a copy. The last view is kept, since the
 * scanner hands over slices of one buffer and a view per call would be garbage per line.
 */
export class AlignedWords {
  #buffer: ArrayBufferLike | undefined;
  #offset = -1;
  #view: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  #copy = new Uint32Array(256);

  words(bytes: Uint8Array): Uint32Array<ArrayBufferLike> {
    const count = bytes.length >>> 2;
    if (LITTLE_ENDIAN && (bytes.byteOffset & 3) === 0) {
      // The view runs to the end of the buffer, so it serves every slice that starts where it does.
      if (bytes.buffer === this.#buffer && bytes.byteOffset === this.#offset) return this.#view;
      this.#buffer = bytes.buffer;
      this.#offset = bytes.byteOffset;
      this.#view = new Uint32Array(bytes.buffer, bytes.byteOffset, (bytes.buffer.byteLength - bytes.byteOffset) >>> 2);
      return this.#view;
    }
    if (this.#copy.length < count) this.#copy = new Uint32Array(2 ** Math.ceil(Math.log2(count)));
    for (let index = 0, at = 0; index < count; index++, at += 4) {
      this.#copy[index] = ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
    }
    return this.#copy;
  }
}

/** Whether the window at `offset` of a form of `length` bytes is a single word (two do not fit). */
export function isSingle(length: number, offset: number): boolean {
  return offset + PAIR > length;
}
