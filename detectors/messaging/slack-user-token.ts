import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';

const token = (seed: string): string =>
  `xoxp-${fake(`${seed}-a`, 12, DIGITS)}-${fake(`${seed}-b`, 12, DIGITS)}-${fake(`${seed}-c`, 13, DIGITS)}-${fake(`${seed}-d`, 32, HEX)}`;

export default defineDetector({
  id: 'slack-user-token',
  description: 'Slack user token: xoxp- + three numeric ids + a 32-character secret',
  category: 'secret',
  keywords: ['xoxp-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>xoxp-(?:[0-9]{8,14}-){2,3}[0-9A-Za-z]{24,64})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('-') + 1)),
  samples: {
    positive: [token('slack-user-1'), `"token":"${token('slack-user-2')}"`],
    negative: [
      `xoxp-${fake('slack-user-n1', 12, DIGITS)}-${fake('slack-user-n2', 12, DIGITS)}-${fake('slack-user-n3', 13, DIGITS)}-${'x'.repeat(32)}`,
      `xoxp-${fake('slack-user-n4', 12, DIGITS)}-${fake('slack-user-n5', 32, HEX)}`,
      'xoxp-your-user-token',
      '${SLACK_USER_TOKEN}',
    ],
  },
});
