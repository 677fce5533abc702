import { bareTokenDetector } from '../lib/bare-token.js';
import { BASE64, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * A Sumo Logic HTTP source URL authenticates by itself: anyone holding it can write to the collector. Its
 * last path segment (base64, about 100 characters) is the credential and is what gets redacted.
 */
const url = (seed: string): string =>
  `https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/${fake(seed, 96, BASE64.replace(/[+/]/g, ''))}==`;

export default bareTokenDetector({
  id: 'sumologic-http-source-url',
  description: 'Sumo Logic HTTP source URL: https://endpoint<N>.collection[.<region>].sumologic.com/receiver/v1/<http|otlp>/<token>',
  keywords: ['.sumologic.com/receiver/'],
  token: String.raw`https://endpoint[0-9]*\.collection\.(?:[a-z0-9-]+\.)?sumologic\.com/receiver/v1/(?:http|otlp|kinesis|zipkin)/(?P<secret>[A-Za-z0-9+/_-]{40,300}={0,2})`,
  chars: '0-9A-Za-z+/=_-',
  make: url,
  contexts: ['SUMO_HTTP_SOURCE_URL={}', 'POST {} 200 12ms'],
  validate: (secret) => randomMixedCase(secret.replace(/[^A-Za-z0-9]/g, '')),
  negatives: ['https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/', 'https://endpoint1.collection.sumologic.com/receiver/v1/http/<UNIQUE_HTTP_COLLECTOR_CODE>', 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/'],
});
