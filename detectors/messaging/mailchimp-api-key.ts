import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START_NO_DASH } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string, dc = 'us21'): string => `${fake(seed, 32, HEX)}-${dc}`;

export default defineDetector({
  id: 'mailchimp-api-key',
  description: 'Mailchimp (Intuit) Marketing API key: 32 hex characters + -us + the data center number',
  category: 'secret',
  trigger: '[0-9a-f]-us[0-9]',
  pattern: String.raw`${TOKEN_START_NO_DASH}(?P<secret>[0-9a-f]{32}-us[0-9]{1,2})\b`,
  validate: (secret) => !looksFake(secret.slice(0, 32)),
  samples: {
    positive: [key('mailchimp-1'), `MAILCHIMP_API_KEY=${key('mailchimp-2', 'us6')}`, `mailchimp_api_key: ${key('mailchimp-3', 'us18')}`],
    negative: [
      `${fake('mailchimp-short', 24, HEX)}-us21`,
      `${'0'.repeat(32)}-us21`,
      `${fake('mailchimp-region', 32, HEX)}-eu1`,
      `${fake('mailchimp-aws', 32, HEX)}-us-east-1`,
      'MAILCHIMP_API_KEY=${MAILCHIMP_API_KEY}',
    ],
  },
});
