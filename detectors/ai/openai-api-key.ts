import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, HEX, fake } from '../lib/sample.js';

/**
 * `T3BlbkFJ` is base64 for "OpenAI": every key format carries it (legacy keys between two 20-character halves), so a
 * key-shaped value without it (an `sk-admin-` look-alike, a placeholder) is not reported.
 */
const MARK = 'T3BlbkFJ';

export default defineDetector({
  id: 'openai-api-key',
  description:
    'OpenAI API key: project (sk-proj-), service account (sk-svcacct-), admin (sk-admin-) and sk-None- keys with a long ' +
    'base64url body holding the T3BlbkFJ marker, and legacy user keys sk- + 20 + T3BlbkFJ + 20 alphanumeric characters (found bare)',
  category: 'secret',
  keywords: [MARK],
  pattern: String.raw`${TOKEN_START}(?P<secret>sk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{16,}${MARK}[A-Za-z0-9_-]{16,}|[A-Za-z0-9]{20}${MARK}[A-Za-z0-9]{20}\b))`,
  validate: (secret) => !looksFake(secret.replace(/^sk-(?:proj|svcacct|admin|None)?-?/, '')),
  samples: {
    positive: [
      `sk-proj-${fake('openai-1a', 74, BASE64URL)}${MARK}${fake('openai-1b', 74, BASE64URL)}`,
      `sk-svcacct-${fake('openai-2a', 74, BASE64URL)}${MARK}${fake('openai-2b', 74, BASE64URL)}`,
      `sk-admin-${fake('openai-3a', 58, BASE64URL)}${MARK}${fake('openai-3b', 58, BASE64URL)}`,
      `sk-${fake('openai-4a', 20)}${MARK}${fake('openai-4b', 20)}`,
      `OPENAI_API_KEY=sk-proj-${fake('openai-5a', 74)}${MARK}${fake('openai-5b', 74)}`,
    ],
    negative: [
      'sk-proj-' + 'x'.repeat(48),
      'sk-proj-...',
      'OPENAI_API_KEY=sk-...xxxx',
      `sk-admin-${fake('openai-admin-nomark', 140, BASE64URL)}`,
      `sk-proj-${fake('openai-proj-nomark', 120, BASE64URL)}`,
      `sk-proj-${fake('openai-short', 24)}`,
      `sk-${fake('openai-other', 32, HEX)}`,
      `sk-${fake('openai-legacy-short-a', 12)}${MARK}${fake('openai-legacy-short-b', 12)}`,
      '${OPENAI_API_KEY}',
    ],
  },
});
