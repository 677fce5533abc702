import { bareTokenDetector } from '../lib/bare-token.js';
import { ALNUM, HEX, fake } from '../lib/sample.js';

/**
 * Amazon Bedrock short-term API keys: `bedrock-api-key-` + the base64 of a presigned Bedrock URL (it holds the
 * caller's temporary credentials). The body must decode to text naming bedrock.amazonaws.com.
 */
const key = (seed: string): string =>
  'bedrock-api-key-' +
  Buffer.from(
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${fake(`${seed}-c`, 16, ALNUM.slice(0, 36))}&X-Amz-Signature=${fake(seed, 64, HEX)}&Version=1`,
  ).toString('base64');

export default bareTokenDetector({
  id: 'aws-bedrock-short-term-key',
  description: 'Amazon Bedrock short-term API key: bedrock-api-key- + base64 of a presigned bedrock.amazonaws.com URL (decoded and checked)',
  keywords: ['bedrock-api-key-'],
  token: String.raw`bedrock-api-key-[A-Za-z0-9+/]{60,}={0,2}`,
  chars: '0-9A-Za-z+/=',
  make: key,
  contexts: ['AWS_BEARER_TOKEN_BEDROCK={}', 'Authorization: Bearer {}'],
  validate: (secret) => Buffer.from(secret.slice(16), 'base64').toString('latin1').includes('bedrock.amazonaws.com'),
  negatives: [`bedrock-api-key-${fake('bedrock-st-junk', 120, ALNUM)}`, 'bedrock-api-key-rotation-policy'],
});
