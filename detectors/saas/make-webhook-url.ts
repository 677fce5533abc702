import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** A Make (Integromat) custom webhook runs the scenario for anyone: hook.<region>.make.com/<32-character key>. */
export default bareTokenDetector({
  id: 'make-webhook-url',
  description: 'Make (Integromat) webhook URL: hook.<region>.make.com/<32 lower-case alphanumerics> (the key is redacted)',
  keywords: ['.make.com/', 'hook.integromat.com/'],
  token: String.raw`hook\.(?:[a-z0-9]+\.make\.com|integromat\.com)/(?P<secret>[a-z0-9]{32})`,
  chars: '0-9A-Za-z',
  make: (seed) => `https://hook.eu1.make.com/${fake(seed, 32, ALNUM_LOWER)}`,
  contexts: ['MAKE_WEBHOOK_URL={}', 'POST {} 200 "Accepted"'],
  validate: (secret) => randomAlnum(secret),
  negatives: [`https://hook.eu1.make.com/${'x'.repeat(32)}`, `https://www.make.com/en/help/tools/webhooks`, `https://hook.eu1.make.com/${fake('make-short', 20, ALNUM_LOWER)}`],
});
