import { looksFake } from './checks.js';
import { TOKEN_START } from './patterns.js';
import { BASE64URL, ALNUM_LOWER, fake } from './sample.js';

/**
 * GitLab tokens are a fixed type prefix (`glpat-`, `gldt-`, ...) and a base64url body: 20 characters in the
 * classic form; longer in the routable form GitLab issues since 17.x, which ends with `.`, an optional
 * two-digit version and `.`, then 9 base36 characters (payload length and CRC32). The whole token is redacted.
 */
export function gitlabPattern(prefix: string): string {
  return String.raw`${TOKEN_START}(?P<secret>${prefix}[0-9A-Za-z_-]{20,}(?:(?:\.[0-9]{2})?\.[0-9a-z]{9}\b)?)`;
}

/** Rejects bodies that are placeholders (`xxxx`, repeated or counting characters). */
export function gitlabBodyValid(prefix: string): (secret: string) => boolean {
  return (secret) => !looksFake(secret.slice(prefix.length).replace(/\..*$/, ''));
}

/** A classic token and a routable one, generated from the format. */
export function gitlabSamples(prefix: string, seed: string): string[] {
  return [
    prefix + fake(`${seed}-classic`, 20, BASE64URL),
    `${prefix}${fake(`${seed}-routable`, 31, BASE64URL)}.01.${fake(`${seed}-suffix`, 9, ALNUM_LOWER)}`,
  ];
}

/** Look-alikes every GitLab detector must leave alone. */
export function gitlabNegatives(prefix: string, seed: string, envName: string): string[] {
  return [
    prefix + 'x'.repeat(20),
    prefix + fake(`${seed}-short`, 12, BASE64URL),
    `${prefix}<your-token>`,
    '${' + envName + '}',
  ];
}
