import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, HEX_UPPER, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/** Current Atlassian Cloud API tokens: ATATT3 + a long base64url body, ending in = and an 8-digit hex check value. */
const token = (seed: string): string => `ATATT3xFfGF0${fake(seed, 171, BASE64URL)}=${fake(`${seed}-check`, 8, HEX_UPPER)}`;

export default defineDetector({
  id: 'atlassian-api-token',
  description: 'Atlassian (Jira, Confluence) Cloud API token: ATATT3 + a base64url body of 100+ characters + = + 8 hex characters',
  category: 'secret',
  keywords: ['ATATT3'],
  pattern: String.raw`${TOKEN_START}(?P<secret>ATATT3[A-Za-z0-9_-]{100,400}(?:=[0-9A-Fa-f]{8})?)(?:[^A-Za-z0-9_=-]|$)`,
  validate: (secret) => randomMixedCase(secret.slice(6).replace(/=[0-9A-Fa-f]{8}$/, '')),
  samples: {
    positive: [token('atlassian-1'), `JIRA_API_TOKEN=${token('atlassian-2')}`, `curl -u me@example.com:${token('atlassian-3')} https://acme.atlassian.net`],
    negative: [
      `ATATT3${'x'.repeat(180)}`,
      `ATATT3xFfGF0${fake('atlassian-short', 40, BASE64URL)}`,
      'JIRA_API_TOKEN=ATATT3...',
      'getPagesInConfluenceSpace,searchConfluenceUsingCql',
      '${JIRA_API_TOKEN}',
    ],
  },
});
