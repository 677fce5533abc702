import { BASE62, prefixedTokenDetector } from '../lib/prefixed-token.js';
import { fake } from '../lib/sample.js';

export default prefixedTokenDetector({
  id: 'jfrog-api-key',
  what: 'JFrog Artifactory API key (deprecated, still in use)',
  prefix: 'AKCp',
  length: 69,
  alphabet: BASE62,
  contexts: ['curl -H "X-JFrog-Art-Api: {}" https://acme.jfrog.io/artifactory/api/repositories', 'ARTIFACTORY_API_KEY={}'],
  negatives: [`AkCp${fake('jfrog-key-case', 69)}`, 'X-JFrog-Art-Api: ${ARTIFACTORY_API_KEY}'],
});
