import { SEP } from '../lib/provider-key.js';
import { hexValue, keyedSecretDetector } from '../lib/keyed-secret.js';
import { fake } from '../lib/sample.js';

/** OAuth app (and GitHub App) client secrets are 40 lower-case hex characters, the shape of a commit SHA. */
export default keyedSecretDetector({
  id: 'github-oauth-client-secret',
  what: 'GitHub OAuth app / GitHub App client secret',
  key: String.raw`(?:github|gh)${SEP}(?:oauth${SEP})?(?:app${SEP})?client${SEP}secret`,
  names: 'GITHUB_CLIENT_SECRET, GH_OAUTH_CLIENT_SECRET, githubAppClientSecret',
  trigger: String.raw`(?i:(?:github|gh)[_.-]?(?:oauth[_.-]?)?(?:app[_.-]?)?client[_.-]?secret)`,
  value: { ...hexValue(40), pattern: '[0-9a-f]{40}' },
  contexts: ['GITHUB_CLIENT_SECRET={}', '"githubAppClientSecret": "{}"', 'GH_OAUTH_CLIENT_SECRET: {}'],
  negatives: [`GITHUB_CLIENT_ID=Iv1.${fake('gh-client-id', 16, '0123456789abcdef')}`, `commit ${fake('gh-sha', 40, '0123456789abcdef')}`],
});
