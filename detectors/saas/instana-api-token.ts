import { SEP } from '../lib/provider-key.js';
import { base64urlValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Instana API tokens and agent keys are 20–40 base64url characters: only found after an Instana key name.
 */
export default keyedSecretDetector({
  id: 'instana-api-token',
  what: 'IBM Instana API token or agent key',
  key: String.raw`instana${SEP}(?:api${SEP}|agent${SEP}|backend${SEP})?(?:token|key)`,
  names: 'INSTANA_API_TOKEN, INSTANA_AGENT_KEY',
  keywords: ['instana'],
  value: base64urlValue(20, 40, 22),
  contexts: ['INSTANA_API_TOKEN={}', 'INSTANA_AGENT_KEY: {}'],
  validate: randomMixedCase,
});
