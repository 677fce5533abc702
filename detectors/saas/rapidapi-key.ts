import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'rapidapi-key',
  what: "RapidAPI key",
  names: [words('x', 'rapidapi', 'key'), words('rapid', 'api', 'key')],
  namesText: "X-RapidAPI-Key or RAPIDAPI_KEY",
  keywords: ["rapidapi", "rapid_api", "rapid-api"],
  value: lowerAlnum(50),
  contexts: ["X-RapidAPI-Key: {}", "RAPIDAPI_KEY={}"],
});
