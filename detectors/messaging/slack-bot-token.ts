import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { DIGITS, fake } from '../lib/sample.js';

const token = (seed: string): string =>
  `xoxb-${fake(`${seed}-team`, 12, DIGITS)}-${fake(`${seed}-bot`, 13, DIGITS)}-${fake(`${seed}-secret`, 24)}`;

export default defineDetector({
  id: 'slack-bot-token',
  description: 'Slack bot token: xoxb- + workspace number + bot user number + 24 alphanumeric characters',
  category: 'secret',
  keywords: ['xoxb-'],
  pattern: String.raw`${TOKEN_START}(?P<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[0-9A-Za-z]{20,40})\b`,
  validate: (secret) => !looksFake(secret.slice(secret.lastIndexOf('-') + 1)),
  samples: {
    positive: [
      token('slack-bot-1'),
      `SLACK_BOT_TOKEN=${token('slack-bot-2')}`,
      `xoxb-${fake('slack-bot-3a', 11, DIGITS)}-${fake('slack-bot-3b', 24)}`,
    ],
    negative: [
      'xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      `xoxb-${fake('slack-bot-n1', 12, DIGITS)}-${fake('slack-bot-n2', 13, DIGITS)}-${'x'.repeat(24)}`,
      `xoxb-${fake('slack-bot-n3', 12, DIGITS)}-${fake('slack-bot-n4', 10)}`,
      'xoxb-your-bot-token',
      '${SLACK_BOT_TOKEN}',
    ],
  },
});
