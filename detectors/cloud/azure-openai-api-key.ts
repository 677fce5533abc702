import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { randomAlnum } from '../lib/token-shape.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';
import type { ValueShape } from '../lib/value-shape.js';

/** Azure OpenAI and Azure AI services keys: 32 hex (keys made before 2024) or 84 alphanumerics (since). */
const value: ValueShape = {
  pattern: '[0-9a-fA-F]{32}|[0-9A-Za-z]{84}',
  chars: '0-9A-Za-z',
  name: '32 hex or 84 alphanumeric characters',
  make: (seed) => (seed.endsWith('1') ? fake(seed, 84, ALNUM) : fake(seed, 32, HEX)),
  valid: randomAlnum,
  short: (seed) => fake(seed, 20, HEX),
  alphabet: HEX,
  max: 84,
};

export default keyedSecretDetector({
  id: 'azure-openai-api-key',
  what: 'Azure OpenAI or Azure AI services key',
  names: [words('azure', 'openai', 'api?', 'key'), words('azure', 'ai', 'services?', 'api?', 'key'), words('azure', 'cognitive', 'services?', 'api?', 'key'), words('aoai', 'api?', 'key')],
  namesText: 'AZURE_OPENAI_API_KEY, AZURE_AI_SERVICES_KEY or AZURE_COGNITIVE_SERVICES_KEY',
  keywords: ['azure', 'aoai'],
  value,
  contexts: ['AZURE_OPENAI_API_KEY={}', '"azureOpenAiKey": "{}"'],
});
