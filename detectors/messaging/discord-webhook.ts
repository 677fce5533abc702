import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, DIGITS, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const url = (seed: string, host = 'discord.com'): string =>
  `https://${host}/api/webhooks/1${fake(`${seed}-id`, 18, DIGITS)}/${fake(`${seed}-token`, 68, BASE64URL)}`;

export default defineDetector({
  id: 'discord-webhook',
  description:
    'Discord webhook URL: discord.com (or discordapp.com) /api/webhooks/<id>/<68-character token>. Only the token is redacted.',
  category: 'secret',
  keywords: ['discord.com/api', 'discordapp.com/api'],
  pattern: String.raw`${TOKEN_START}(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v[0-9]{1,2})?/webhooks/[0-9]{17,20}/(?P<secret>[A-Za-z0-9_-]{60,80})(?:[^A-Za-z0-9_-]|$)`,
  validate: randomMixedCase,
  samples: {
    positive: [url('discord-hook-1'), `DISCORD_WEBHOOK_URL=${url('discord-hook-2', 'discordapp.com')}`, `POST ${url('discord-hook-3', 'canary.discord.com')} 204`],
    negative: [
      `https://discord.com/api/webhooks/1${fake('discord-hook-n', 18, DIGITS)}/`,
      'https://discord.com/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}',
      `https://discord.com/api/webhooks/1${fake('discord-hook-x', 18, DIGITS)}/${'x'.repeat(68)}`,
      `https://discord.com/api/v10/channels/1${fake('discord-hook-c', 18, DIGITS)}/messages`,
    ],
  },
});
