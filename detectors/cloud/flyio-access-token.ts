import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/** Fly.io personal auth token (legacy `fly auth token` format): `fo1_` + 43 base64url characters. */
export default defineDetector({
  id: 'flyio-access-token',
  description: 'Fly.io personal access token (legacy format): fo1_ + 43 base64url characters',
  category: 'secret',
  keywords: ['fo1_'],
  // Base64url may end in `-` or `_`, where \b fails: the character after the token is consumed instead.
  pattern: String.raw`${TOKEN_START}(?P<secret>fo1_[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      `fo1_${fake('fly-fo1-1', 43, BASE64URL)}`,
      `FLY_API_TOKEN=fo1_${fake('fly-fo1-2', 43, BASE64URL)}`,
      `Fly access token: fo1_${fake('fly-fo1-3', 43, BASE64URL)}\n`,
    ],
    negative: [
      'api_key = "fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `value="7SWa-Fo1_${fake('fly-fo1-case', 43, BASE64URL)}"`,
      `fo1_${fake('fly-fo1-short', 20, BASE64URL)}`,
      `fo1_${fake('fly-fo1-long', 60, BASE64URL)}`,
      'FLY_API_TOKEN=${FLY_API_TOKEN}',
    ],
  },
});
