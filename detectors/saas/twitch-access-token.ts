import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'twitch-access-token',
  what: "Twitch user or app access token",
  names: [words('twitch', 'access', 'token'), words('twitch', 'oauth', 'token?'), words('twitch', 'token')],
  namesText: "TWITCH_ACCESS_TOKEN or TWITCH_OAUTH_TOKEN",
  keywords: ["twitch"],
  value: lowerAlnum(30),
  contexts: ["TWITCH_ACCESS_TOKEN={}", "\"twitch_token\": \"{}\""],
});
