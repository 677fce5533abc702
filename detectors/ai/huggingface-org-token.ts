import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { LOWER, UPPER, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const LETTERS = UPPER + LOWER;
const token = (seed: string): string => `api_org_${fake(seed, 34, LETTERS)}`;

export default defineDetector({
  id: 'huggingface-org-token',
  description: 'Hugging Face organization API token (legacy): api_org_ + 34 letters',
  category: 'secret',
  keywords: ['api_org_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>api_org_[A-Za-z0-9]{34})\b`,
  validate: (secret) => randomMixedCase(secret.slice(8)),
  samples: {
    positive: [token('hf-org-1'), `use_auth_token='${token('hf-org-2')}'`, `HUGGINGFACEHUB_API_TOKEN=${token('hf-org-3')}`],
    negative: [
      'api_org_' + 'X'.repeat(34),
      "const api_org_controller = require('./controllers').organizations;",
      'def _api_org_96726c78_4ae3_402f_b08b_7a78c6903d2a(self):',
      `api_org_${fake('hf-org-short', 16, LETTERS)}`,
      'API_ORG_EXIST = "APIOrganizationExist"',
    ],
  },
});
