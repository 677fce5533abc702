import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';

/**
 * Auth tokens (32 hex) and API key secrets (32 alphanumeric) have no prefix. They are found after a Twilio key
 * name, or after the account SID in `AC…:token` (the Basic auth pair curl and SDK logs print).
 */
const KEY = String.raw`${KEY_START}(?i:twilio${SEP}(?:auth${SEP}token|api${SEP}(?:key${SEP})?secret|secret|token))${AFTER_KEY}`;
const SID_PAIR = String.raw`${KEY_START}AC[0-9a-f]{32}:`;

export default defineDetector({
  id: 'twilio-auth-token',
  description:
    'Twilio auth token or API key secret (32 characters) after TWILIO_AUTH_TOKEN, TWILIO_API_SECRET or an account SID in AC…:token',
  category: 'secret',
  trigger: String.raw`(?i:twilio)|AC[0-9a-f]{32}:`,
  pattern: String.raw`(?:${KEY}|${SID_PAIR})(?P<secret>[A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)`,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && !looksFake(secret),
  priority: 25,
  samples: {
    positive: [
      `TWILIO_AUTH_TOKEN=${fake('twilio-at-1', 32, HEX)}`,
      `"twilioApiSecret": "${fake('twilio-at-2', 32, ALNUM)}"`,
      `curl -u AC${fake('twilio-at-sid', 32, HEX)}:${fake('twilio-at-3', 32, HEX)} https://api.twilio.com/2010-04-01/Accounts.json`,
    ],
    negative: [
      `TWILIO_ACCOUNT_SID=AC${fake('twilio-at-sid-only', 32, HEX)}`,
      'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}',
      'TWILIO_AUTH_TOKEN=' + '0'.repeat(32),
      `TWILIO_AUTH_TOKEN=${fake('twilio-at-short', 20, HEX)}`,
      `twilio_message_sid=SM${fake('twilio-at-sm', 32, HEX)}`,
    ],
  },
});
