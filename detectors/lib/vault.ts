import { plausibleEncoded } from './encoded.js';
import { TOKEN_START } from './patterns.js';
import { BASE64URL, fake } from './sample.js';

/**
 * HashiCorp Vault tokens since 1.10: a type prefix (`hvs.` service, `hvb.` batch, `hvr.` recovery) and a base64url
 * body (a protobuf for service tokens, much longer for batch tokens), with an optional `.` + namespace id suffix.
 * The body may end in `-` or `_`, where `\b` fails, so the character after the token is consumed instead.
 */
export function vaultPattern(prefix: string): string {
  return String.raw`${TOKEN_START}(?P<secret>${prefix}\.[A-Za-z0-9_-]{24,}(?:\.[A-Za-z0-9]{5})?)(?:[^A-Za-z0-9_-]|$)`;
}

/**
 * A body that is not a placeholder. Real bodies hold runs such as `AAAAAQ` (protobuf and length prefixes), so
 * repeated characters alone are not evidence of a fake; `xxxx`, few distinct characters and words are.
 */
export function vaultBodyValid(secret: string): boolean {
  return plausibleEncoded(secret.slice(4), 12);
}

export function vaultToken(prefix: string, seed: string, length: number): string {
  return `${prefix}.${fake(seed, length, BASE64URL)}`;
}

export function vaultNegatives(prefix: string, seed: string): string[] {
  return [
    `${prefix}.${'x'.repeat(90)}`,
    `${prefix}.${fake(`${seed}-short`, 16, BASE64URL)}`,
    `${prefix}.<vault-token>`,
    '${VAULT_TOKEN}',
    `${prefix}.[REDACTED:vault]`,
  ];
}
