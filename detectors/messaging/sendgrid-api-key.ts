import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const key = (seed: string): string => `SG.${fake(`${seed}-id`, 22, BASE64URL)}.${fake(`${seed}-secret`, 43, BASE64URL)}`;

export default defineDetector({
  id: 'sendgrid-api-key',
  description: 'SendGrid API key: SG. + 22-character key id + . + 43-character secret (base64url)',
  category: 'secret',
  trigger: String.raw`SG\.[A-Za-z0-9_-]{22}\.`,
  pattern: String.raw`${TOKEN_START}(?P<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => randomMixedCase(secret.slice(26)),
  samples: {
    positive: [key('sendgrid-1'), `SENDGRID_API_KEY=${key('sendgrid-2')}`, `Authorization: Bearer ${key('sendgrid-3')}`],
    negative: [
      `SG.${'x'.repeat(22)}.${'x'.repeat(43)}`,
      `SG.${fake('sendgrid-short', 22, BASE64URL)}.${fake('sendgrid-short-2', 20, BASE64URL)}`,
      `msg.${fake('sendgrid-msg', 22, BASE64URL)}.${fake('sendgrid-msg-2', 43, BASE64URL)}`,
      'SENDGRID_API_KEY=SG.your-key-here',
      '${SENDGRID_API_KEY}',
    ],
  },
});
