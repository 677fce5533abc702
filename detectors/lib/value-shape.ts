import { looksFake } from './checks.js';
import { ALNUM, ALNUM_LOWER, ALNUM_UPPER, BASE64, BASE64URL, HEX, fake } from './sample.js';
import { randomAlnum, randomMixedCase } from './token-shape.js';

/**
 * The shape of a secret value with no prefix of its own (bare hex, base62, a UUID), as the keyed detectors
 * (keyed-secret.ts) need it: the RE2 fragment, the characters that may continue it (so a longer run is not cut
 * short), how a description names it, a sample generator and the default randomness check.
 */
export interface ValueShape {
  readonly pattern: string;
  /** Body of a character class holding every character the value may contain. */
  readonly chars: string;
  readonly name: string;
  readonly make: (seed: string) => string;
  readonly valid: (value: string) => boolean;
  /** A look-alike of the right charset but the wrong length. */
  readonly short: (seed: string) => string;
  /** Its characters, for generated samples; and its longest length (undefined when unbounded). */
  readonly alphabet: string;
  readonly max?: number;
}

const noFake = (value: string): boolean => !looksFake(value);

function counted(name: string, cls: string, chars: string, alphabet: string, min: number, max: number, valid: (value: string) => boolean): ValueShape {
  const typical = Math.min(max, Math.max(min, Math.round((min + max) / 2)));
  return {
    pattern: min === max ? `${cls}{${min}}` : `${cls}{${min},${max}}`,
    chars,
    name: min === max ? `${min} ${name} characters` : `${min} to ${max} ${name} characters`,
    make: (seed) => fake(seed, typical, alphabet),
    valid,
    short: (seed) => fake(seed, Math.max(4, min - 8), alphabet),
    alphabet,
    max,
  };
}

/** `length` hex characters, either case (keys are usually issued lower-case). */
export const hex = (length: number): ValueShape => counted('hex', '[0-9a-fA-F]', '0-9A-Za-z', HEX, length, length, (value) => noFake(value) && randomAlnum(value));
/** `length` lower-case hex characters (a provider that documents lower case never issues upper). */
export const lowerHex = (length: number): ValueShape => counted('lower-case hex', '[0-9a-f]', '0-9A-Za-z', HEX, length, length, (value) => noFake(value) && randomAlnum(value));
/** Lower-case base32 (a-z, 2-7). */
export const lowerBase32 = (min: number, max = min): ValueShape =>
  counted('lower-case base32', '[a-z2-7]', '0-9A-Za-z', 'abcdefghijklmnopqrstuvwxyz234567', min, max, randomAlnum);
/** Letters and digits, both cases, `min` to `max` long. */
export const base62 = (min: number, max = min): ValueShape => counted('alphanumeric', '[0-9A-Za-z]', '0-9A-Za-z', ALNUM, min, max, randomMixedCase);
/** Lower-case letters and digits. */
export const lowerAlnum = (min: number, max = min): ValueShape => counted('lower-case alphanumeric', '[0-9a-z]', '0-9A-Za-z', ALNUM_LOWER, min, max, randomAlnum);
/** Upper-case letters and digits. */
export const upperAlnum = (min: number, max = min): ValueShape => counted('upper-case alphanumeric', '[0-9A-Z]', '0-9A-Za-z', ALNUM_UPPER, min, max, randomAlnum);
/** URL-safe base64 (`-` and `_` too). */
export const base64url = (min: number, max = min): ValueShape =>
  counted('base64url', '[0-9A-Za-z_-]', '0-9A-Za-z_-', BASE64URL, min, max, (value) => randomMixedCase(value.replace(/[_-]/g, '')));
/** Standard base64, with optional padding. */
export function base64(min: number, max = min): ValueShape {
  const shape = counted('base64', '[0-9A-Za-z+/]', '0-9A-Za-z+/=', BASE64, min, max, (value) => randomMixedCase(value.replace(/[+/=]/g, '')));
  return { ...shape, pattern: `${shape.pattern}={0,2}` };
}

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A UUID (keys some providers issue as UUIDs), lower-case v4 in samples. */
export function uuidOf(seed: string): string {
  const part = (name: string, length: number): string => fake(`${seed}-${name}`, length, HEX);
  return `${part('a', 8)}-${part('b', 4)}-4${part('c', 3)}-${fake(`${seed}-v`, 1, '89ab')}${part('d', 3)}-${part('e', 12)}`;
}

export const UUID: ValueShape = {
  pattern: UUID_PATTERN,
  chars: '0-9A-Za-z-',
  name: 'UUID',
  make: uuidOf,
  valid: (value) => noFake(value.replace(/-/g, '')),
  short: (seed) => uuidOf(seed).slice(0, 23),
  alphabet: HEX,
  max: 36,
};

export { UUID_PATTERN };
