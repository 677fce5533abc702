import { bareTokenDetector } from '../lib/bare-token.js';
import { looksFake } from '../lib/checks.js';
import { BASE64, DIGITS, fake } from '../lib/sample.js';

/**
 * Amazon Bedrock long-term API keys: `ABSK` + the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`. The
 * body must decode to that text, which no other `ABSK…` run does.
 */
const key = (seed: string): string =>
  'ABSK' + Buffer.from(`BedrockAPIKey-${fake(`${seed}-i`, 4)}-at-${fake(`${seed}-a`, 12, DIGITS)}:${fake(seed, 40, BASE64)}`).toString('base64');

export default bareTokenDetector({
  id: 'aws-bedrock-api-key',
  description: 'Amazon Bedrock long-term API key: ABSK + base64 of BedrockAPIKey-…:<secret> (decoded and checked)',
  keywords: ['ABSK'],
  token: String.raw`ABSK[A-Za-z0-9+/]{40,400}={0,2}`,
  chars: '0-9A-Za-z+/=',
  make: key,
  contexts: ['AWS_BEARER_TOKEN_BEDROCK={}', 'Authorization: Bearer {}'],
  // Also rejects documentation stand-ins whose base64 tail spells EXAMPLE over and over.
  validate: (secret) => !looksFake(secret.slice(24)) && Buffer.from(secret.slice(4), 'base64').toString('latin1').startsWith('BedrockAPIKey-'),
  negatives: [`ABSK${fake('bedrock-junk', 120, BASE64)}`, `ABSKQmVkcm9ja0FQSUtleS1${'EXAMPLE'.repeat(16)}`, 'ABSK' + Buffer.from('NotBedrock-' + fake('bedrock-n', 60)).toString('base64')],
});
