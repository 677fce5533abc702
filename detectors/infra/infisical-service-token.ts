import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { HEX, fake } from '../lib/sample.js';

/**
 * Infisical service token: `st.` + the token id (a 24-hex object id, or a UUID on newer servers) + `.` + a 32-hex
 * secret + `.` + a 32-hex symmetric key. The whole token is redacted: the part before the last `.` authenticates,
 * the last part decrypts the project key. `st.` alone is in every `list.`/`test.`, so the prefilter uses a trigger.
 */
const ID = String.raw`(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`;

const uuid = (seed: string): string => {
  const hex = fake(seed, 32, HEX);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const token = (seed: string, id: string = fake(`${seed}-id`, 24, HEX)): string =>
  `st.${id}.${fake(`${seed}-secret`, 32, HEX)}.${fake(`${seed}-key`, 32, HEX)}`;

export default defineDetector({
  id: 'infisical-service-token',
  description:
    'Infisical service token: st.<token id>.<32 hex secret>.<32 hex key>, the id being 24 hex characters or a UUID',
  category: 'secret',
  trigger: String.raw`st\.[0-9a-f]{8}`,
  pattern: String.raw`${TOKEN_START}(?P<secret>st\.${ID}\.[0-9a-f]{32}\.[0-9a-f]{32})\b`,
  validate: (secret) => !looksFake(secret.slice(-65).replace('.', '')),
  samples: {
    positive: [
      token('infisical-1'),
      `INFISICAL_TOKEN=${token('infisical-2', uuid('infisical-2-uuid'))}`,
      `infisical export --token=${token('infisical-3')} --env=prod`,
    ],
    negative: [
      `st.${fake('infisical-n1', 24, HEX)}.${fake('infisical-n2', 32, HEX)}`,
      `st.${fake('infisical-n3', 24, HEX)}.${'0'.repeat(32)}.${'0'.repeat(32)}`,
      `test.${fake('infisical-n4', 24, HEX)}.${fake('infisical-n5', 32, HEX)}.${fake('infisical-n6', 32, HEX)}`,
      'st.<token-id>.<secret>.<key>',
      '${INFISICAL_TOKEN}',
    ],
  },
});
