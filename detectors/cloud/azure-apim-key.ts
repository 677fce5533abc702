import { defineDetector } from '../../src/engine/detector.js';
import { signedKey } from '../lib/azure.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { tokenStartOutside } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Not at a `+/` inside a run: see tokenStartOutside. */
const KEY_BODY_START = tokenStartOutside('+/');

/**
 * Azure API Management keys. Direct management keys made since 2023 are 88 base64 characters with the signature APIM
 * at 76–79 and are found bare. Subscription keys (32 hex, also used by Azure AI services) are found after the
 * Ocp-Apim-Subscription-Key header or query parameter, the subscription-key parameter, or an APIM key name.
 */
const NAME = String.raw`(?i:ocp${SEP}apim${SEP}subscription${SEP}key|subscription-key|(?:azure${SEP})?(?:apim|api${SEP}management)${SEP}(?:subscription${SEP}|primary${SEP}|secondary${SEP})?key)`;
const key = (seed: string): string => signedKey(seed, 88, 'APIM', 76, 'A==');

export default defineDetector({
  id: 'azure-apim-key',
  description:
    'Azure API Management key: an 88-character key with the signature APIM at 76–79 (found bare), or a 32-hex subscription key after ' +
    'the Ocp-Apim-Subscription-Key header or parameter, subscription-key= or APIM_SUBSCRIPTION_KEY',
  category: 'secret',
  trigger: String.raw`APIM[A-Za-z0-9+/]{5}[AQgw]==|(?i:apim[_.-]?(?:subscription|primary|secondary|key)|api[_.-]?management[_.-]?(?:subscription|primary|secondary|key)|subscription-key)`,
  pattern: String.raw`(?:${KEY_BODY_START}|${KEY_START}${NAME}${AFTER_KEY})(?P<secret>[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==|[0-9a-fA-F]{32})(?:[^A-Za-z0-9+/=]|$)`,
  // A subscription key has no signature: it counts only when the match holds its header or key name.
  validate: (secret, context) =>
    (secret.length === 88 ? !looksFake(secret.slice(0, 76)) : randomAlnum(secret) && /apim|management|subscription/i.test(context.match)),
  priority: 30,
  samples: {
    positive: [
      key('apim-1'),
      `curl -H "Ocp-Apim-Subscription-Key: ${fake('apim-2', 32, HEX)}" https://acme.azure-api.net/orders`,
      `GET https://acme.azure-api.net/orders?subscription-key=${fake('apim-3', 32, HEX)}`,
      `APIM_SUBSCRIPTION_KEY=${fake('apim-4', 32, HEX)}`,
    ],
    negative: [fake('apim-bare', 32, HEX), `trace_id=${fake('apim-trace', 32, HEX)}`, 'Ocp-Apim-Subscription-Key: ${APIM_KEY}', `Ocp-Apim-Subscription-Key: ${'0'.repeat(32)}`, `${'x'.repeat(76)}APIMabcdeA==`],
  },
});
