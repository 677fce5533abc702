import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, DIGITS, fake } from '../lib/sample.js';
import { randomBody } from '../lib/token-shape.js';

/**
 * A bot token is the bot's numeric id, a colon and 35 base64url characters starting with A (`AA` today). Bot API
 * URLs put it right after `bot` (`api.telegram.org/bot123:AA…/sendMessage`), so `bot` may precede the id.
 */
const token = (seed: string): string => `${fake(`${seed}-id`, 1, '123456789')}${fake(`${seed}-id2`, 9, DIGITS)}:AA${fake(seed, 33, BASE64URL)}`;

export default defineDetector({
  id: 'telegram-bot-token',
  description: 'Telegram bot token: bot id (5 to 16 digits) + : + A and 34 base64url characters (AA… today)',
  category: 'secret',
  trigger: String.raw`[0-9]:A[A-Za-z0-9_-]`,
  pattern: String.raw`${TOKEN_START}(?:bot)?(?P<secret>[1-9][0-9]{4,15}:A[A-Za-z0-9_-]{34})(?:[^A-Za-z0-9_-]|$)`,
  // Rejects placeholders and words (`90834:AgencyIdentificationCodeContentType` in an XML schema).
  validate: (secret) => randomBody(secret.slice(secret.indexOf(':') + 1)),
  samples: {
    positive: [token('telegram-1'), `TELEGRAM_BOT_TOKEN=${token('telegram-2')}`, `GET https://api.telegram.org/bot${token('telegram-3')}/sendMessage`],
    negative: [
      `6924:AA${fake('telegram-shortid', 33, BASE64URL)}`,
      `79698311450295159:AA${fake('telegram-longid', 33, BASE64URL)}`,
      `${fake('telegram-shortbody', 10, DIGITS)}:AA${fake('telegram-shortbody-b', 20, BASE64URL)}`,
      '<xsd:element name="AgencyIdentificationCode" type="clm90834:AgencyIdentificationCodeContentType"/>',
      `1234567890:AA${'x'.repeat(33)}`,
      'TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}',
    ],
  },
});
