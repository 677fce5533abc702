import { prefixedBareDetector } from '../lib/bare-token.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';
import { randomAlnum, randomMixedCase } from '../lib/token-shape.js';
import type { ValueShape } from '../lib/value-shape.js';

/** After `VF.DM.` (Dialog Manager API) or `VF.WS.` (workspace): a 24-hex id, a dot, 16 alphanumerics. */
const body: ValueShape = {
  pattern: String.raw`[0-9a-f]{24}\.[0-9A-Za-z]{16}`,
  chars: '0-9A-Za-z.',
  name: '24 hex characters, a dot and 16 alphanumeric characters',
  make: (seed) => `${fake(`${seed}-id`, 24, HEX)}.${fake(`${seed}-secret`, 16, ALNUM)}`,
  valid: (value) => randomAlnum(value.slice(0, 24)) && randomMixedCase(value.slice(25)),
  short: (seed) => `${fake(`${seed}-id`, 24, HEX)}.${fake(`${seed}-secret`, 8, ALNUM)}`,
  alphabet: HEX,
  max: 41,
};

export default prefixedBareDetector({
  id: 'voiceflow-api-key',
  what: 'Voiceflow API key',
  prefixes: ['VF.DM.', 'VF.WS.'],
  body,
  contexts: ['VOICEFLOW_API_KEY={}', "headers: { Authorization: '{}' }"],
});
