import { bareTokenDetector } from '../lib/bare-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { decodeJsonBase64 } from '../lib/token-shape.js';
import { uuidOf } from '../lib/value-shape.js';

/**
 * Tinybird tokens: `p.` + the base64url of a JSON object naming the workspace (`{"u": "<uuid>", "id": …}`, so
 * it starts `eyJ1Ijog`) + `.` + a base64url signature. The middle part must decode to that object.
 */
export default bareTokenDetector({
  id: 'tinybird-token',
  description: 'Tinybird token: p. + base64url JSON naming the workspace ({"u": …}) + . + a base64url signature (decoded and checked)',
  keywords: ['p.eyJ1Ijog', 'p.eyJ1Ijoi'],
  token: String.raw`p\.eyJ1Ijo[gi][A-Za-z0-9_-]{20,600}\.[A-Za-z0-9_-]{20,100}`,
  chars: '0-9A-Za-z_.-',
  make: (seed) => {
    const body = Buffer.from(JSON.stringify({ u: uuidOf(`${seed}-u`), id: uuidOf(`${seed}-i`) }).replace('{"u":', '{"u": ')).toString('base64url');
    return `p.${body}.${fake(seed, 43, BASE64URL)}`;
  },
  contexts: ['TB_TOKEN={}', 'Authorization: Bearer {}'],
  validate: (secret) => typeof decodeJsonBase64(secret.split('.')[1] ?? '')?.u === 'string',
  negatives: [`p.eyJ1Ijog${fake('tinybird-junk', 40, BASE64URL)}.${fake('tinybird-junk-s', 43, BASE64URL)}`, 'p.eyJ1Ijog...'],
});
