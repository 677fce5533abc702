import { defineDetector } from '../../src/engine/detector.js';
import { classes, isPlaceholder, looksFake } from '../lib/checks.js';
import { afterKey } from '../lib/context.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * JFrog identity and access tokens have no fixed prefix (access tokens are JWTs, identity tokens 64 random
 * characters), so they are recognised after JFrog key names: JFROG_ACCESS_TOKEN, JF_ACCESS_TOKEN, artifactory_password,
 * ARTIFACTORY_API_TOKEN, bintray_api_key, jfrog_identity_token...
 */
const KEY = String.raw`(?i:(?:jfrog|jf|artifactory|bintray)[_.-]?(?:cli[_-]?)?(?:access[_-]?|api[_-]?|identity[_-]?|auth[_-]?|reference[_-]?)?(?:token|key|apikey|password|secret))`;
const CHARS = String.raw`A-Za-z0-9._~+/=-`;

export default defineDetector({
  id: 'jfrog-credential',
  description:
    'JFrog / Artifactory credential after its key name (JFROG_ACCESS_TOKEN, JF_ACCESS_TOKEN, ARTIFACTORY_PASSWORD, ' +
    'artifactory_api_key, bintray_api_key): identity tokens, access tokens and passwords of 32 or more characters',
  category: 'secret',
  keywords: ['jfrog', 'jf_', 'jf-', 'artifactory', 'bintray'],
  pattern: afterKey(KEY, `[${CHARS}]{32,}`, CHARS),
  validate: (secret) => !isPlaceholder(secret) && !looksFake(secret.slice(0, 80)) && classes(secret).count >= 2,
  priority: 20,
  samples: {
    positive: [
      `JFROG_ACCESS_TOKEN=${fake('jfrog-cred-1', 64)}`,
      `"artifactoryToken": "${fake('jfrog-cred-2', 64)}"`,
      `--set imagePullSecretJfrog.password=${fake('jfrog-cred-3', 73)}`,
      `jfrog_identity_token: ${fake('jfrog-cred-4', 64, BASE64URL)}`,
    ],
    negative: [
      'JFROG_ACCESS_TOKEN=${JFROG_ACCESS_TOKEN}',
      'artifactory_password: <your-artifactory-password>',
      `JFROG_URL=https://acme.jfrog.io/artifactory/api/npm/${fake('jfrog-cred-n1', 20)}`,
      `artifactory_token_ttl=${'9'.repeat(40)}`,
      `jfrog_api_key: ${fake('jfrog-cred-short', 20)}`,
    ],
  },
});
