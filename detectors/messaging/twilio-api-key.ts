import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `SK${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'twilio-api-key',
  description: 'Twilio API key SID: SK + 32 lower-case hex characters (the key half of an API key pair)',
  category: 'secret',
  trigger: 'SK[0-9a-f]{8}',
  pattern: String.raw`${TOKEN_START}(?P<secret>SK[0-9a-f]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(2)),
  samples: {
    positive: [key('twilio-sk-1'), `TWILIO_API_KEY=${key('twilio-sk-2')}`, `"apiKeySid": "${key('twilio-sk-3')}"`],
    negative: [
      `AC${fake('twilio-ac', 32, HEX)}`,
      'SK' + '0'.repeat(32),
      `SK${fake('twilio-sk-short', 24, HEX)}`,
      `SK${fake('twilio-sk-upper', 32, HEX.toUpperCase())}`,
      `TASK${fake('twilio-sk-word', 32, HEX)}`,
      '${TWILIO_API_KEY}',
    ],
  },
});
