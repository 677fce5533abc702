import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { fake } from '../lib/sample.js';

export default defineDetector({
  id: 'jfrog-api-key',
  description: 'JFrog Artifactory API key (deprecated, still in use): AKCp + 69 base62 characters, 73 in all',
  category: 'secret',
  keywords: ['AKCp'],
  pattern: String.raw`${TOKEN_START}(?P<secret>AKCp[0-9A-Za-z]{69})\b`,
  validate: (secret) => !looksFake(secret.slice(4)),
  samples: {
    positive: [
      `AKCp${fake('jfrog-key-1', 69)}`,
      `curl -H "X-JFrog-Art-Api: AKCp${fake('jfrog-key-2', 69)}" https://acme.jfrog.io/artifactory/api/repositories`,
      `ARTIFACTORY_API_KEY=AKCp${fake('jfrog-key-3', 69)}`,
    ],
    negative: [
      'AKCp' + 'X'.repeat(69),
      `AKCp${fake('jfrog-key-short', 50)}`,
      `AkCp${fake('jfrog-key-case', 69)}`,
      `AKCp${fake('jfrog-key-long', 80)}`,
      'X-JFrog-Art-Api: ${ARTIFACTORY_API_KEY}',
    ],
  },
});
