import { SEP } from '../lib/provider-key.js';
import { alnumValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Better Stack (Logtail) source and API tokens are 24 alphanumeric characters: only found after a Better Stack or
 * Logtail key name.
 */
export default keyedSecretDetector({
  id: 'betterstack-source-token',
  what: 'Better Stack / Logtail source or API token',
  key: String.raw`(?:logtail|better${SEP}stack|betterstack)${SEP}(?:source${SEP}|api${SEP}|ingesting${SEP}|uptime${SEP})?token`,
  names: 'LOGTAIL_SOURCE_TOKEN, BETTERSTACK_API_TOKEN, BETTER_STACK_SOURCE_TOKEN',
  trigger: String.raw`(?i:logtail|better[_.-]?stack)`,
  value: alnumValue(24),
  contexts: ['LOGTAIL_SOURCE_TOKEN={}', 'BETTER_STACK_SOURCE_TOKEN: {}'],
  validate: randomMixedCase,
});
