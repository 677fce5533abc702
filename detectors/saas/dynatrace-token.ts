import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';

/**
 * Dynatrace tokens: dt0 + a type letter + 2 digits (dt0c01 API / PaaS tokens, dt0s01 OAuth clients, dt0s02…), then
 * a 24-character public part and a 64-character secret part, each upper-case letters and digits, joined by dots.
 */
const token = (seed: string, kind = 'c01', length = 64): string => `dt0${kind}.${fake(`${seed}-p`, 24, ALNUM_UPPER)}.${fake(`${seed}-s`, length, ALNUM_UPPER)}`;

export default formatTokenDetector({
  id: 'dynatrace-token',
  description: 'Dynatrace API, PaaS or platform token / OAuth client secret: dt0 + letter + 2 digits + . + 24 + . + 64 upper-case alphanumeric characters (found bare)',
  trigger: String.raw`dt0[a-z][0-9]{2}\.`,
  token: String.raw`dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}`,
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['curl -H "Authorization: Api-Token {}" https://abc12345.live.dynatrace.com/api/v2/metrics', 'DT_API_TOKEN={}'],
  negatives: [token('dt-short', 'c01', 40), `dt0c01.${'X'.repeat(24)}.${'X'.repeat(64)}`, 'dt0c01.<public>.<secret>', `dt0c01.${fake('dt-lower', 24, ALNUM_UPPER).toLowerCase()}.${fake('dt-lower-b', 64, ALNUM_UPPER).toLowerCase()}`],
  validate: (secret) => !looksFake(secret.slice(-64)),
});
