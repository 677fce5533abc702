import { SEP } from '../lib/provider-key.js';
import { fake } from '../lib/sample.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { randomAlnum } from '../lib/token-shape.js';

/** Tokens issued before 2024 are 52 characters of lower-case base32 (a-z, 2-7). */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export default keyedSecretDetector({
  id: 'azure-devops-legacy-pat',
  what: 'Azure DevOps personal access token of the legacy form',
  key: String.raw`(?:azure${SEP}devops(?:${SEP}ext)?|azdo|ado|vsts)${SEP}(?:personal${SEP}access${SEP}token|pat|token|access${SEP}token)|system${SEP}accesstoken`,
  names: 'AZURE_DEVOPS_EXT_PAT, AZDO_PERSONAL_ACCESS_TOKEN, ADO_PAT, VSTS_TOKEN, SYSTEM_ACCESSTOKEN',
  trigger: String.raw`(?i:azure[_.-]?devops|azdo[_.-]?(?:pat|token|personal|access)|ado[_.-]?(?:pat|token|personal|access)|vsts[_.-]?(?:pat|token|personal|access)|system[_.-]?accesstoken)`,
  value: { pattern: '[a-z2-7]{52}', chars: '0-9A-Za-z', name: '52 lower-case base32 characters', sample: (seed) => fake(seed, 52, BASE32) },
  contexts: ['AZURE_DEVOPS_EXT_PAT={}', '"adoPat": "{}"', 'SYSTEM_ACCESSTOKEN: {}'],
  negatives: [`AZURE_DEVOPS_ORG=${fake('ado-org', 52, BASE32).toUpperCase()}`, 'AZURE_DEVOPS_EXT_PAT=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz'],
  validate: (secret) => randomAlnum(secret),
});
