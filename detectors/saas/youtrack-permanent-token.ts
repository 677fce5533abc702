import { looksFake } from '../lib/checks.js';
import { formatTokenDetector } from '../lib/format-token.js';
import { fake } from '../lib/sample.js';

/**
 * JetBrains YouTrack / Hub permanent tokens: perm: (or perm-) + base64 of the user name + . + base64 of the token
 * name + . + 30 alphanumeric characters.
 */
const token = (seed: string, length = 30): string =>
  `perm:${Buffer.from('agent-bot').toString('base64')}.${Buffer.from(`${seed}-ci`).toString('base64').replace(/=+$/, '')}.${fake(seed, length)}`;

export default formatTokenDetector({
  id: 'youtrack-permanent-token',
  description: 'JetBrains YouTrack / Hub permanent token: perm: + base64 user + . + base64 name + . + 30 alphanumeric characters (found bare)',
  keywords: ['perm:', 'perm-'],
  token: String.raw`perm[:-][A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9+/=]{2,100}\.[A-Za-z0-9]{30}`,
  chars: '0-9A-Za-z',
  sample: token,
  contexts: ['YOUTRACK_TOKEN={}', 'curl -H "Authorization: Bearer {}" https://acme.youtrack.cloud/api/issues'],
  negatives: [token('youtrack-short', 12), `perm:${Buffer.from('bot').toString('base64')}.${Buffer.from('ci').toString('base64')}.${'x'.repeat(30)}`, 'chmod perm:rw.group.user', 'perm:<token>'],
  validate: (secret) => !looksFake(secret.slice(-30)),
});
