import { defineDetector } from '../../src/engine/detector.js';
import { TOKEN_START } from '../lib/patterns.js';
import { LOWER, UPPER, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

const LETTERS = UPPER + LOWER;
const token = (seed: string): string => `hf_${fake(seed, 34, LETTERS)}`;

export default defineDetector({
  id: 'huggingface-access-token',
  description: 'Hugging Face user access token: hf_ + 34 letters (read, write and fine-grained tokens share the shape)',
  category: 'secret',
  keywords: ['hf_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>hf_[A-Za-z0-9]{34})\b`,
  // Identifiers such as hf_requiredCharacteristicTypesForDisplay are words, not random letters.
  validate: (secret) => randomMixedCase(secret.slice(3)),
  samples: {
    positive: [token('hf-1'), `HF_TOKEN=${token('hf-2')}`, `huggingface-cli login --token ${token('hf-3')}`],
    negative: [
      'hf_' + 'x'.repeat(34),
      `hf_${fake('hf-short', 20, LETTERS)}`,
      `hf_${fake('hf-long', 40, LETTERS)}`,
      'hf_generatedByHomeAppForDebuggingPurposesKey',
      'hf_servingcellpriorityparametersdescription_h_prio',
      '${HF_TOKEN}',
      '[REDACTED:huggingface-access-token]',
    ],
  },
});
