import { ASSIGN } from './patterns.js';

/**
 * A value recognised only after its provider's key name: `KEY=value`, `KEY: value`, `"KEY": "value"` (also
 * JSON-escaped), `--key value`, `Header: value`. `key` is an RE2 fragment for the key name, `value` one for the
 * value (it becomes the `secret` group), and `valueChars` the body of a character class holding every character
 * the value may contain: the character after the value must not be one of them, so a longer run is not cut short.
 */
export function afterKey(key: string, value: string, valueChars: string): string {
  return String.raw`${key}(?:${ASSIGN}|[ \t]+)(?P<secret>${value})(?:[^${valueChars}]|$)`;
}
