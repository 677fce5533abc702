import { TOKEN_START } from './patterns.js';
import { HEX, fake } from './sample.js';

/** Bitcoin base58: base62 without 0, O, I and l. */
export const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** CircleCI API tokens since 2023: `CCIPAT_` (personal) or `CCIPRJ_` (project) + base58 UUID + `_` + 40 hex. */
export function circleciPattern(prefix: string): string {
  return String.raw`${TOKEN_START}(?P<secret>${prefix}_[1-9A-HJ-NP-Za-km-z]{16,24}_[0-9a-f]{40})\b`;
}

export function circleciToken(prefix: string, seed: string): string {
  return `${prefix}_${fake(`${seed}-id`, 22, BASE58)}_${fake(`${seed}-secret`, 40, HEX)}`;
}
