import { bareTokenDetector } from '../lib/bare-token.js';
import { BASE64, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Stytch project secrets name their environment: `secret-live-` or `secret-test-` + base64 (about 36 characters). */
const secret = (seed: string): string => `secret-${seed.endsWith('1') ? 'test' : 'live'}-${fake(seed, 34, BASE64.replace(/[+/]/g, ''))}=`;

export default bareTokenDetector({
  id: 'stytch-secret',
  description: 'Stytch project secret: secret-live- or secret-test- + 28 to 64 base64 characters',
  keywords: ['secret-live-', 'secret-test-'],
  token: String.raw`secret-(?:live|test)-[A-Za-z0-9+/_-]{28,64}={0,2}`,
  chars: '0-9A-Za-z+/=_-',
  make: secret,
  contexts: ['STYTCH_SECRET={}', "curl -u 'project-live-3f1c2d4e-aaaa-4bbb-8ccc-0123456789ab:{}' https://api.stytch.com/v1/users"],
  validate: (value) => randomMixedCase(value.slice(12).replace(/[^A-Za-z0-9]/g, '')),
  negatives: [`secret-live-${'x'.repeat(36)}`, `secret-test-${fake('stytch-short', 12)}`, 'secret-test-key-rotation-schedule-weekly-v2'],
});
