import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';

/** Harness personal access tokens (pat.) and service account tokens (sat.): account id . token id . secret. */
const token = (seed: string, kind = 'pat'): string =>
  `${kind}.${fake(`${seed}-a`, 22, BASE64URL)}.${fake(`${seed}-t`, 24, HEX)}.${fake(`${seed}-s`, 20)}`;

export default formatTokenDetector({
  id: 'harness-token',
  description: 'Harness personal access or service account token: pat. or sat. + 22-character account id + . + 24 hex + . + 20 alphanumeric characters (found bare)',
  trigger: String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{8}`,
  token: String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20}`,
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['HARNESS_PLATFORM_API_KEY={}', 'curl -H "x-api-key: {}" https://app.harness.io/gateway/ng/api/user/currentUser'],
  negatives: [`pat.${fake('harness-n', 22, BASE64URL)}.${fake('harness-n2', 24, HEX)}.${'x'.repeat(20)}`, 'pat.<account>.<id>.<secret>', `pat.${fake('harness-short', 22, BASE64URL)}.${fake('harness-short2', 24, HEX)}`],
  validate: (secret) => !looksFake(secret.slice(-20)),
});
