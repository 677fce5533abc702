import { bareTokenDetector } from '../lib/bare-token.js';
import { DIGITS, LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** A Zapier catch hook triggers the Zap for anyone: hooks.zapier.com/hooks/catch/<account id>/<hook key>/. */
export default bareTokenDetector({
  id: 'zapier-webhook-url',
  description: 'Zapier catch-hook URL: hooks.zapier.com/hooks/catch/<digits>/<hook key> (the key is redacted)',
  keywords: ['hooks.zapier.com/hooks/'],
  token: String.raw`(?:https?://)?hooks\.zapier\.com/hooks/catch/[0-9]{4,12}/(?P<secret>[a-z0-9]{5,12})`,
  chars: '0-9A-Za-z',
  make: (seed) => `https://hooks.zapier.com/hooks/catch/${fake(`${seed}-a`, 8, DIGITS)}/${fake(seed, 3, LOWER)}${fake(`${seed}-d`, 4, DIGITS)}/`,
  contexts: ['ZAPIER_WEBHOOK_URL={}', 'POST {} 200'],
  validate: (secret) => randomAlnum(secret),
  negatives: ['https://hooks.zapier.com/hooks/catch/123456/abcdef/', 'https://hooks.zapier.com/hooks/catch/<account>/<hook>/', 'https://zapier.com/help/create/code-webhooks'],
});
