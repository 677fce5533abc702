import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'newsapi-key',
  what: "NewsAPI key",
  names: [words('news', 'api', 'key')],
  namesText: "NEWS_API_KEY",
  keywords: ["newsapi", "news_api", "news-api"],
  value: lowerHex(32),
  contexts: ["NEWS_API_KEY={}", "\"newsApiKey\": \"{}\""],
});
