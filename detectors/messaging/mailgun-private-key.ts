import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START_NO_DASH } from '../lib/provider-key.js';
import { HEX, fake } from '../lib/sample.js';

const key = (seed: string): string => `${fake(`${seed}-a`, 32, HEX)}-${fake(`${seed}-b`, 8, HEX)}-${fake(`${seed}-c`, 8, HEX)}`;

export default defineDetector({
  id: 'mailgun-private-key',
  description:
    'Mailgun private API key or webhook signing key, current form: 32 hex + - + 8 hex + - + 8 hex (not a UUID, whose groups are 8-4-4-4-12)',
  category: 'secret',
  // Starts at a dash: a run counted from a hex character (`[0-9a-f]{32}`) made the shared prefilter DFA track
  // every hex run of trace and request ids, which cost 25% of every clean line (measured with the full
  // catalog). Two dashes 8 hex apart never occur in a UUID (8-4-4-4-12).
  trigger: '-[0-9a-f]{8}-[0-9a-f]{4}',
  pattern: String.raw`${TOKEN_START_NO_DASH}(?P<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?:[^0-9A-Za-z-]|$)`,
  validate: (secret) => /[a-f]/.test(secret.slice(0, 32)) && !looksFake(secret.slice(0, 32)),
  samples: {
    positive: [key('mailgun-pk-1'), `MAILGUN_API_KEY=${key('mailgun-pk-2')}`, `MAILGUN_WEBHOOK_SIGNING_KEY: ${key('mailgun-pk-3')}`],
    negative: [
      [8, 4, 4, 4, 12].map((length, index) => fake(`mailgun-pk-uuid-${index}`, length, HEX)).join('-'),
      `${fake('mailgun-pk-md5', 32, HEX)}-${fake('mailgun-pk-x', 8, HEX)}`,
      `${fake('mailgun-pk-long', 32, HEX)}-${fake('mailgun-pk-l2', 8, HEX)}-${fake('mailgun-pk-l3', 8, HEX)}-${fake('mailgun-pk-l4', 4, HEX)}`,
      `${'0'.repeat(32)}-00001111-22223333`,
      'MAILGUN_API_KEY=${MAILGUN_API_KEY}',
    ],
  },
});
