import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'openweather-api-key',
  what: "OpenWeather API key",
  names: [words('openweather', 'map?', 'api', 'key'), words('owm', 'api', 'key')],
  namesText: "OPENWEATHER_API_KEY or OWM_API_KEY",
  keywords: ["openweather", "owm_api", "owm-api", "owmapi"],
  value: lowerHex(32),
  contexts: ["OPENWEATHER_API_KEY={}", "\"owmApiKey\": \"{}\""],
});
