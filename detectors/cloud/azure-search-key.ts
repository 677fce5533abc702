import { defineDetector } from '../../src/engine/detector.js';
import { signedKey } from '../lib/azure.js';
import { looksFake } from '../lib/checks.js';
import { AFTER_KEY, KEY_START, SEP } from '../lib/provider-key.js';
import { TOKEN_START } from '../lib/patterns.js';
import { ALNUM_UPPER, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * Azure AI Search admin and query keys. Keys made since 2023 are 52 base62 characters with the signature AzSe at
 * 42–45 and are found bare; older keys (32 characters, upper-case letters and digits) only after a search key name.
 */
const NAME = String.raw`(?i:(?:azure${SEP})?(?:ai${SEP}|cognitive${SEP})?search${SEP}(?:service${SEP})?(?:admin${SEP}|query${SEP}|api${SEP})*key)`;
const key = (seed: string): string => {
  const body = signedKey(seed, 51, 'AzSe', 42);
  return body.slice(0, 46) + 'D' + body.slice(46);
};

export default defineDetector({
  id: 'azure-search-key',
  description:
    'Azure AI Search admin / query key: 52 base62 characters with the signature AzSe at 42–45 (found bare), or a legacy 32-character ' +
    'key after AZURE_SEARCH_ADMIN_KEY, AZURE_SEARCH_API_KEY, searchQueryKey',
  category: 'secret',
  trigger: String.raw`AzSe[A-D]|(?i:search[_.-]?(?:service[_.-]?)?(?:admin|query|api)[_.-]?key)`,
  pattern: String.raw`(?:${TOKEN_START}|${KEY_START}${NAME}${AFTER_KEY})(?P<secret>[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}|[A-Z0-9]{32})(?:[^A-Za-z0-9]|$)`,
  // A legacy key has no signature: it counts only when the match holds a search key name.
  validate: (secret, context) =>
    randomAlnum(secret) && !looksFake(secret) && ((secret.length === 52 && secret.slice(42, 46) === 'AzSe') || /search/i.test(context.match)),
  priority: 30,
  samples: {
    positive: [key('azse-1'), `AZURE_SEARCH_ADMIN_KEY=${key('azse-2')}`, `AZURE_SEARCH_API_KEY=${fake('azse-3', 32, ALNUM_UPPER)}`],
    negative: [fake('azse-bare', 32, ALNUM_UPPER), `${'x'.repeat(42)}AzSeDabcde`, 'AZURE_SEARCH_ADMIN_KEY=${AZURE_SEARCH_ADMIN_KEY}', `AZURE_SEARCH_ENDPOINT=https://acme.search.windows.net`],
  },
});
