import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { upperAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'scrapingbee-api-key',
  what: "ScrapingBee API key",
  names: [words('scrapingbee', 'api', 'key'), words('scraping', 'bee', 'api', 'key')],
  namesText: "SCRAPINGBEE_API_KEY",
  keywords: ["scrapingbee", "scraping_bee"],
  value: upperAlnum(80),
  contexts: ["SCRAPINGBEE_API_KEY={}", "\"scrapingbeeApiKey\": \"{}\""],
});
