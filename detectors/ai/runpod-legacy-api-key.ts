import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { upperAlnum } from '../lib/value-shape.js';

/** RunPod keys issued before the `rpa_` prefix are 40 upper-case letters and digits: found after their key name. */
export default keyedSecretDetector({
  id: 'runpod-legacy-api-key',
  what: 'RunPod API key (older format, no prefix)',
  names: [words('runpod', 'api', 'key'), words('runpod', 'key')],
  namesText: 'RUNPOD_API_KEY or runpod.api_key',
  keywords: ['runpod'],
  value: upperAlnum(40),
  contexts: ['RUNPOD_API_KEY={}', 'runpod.api_key = "{}"'],
});
