import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM, BASE64, fake } from '../lib/sample.js';

/**
 * Adyen API keys start with AQE and are base64 in up to three dash-separated parts (`AQE…=-…=-…`). The full
 * three-part shape is recognised anywhere; a bare AQE… base64 run only after an Adyen key name or `x-api-key`.
 */
const CONTEXT = String.raw`${KEY_START}(?i:adyen${SEP}(?:api${SEP})?key|x${SEP}api${SEP}key)${AFTER_KEY}`;
const KEY = String.raw`AQE[A-Za-z0-9+/]{40,}={0,2}(?:-[A-Za-z0-9+/]{20,}={0,2}(?:-[^\s"'\x60\\]{6,24})?)?`;
const STRUCTURED = /^AQE[A-Za-z0-9+/]+={0,2}-[A-Za-z0-9+/]{20,}={0,2}-/;

const key = (seed: string): string =>
  `AQE${fake(`${seed}-a`, 93, BASE64)}=-${fake(`${seed}-b`, 43, BASE64)}=-${fake(`${seed}-c`, 16, ALNUM + '<>,}{')}`;

export default defineDetector({
  id: 'adyen-api-key',
  description:
    'Adyen API key: AQE + base64, then -base64 and -suffix parts; the full shape anywhere, a bare AQE… value after ADYEN_API_KEY or x-api-key',
  category: 'secret',
  trigger: 'AQE[A-Za-z0-9+/]',
  pattern: String.raw`(?:${CONTEXT}|${TOKEN_START})(?P<secret>${KEY})`,
  validate: (secret, context) => {
    const body = secret.slice(3).split('-')[0] ?? '';
    if (looksFake(body) || !/[a-z]/.test(body) || !/[A-Z]/.test(body)) return false;
    return STRUCTURED.test(secret) || /adyen|api.?key/i.test(context.match.slice(0, context.match.length - secret.length));
  },
  samples: {
    positive: [key('adyen-1'), `ADYEN_API_KEY=${key('adyen-2')}`, `x-API-key: AQE${fake('adyen-3', 100, BASE64)}`],
    negative: [
      `AQE${fake('adyen-bare', 100, BASE64)}`,
      'ADYEN_API_KEY=AQE' + 'x'.repeat(100),
      'x-API-key: ADYEN_API_KEY',
      `ADYEN_API_KEY=AQE${fake('adyen-short', 20, BASE64)}`,
      '${ADYEN_API_KEY}',
    ],
  },
});
