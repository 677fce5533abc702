import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

export default defineDetector({
  id: 'docker-hub-pat',
  description: 'Docker Hub personal access token: dckr_pat_ + 27 base64url characters',
  category: 'secret',
  keywords: ['dckr_pat_'],
  // Base64url may end in `-` or `_`, where \b fails: the character after the token is consumed instead.
  pattern: String.raw`${TOKEN_START}(?P<secret>dckr_pat_[A-Za-z0-9_-]{27})(?:[^A-Za-z0-9_-]|$)`,
  validate: (secret) => !looksFake(secret.slice(9)),
  samples: {
    positive: [
      `dckr_pat_${fake('docker-pat-1', 27, BASE64URL)}`,
      `echo dckr_pat_${fake('docker-pat-2', 27, BASE64URL)} | docker login -u ci-bot --password-stdin`,
      `DOCKERHUB_TOKEN="dckr_pat_${fake('docker-pat-3', 27, BASE64URL)}"`,
    ],
    negative: [
      'dckr_pat_' + 'x'.repeat(27),
      `dckr_pat_${fake('docker-pat-short', 16, BASE64URL)}`,
      `dckr_pat_${fake('docker-pat-long', 40, BASE64URL)}`,
      'DOCKERHUB_TOKEN=dckr_pat_<your-token>',
      'docker login -p ${DOCKERHUB_TOKEN}',
    ],
  },
});
