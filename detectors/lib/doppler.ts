import { looksFake } from './checks.js';
import { TOKEN_START } from './patterns.js';
import { ALNUM, fake } from './sample.js';

/**
 * Doppler tokens are `dp.` + a type (`pt` personal, `st` service, `sa` service account, `ct` CLI, `scim`, `audit`)
 * + `.` + a base62 body of about 43 characters. Service tokens may carry the config name before the body
 * (`dp.st.prd.…`). The whole token is redacted.
 */
export function dopplerPattern(type: string, withConfig = false): string {
  const config = withConfig ? String.raw`(?:[a-z0-9_-]{1,40}\.)?` : '';
  return String.raw`${TOKEN_START}(?P<secret>dp\.${type}\.${config}[A-Za-z0-9]{40,44})\b`;
}

/** Rejects placeholder bodies (`xxxx`, repeated or counting characters). */
export function dopplerBodyValid(secret: string): boolean {
  return !looksFake(secret.slice(secret.lastIndexOf('.') + 1));
}

export function dopplerToken(type: string, seed: string): string {
  return `dp.${type}.${fake(seed, 43, ALNUM)}`;
}

/** Look-alikes every Doppler detector must leave alone. */
export function dopplerNegatives(type: string, seed: string): string[] {
  return [
    `dp.${type}.${'x'.repeat(43)}`,
    `dp.${type}.${fake(`${seed}-short`, 20)}`,
    `dp.${type}.<your-token>`,
    '${DOPPLER_TOKEN}',
    `dp.${type}.[REDACTED:doppler]`,
  ];
}
