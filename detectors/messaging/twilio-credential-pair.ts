import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';

/**
 * An account SID (AC…) or API key SID (SK…) followed by its auth token or API key secret as the next argument or
 * field: `Client("AC…", "…")`, `"accountSid":"AC…","authToken":"…"`, `Username: "AC…", Password: "…"`. The colon
 * form (`AC…:token`, Basic auth) is twilio-auth-token's; key names alone are too. The SID stays readable.
 */
const QUOTE = String.raw`\\*["'\x60]`;
const FIELD = String.raw`(?:${QUOTE}?[A-Za-z_]{0,16}(?i:token|secret|password|pass)${QUOTE}?[ \t]*(?:=>|[:=])[ \t]*)`;
const sid = (seed: string, prefix = 'AC'): string => `${prefix}${fake(seed, 32, HEX)}`;

export default defineDetector({
  id: 'twilio-credential-pair',
  description:
    'Twilio auth token or API key secret (32 characters) given right after its account SID (AC…) or API key SID (SK…) as the next ' +
    'argument or token/secret field: Client("AC…", "…"), "accountSid":"AC…","authToken":"…"',
  category: 'secret',
  trigger: '(?:AC|SK)[0-9a-f]{8}',
  pattern: String.raw`(?:AC|SK)[0-9a-f]{32}${QUOTE}?(?:[ \t]*[,;][ \t]*|[ \t]+)${FIELD}?${QUOTE}?(?P<secret>[0-9A-Za-z]{32})(?:[^0-9A-Za-z]|$)`,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && !looksFake(secret),
  priority: 25,
  samples: {
    positive: [
      `client = Client("${sid('twpair-1')}", "${fake('twpair-1t', 32, HEX)}")`,
      `{"accountSid":"${sid('twpair-2')}","authToken":"${fake('twpair-2t', 32, HEX)}"}`,
      `twilio.NewRestClientWithParams(twilio.ClientParams{Username: "${sid('twpair-3', 'SK')}", Password: "${fake('twpair-3t', 32, ALNUM)}"})`,
      `twilio api:core:messages:create --account-sid ${sid('twpair-4')} ${fake('twpair-4t', 32, HEX)}`,
    ],
    negative: [
      `{"accountSid":"${sid('twpair-n1')}","messageSid":"SM${fake('twpair-n1m', 32, HEX)}"}`,
      `account ${sid('twpair-n2')} trace_id=${fake('twpair-n2t', 32, HEX)}`,
      `Client("${sid('twpair-n3')}", "\${TWILIO_AUTH_TOKEN}")`,
      `Client("${sid('twpair-n4')}", "${'0'.repeat(32)}")`,
      `sid=${sid('twpair-n5')}`,
    ],
  },
});
