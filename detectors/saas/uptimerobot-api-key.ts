import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { DIGITS, HEX, fake } from '../lib/sample.js';
import { randomAlnum } from '../lib/token-shape.js';

/**
 * UptimeRobot API keys are u (account), m (monitor) or ur (read-only) + the id + - + 24 hex: only found after an
 * UptimeRobot key name or as its api_key parameter.
 */
export default keyedSecretDetector({
  id: 'uptimerobot-api-key',
  what: 'UptimeRobot API key',
  key: String.raw`uptime${SEP}robot${SEP}(?:api${SEP}|main${SEP}|monitor${SEP}|read${SEP}only${SEP})?key`,
  names: 'UPTIMEROBOT_API_KEY, uptimeRobotApiKey',
  trigger: String.raw`(?i:uptime[_.-]?robot)`,
  value: { pattern: '(?:u|m|ur)[0-9]{5,10}-[0-9a-f]{24}', chars: '0-9A-Za-z-', name: 'u, m or ur + id + - + 24 hex characters', sample: (seed) => `u${fake(`${seed}-id`, 7, DIGITS)}-${fake(seed, 24, HEX)}` },
  contexts: ['UPTIMEROBOT_API_KEY={}', '"uptimeRobotApiKey": "{}"'],
  validate: (secret) => randomAlnum(secret.slice(secret.indexOf('-') + 1)),
});
