import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, DIGITS, fake } from '../lib/sample.js';

/**
 * A Discord bot (or user) token is three base64url parts joined by dots: the account's snowflake id in base64
 * (23 to 28 characters, starting with M, N or O because the id's first digit is 1 to 9), a 6-character
 * timestamp, and an HMAC of 27 or more characters. The validator decodes the first part: it must be the
 * decimal digits of a snowflake.
 */
function idPart(text: string): boolean {
  const decoded = Buffer.from(text, 'base64url').toString('latin1');
  return /^[1-9][0-9]{16,19}$/.test(decoded);
}

const token = (seed: string): string =>
  `${Buffer.from(`1${fake(`${seed}-id`, 17, DIGITS)}`).toString('base64url')}.${fake(`${seed}-ts`, 6, BASE64URL)}.${fake(`${seed}-hmac`, 38, BASE64URL)}`;

export default defineDetector({
  id: 'discord-bot-token',
  description:
    'Discord bot token: base64 of the bot id (validated as a snowflake) . 6-character timestamp . HMAC of 27+ base64url characters',
  category: 'secret',
  // The fixed `.` + 6 + `.` middle with one character on each side: counted runs over a broad class make the
  // shared prefilter DFA track every word of a line (`{20}` cost 8% of each clean line, `{4}` on each side 5%).
  trigger: String.raw`[A-Za-z0-9_-]\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]`,
  pattern: String.raw`${TOKEN_START}(?P<secret>[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_.-]|$)`,
  validate: (secret) => {
    const [id = '', , hmac = ''] = secret.split('.');
    return idPart(id) && !looksFake(hmac);
  },
  samples: {
    positive: [token('discord-1'), `DISCORD_BOT_TOKEN=${token('discord-2')}`, `Authorization: Bot ${token('discord-3')}`],
    negative: [
      // Same shape, but the first part does not decode to a snowflake id.
      `M${fake('discord-notid', 25, BASE64URL)}.${fake('discord-notid-ts', 6, BASE64URL)}.${fake('discord-notid-h', 38, BASE64URL)}`,
      `${Buffer.from(`1${fake('discord-short-id', 17, DIGITS)}`).toString('base64url')}.${fake('discord-short-ts', 6, BASE64URL)}.${fake('discord-short', 10, BASE64URL)}`,
      `eyJhbGciOiJIUzI1NiJ9.${fake('discord-jwt-p', 40, BASE64URL)}.${fake('discord-jwt-s', 43, BASE64URL)}`,
      'DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}',
      'api.example.com.internal.cluster.local',
    ],
  },
});
