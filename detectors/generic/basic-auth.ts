import { defineDetector } from '../../src/engine/detector.js';
import { decodeBase64, isTemplate } from '../lib/checks.js';
import { LOWER, fake } from '../lib/sample.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';

const basic = (userPass: string): string => Buffer.from(userPass, 'utf8').toString('base64');

/** The base64 must be canonical, decode to printable UTF-8 `user:password`, and neither side may be empty. */
function decodesToCredentials(secret: string): boolean {
  if (secret.length % 4 !== 0) return false;
  const bytes = decodeBase64(secret, false);
  if (bytes === undefined) return false;
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') || /[\u0000-\u001f\u007f]/.test(text)) return false;
  if (text.startsWith('{')) return false; // a JWT header ("Basic eyJhbGciOi…"): the jwt detector owns it
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return false;
  return !isTemplate(text.slice(colon + 1));
}

export default defineDetector({
  id: 'basic-auth',
  description: 'HTTP Basic credentials: `Basic <base64>` whose base64 decodes to user:password; the base64 is redacted',
  category: 'secret',
  keywords: ['basic'],
  pattern: String.raw`(?i:\bbasic)[ \t]+(?P<secret>[A-Za-z0-9+/]{4,}={0,2})`,
  validate: decodesToCredentials,
  priority: 10,
  samples: {
    positive: [
      `Authorization: Basic ${basic(`${fake('basic-1u', 6, LOWER)}:${fake('basic-1p', 14)}`)}`,
      `"authorization":"Basic ${basic(`svc-${fake('basic-2u', 5, LOWER)}:${fake('basic-2p', 20)}`)}"`,
      `curl -H 'Authorization: basic ${basic(`admin:${fake('basic-3p', 11)}`)}' https://api.example.com`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      'WWW-Authenticate: Basic realm="api"',
      `Basic ${basic(fake('basic-n1', 18))}`,
      `Basic ${basic('user:')}`,
      `Basic ${basic('deploy:${REGISTRY_PASSWORD}')}`,
      'basic authentication failed for user alice',
      'Basic auth',
    ],
  },
});
