import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_UPPER, DIGITS, HEX, fake } from '../lib/sample.js';

const token = (seed: string): string =>
  `xapp-1-A${fake(`${seed}-app`, 10, ALNUM_UPPER)}-${fake(`${seed}-n`, 13, DIGITS)}-${fake(`${seed}-s`, 64, HEX)}`;

export default defineDetector({
  id: 'slack-app-token',
  description: 'Slack app-level token (Socket Mode): xapp- + version digit + app id + number + 64 hex characters',
  category: 'secret',
  keywords: ['xapp-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[0-9A-Za-z]{32,80})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('-') + 1)),
  samples: {
    positive: [token('slack-app-1'), `SLACK_APP_TOKEN=${token('slack-app-2')}`],
    negative: [
      `xapp-1-A${fake('slack-app-n1', 10, ALNUM_UPPER)}-${fake('slack-app-n2', 13, DIGITS)}-${'0'.repeat(64)}`,
      `xapp-1-A${fake('slack-app-n3', 10, ALNUM_UPPER)}-${fake('slack-app-n4', 13, DIGITS)}`,
      'xapp-1-your-app-token',
      '${SLACK_APP_TOKEN}',
    ],
  },
});
