import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'docker-hub-org-token',
  description: 'Docker Hub organization access token: dckr_oat_ + 27 to 40 base64url characters',
  category: 'secret',
  keywords: ['dckr_oat_'],
  pattern: String.raw`${TOKEN_START}(?P<secret>dckr_oat_[A-Za-z0-9_-]{27,40})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(9)),
  samples: {
    positive: [
      `dckr_oat_${fake('docker-oat-1', 32, BASE64URL)}`,
      `docker login -u acme-org -p dckr_oat_${fake('docker-oat-2', 32, BASE64URL)}`,
    ],
    negative: [
      'dckr_oat_' + 'x'.repeat(32),
      `dckr_oat_${fake('docker-oat-short', 16, BASE64URL)}`,
      'dckr_oat_${DOCKER_ORG_TOKEN}',
      `dckr_oat_${fake('docker-oat-long', 60, BASE64URL)}`,
    ],
  },
});
