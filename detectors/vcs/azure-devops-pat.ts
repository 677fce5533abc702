import { signedKey } from '../lib/azure.js';
import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';

/** Azure DevOps personal access tokens issued since 2024 are 84 base62 characters with the signature AZDO at 76–79. */
const token = (seed: string): string => signedKey(seed, 84, 'AZDO', 76);

export default formatTokenDetector({
  id: 'azure-devops-pat',
  description: 'Azure DevOps personal access token: 84 base62 characters with the signature AZDO at positions 76–79 (found bare)',
  keywords: ['AZDO'],
  token: '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['AZURE_DEVOPS_EXT_PAT={}', 'git clone https://build:{}@dev.azure.com/acme/agents/_git/agents', 'az devops login --token {}'],
  negatives: [`${'x'.repeat(76)}AZDOabcd`, token('ado-pat-short').slice(10), `${token('ado-pat-long')}Q9`, 'AZDO_ORG_SERVICE_URL=https://dev.azure.com/acme'],
  validate: (secret) => !looksFake(secret.slice(0, 76)),
});
