import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';

/**
 * Honeycomb ingest keys: hc + a letter + ik_ + the 26-character key id and 32-character secret, concatenated (58
 * lower-case letters and digits). Management keys (hc?mk_) are their id and secret joined by a colon.
 */
const key = (seed: string, length = 58): string => `hcxik_${fake(seed, length, ALNUM_LOWER)}`;

export default formatTokenDetector({
  id: 'honeycomb-ingest-key',
  description: 'Honeycomb ingest key (hc?ik_ + 58 lower-case alphanumeric characters) or management key (hc?mk_ + 26 + : + 32; found bare)',
  trigger: 'hc[a-z][im]k_',
  token: 'hc[a-z](?:ik_[0-9a-z]{58}|mk_[0-9a-z]{26}:[0-9a-z]{32})',
  chars: '0-9A-Za-z_',
  sample: key,
  contexts: ['OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team={}', `curl -H "Authorization: Bearer hcxmk_${fake('hc-mk-id', 26, ALNUM_LOWER)}:${fake('hc-mk-s', 32, ALNUM_LOWER)}" https://api.honeycomb.io/2/teams/acme/api-keys`],
  negatives: [key('hc-short', 26), `hcxik_${'0'.repeat(58)}`, `hcxmk_${fake('hc-id-only', 26, ALNUM_LOWER)}`, 'hcxik_<key>'],
  validate: (secret) => !looksFake(secret.slice(6).replace(':', '')),
});
