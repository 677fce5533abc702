import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'twitter-api-secret',
  what: "X (Twitter) API key secret or access token secret",
  names: [words('twitter', 'api?', 'secret'), words('twitter', 'consumer', 'secret'), words('twitter', 'access', 'token', 'secret'), words('twitter', 'access', 'secret'), words('twitter', 'api', 'key', 'secret')],
  namesText: "TWITTER_API_SECRET, TWITTER_CONSUMER_SECRET or TWITTER_ACCESS_TOKEN_SECRET",
  keywords: ['twitter'],
  value: base62(45, 50),
  contexts: ["TWITTER_CONSUMER_SECRET={}", "\"twitterAccessTokenSecret\": \"{}\""],
});
