import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { ALNUM, BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * Harness personal access and service account tokens: `pat.` or `sat.` + the account id (22 base64url) + `.` +
 * the token id (24 hex) + `.` + the secret (20 alphanumerics).
 */
const token = (seed: string): string => `pat.${fake(`${seed}-a`, 22, BASE64URL)}.${fake(`${seed}-t`, 24, HEX)}.${fake(seed, 20, ALNUM)}`;

export default bareTokenDetector({
  id: 'harness-token',
  description: 'Harness personal access or service account token: pat. or sat. + account id + . + 24-hex token id + . + 20-character secret',
  // `pat.` is inside many words (compat.js): the trigger needs the account id and the dot after it.
  trigger: String.raw`at\.[A-Za-z0-9_-]{22}\.[0-9a-f]{4}`,
  token: String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`,
  chars: '0-9A-Za-z_.-',
  make: token,
  contexts: ['HARNESS_PLATFORM_API_KEY={}', 'x-api-key: {}'],
  validate: (secret) => !looksFake(secret.slice(-20)),
  negatives: [`pat.${fake('harness-n', 22, BASE64URL)}.${fake('harness-n2', 24, HEX)}.${'x'.repeat(20)}`, 'pat.config.yaml.backup', `sat.${fake('harness-s', 22, BASE64URL)}.${fake('harness-s2', 12, HEX)}.${fake('harness-s3', 20)}`],
});
