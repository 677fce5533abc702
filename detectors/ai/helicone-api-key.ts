import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM_LOWER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Helicone API keys: `sk-helicone-` (read) or `pk-helicone-` (write), `eu-` for the EU region, then four
 * dash-separated groups of 7 lower-case letters and digits.
 */
const key = (seed: string): string =>
  `sk-helicone-${[0, 1, 2, 3].map((group) => fake(`${seed}-${group}`, 7, ALNUM_LOWER)).join('-')}`;

export default bareTokenDetector({
  id: 'helicone-api-key',
  description: 'Helicone API key: sk-helicone- or pk-helicone- (eu- for the EU region) + four dash-separated groups of 7 lower-case alphanumerics',
  keywords: ['-helicone-'],
  token: String.raw`(?:sk|pk)-helicone-(?:eu-)?[a-z0-9]{7}(?:-[a-z0-9]{7}){3}`,
  chars: '0-9A-Za-z_-',
  make: key,
  contexts: ['HELICONE_API_KEY={}', '"Helicone-Auth": "Bearer {}"'],
  validate: (secret) => randomAlnum(secret.replace(/^[sp]k-helicone-(?:eu-)?/, '').replace(/-/g, '')),
  negatives: [`sk-helicone-${'x'.repeat(7)}-${'x'.repeat(7)}-${'x'.repeat(7)}-${'x'.repeat(7)}`, 'sk-helicone-<your-key>', `sk-helicone-${fake('helicone-short', 7, ALNUM_LOWER)}`],
});
