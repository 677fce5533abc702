import { bareTokenDetector } from '../lib/bare-token.js';
import { uuidOf } from '../lib/value-shape.js';
import { ALNUM, fake } from '../lib/sample.js';
import { decodeJsonBase64, jsonBase64 } from '../lib/token-shape.js';

/**
 * Upstash QStash tokens are the base64 of a JSON object that opens with `UserID` (so they start
 * `eyJVc2VySUQiOi`) and holds the password; the decoded object is checked.
 */
const token = (seed: string): string => jsonBase64({ UserID: uuidOf(seed), Password: fake(seed, 32, ALNUM) }) + '=';

export default bareTokenDetector({
  id: 'upstash-qstash-token',
  description: 'Upstash QStash token: base64 JSON starting {"UserID": and holding Password (decoded and checked)',
  keywords: ['eyJVc2VySUQiOi'],
  token: String.raw`eyJVc2VySUQiOi[A-Za-z0-9+/_-]{30,400}={0,2}`,
  chars: '0-9A-Za-z+/=_-',
  make: token,
  contexts: ['QSTASH_TOKEN={}', 'Authorization: Bearer {}'],
  validate: (secret) => typeof decodeJsonBase64(secret)?.Password === 'string',
  negatives: [jsonBase64({ UserID: uuidOf('qstash-n'), Role: 'reader' })],
});
