import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, fake } from '../lib/sample.js';
import { decodeJsonBase64, jsonBase64 } from '../lib/token-shape.js';

/**
 * Neptune.ai API tokens are the base64 of a JSON object whose first field is `api_address` (so they start
 * `eyJhcGlfYWRkcmVzcyI6`) and which holds `api_key`; the decoded object is checked.
 */
const token = (seed: string): string =>
  jsonBase64({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: fake(seed, 36, ALNUM) });

export default bareTokenDetector({
  id: 'neptune-api-token',
  description: 'Neptune.ai API token: base64 JSON starting {"api_address": and holding api_key (decoded and checked)',
  keywords: ['eyJhcGlfYWRkcmVzcyI6'],
  token: String.raw`eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/_-]{40,800}={0,2}`,
  chars: '0-9A-Za-z+/=_-',
  make: token,
  contexts: ['NEPTUNE_API_TOKEN={}', 'neptune.init_run(api_token="{}")'],
  validate: (secret) => typeof decodeJsonBase64(secret)?.api_key === 'string',
  negatives: [jsonBase64({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai' })],
});
