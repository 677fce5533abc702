import { bareTokenDetector } from '../lib/bare-token.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** IFTTT Webhooks service key in a trigger URL: maker.ifttt.com/trigger/<event>/…/with/key/<22 base64url>. */
export default bareTokenDetector({
  id: 'ifttt-webhook-key',
  description: 'IFTTT Webhooks key in a maker.ifttt.com trigger URL (…/with/key/<key>; the key is redacted)',
  keywords: ['maker.ifttt.com/'],
  token: String.raw`maker\.ifttt\.com/trigger/[A-Za-z0-9_.-]+/(?:json/)?with/key/(?P<secret>[A-Za-z0-9_-]{20,48})`,
  chars: '0-9A-Za-z_-',
  make: (seed) => `https://maker.ifttt.com/trigger/agent_done/with/key/${fake(seed, 22, BASE64URL)}`,
  contexts: ['IFTTT_URL={}', 'POST {} 200 "Congratulations! You fired the event"'],
  validate: (secret) => randomMixedCase(secret.replace(/[_-]/g, '')),
  negatives: ['https://maker.ifttt.com/trigger/{event}/with/key/{your_key}', `https://maker.ifttt.com/trigger/agent_done/with/key/${'x'.repeat(22)}`],
});
