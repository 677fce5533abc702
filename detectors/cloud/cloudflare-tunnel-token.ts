import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64, HEX, fake } from '../lib/sample.js';
import { decodeJsonBase64, jsonBase64 } from '../lib/token-shape.js';

/**
 * Cloudflare Tunnel tokens (`cloudflared tunnel run --token …`) are base64 of {"a": account tag, "t": tunnel id, "s":
 * tunnel secret}, so they start with eyJhIjoi; the validator decodes them and checks the three fields.
 */
const uuid = (seed: string): string => [8, 4, 4, 4, 12].map((length, index) => fake(`${seed}-${index}`, length, HEX)).join('-');
const token = (seed: string): string => jsonBase64({ a: fake(`${seed}-a`, 32, HEX), t: uuid(`${seed}-t`), s: fake(`${seed}-s`, 44, BASE64) });

export default formatTokenDetector({
  id: 'cloudflare-tunnel-token',
  description: 'Cloudflare Tunnel token: base64 of {"a":…,"t":…,"s":…}, so eyJhIjoi + 100 or more base64 characters (decoded and checked; found bare)',
  keywords: ['eyJhIjoi'],
  token: 'eyJhIjoi[A-Za-z0-9+/_-]{100,400}={0,2}',
  chars: '0-9A-Za-z+/=_-',
  sample: token,
  contexts: ['cloudflared tunnel run --token {}', 'TUNNEL_TOKEN={}'],
  negatives: [jsonBase64({ a: 'x', t: 'y', note: fake('cf-tunnel-note', 80) }), jsonBase64({ a: 'x'.repeat(32), t: uuid('cf-tunnel-n'), s: 'x'.repeat(44) }), 'TUNNEL_TOKEN=${TUNNEL_TOKEN}'],
  validate: (secret) => {
    const value = decodeJsonBase64(secret);
    return typeof value?.a === 'string' && typeof value.t === 'string' && typeof value.s === 'string' && !looksFake(value.s);
  },
});
