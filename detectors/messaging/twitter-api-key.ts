import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'twitter-api-key',
  what: "X (Twitter) API key (consumer key)",
  names: [words('twitter', 'api', 'key'), words('twitter', 'consumer', 'key')],
  namesText: "TWITTER_API_KEY or TWITTER_CONSUMER_KEY",
  keywords: ['twitter'],
  value: base62(25),
  contexts: ["TWITTER_API_KEY={}", "\"twitterConsumerKey\": \"{}\""],
});
