import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerAlnum } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'twitch-client-secret',
  what: "Twitch application client secret",
  names: [words('twitch', 'client', 'secret')],
  namesText: "TWITCH_CLIENT_SECRET",
  keywords: ["twitch"],
  value: lowerAlnum(30),
  contexts: ["TWITCH_CLIENT_SECRET={}", "\"twitchClientSecret\": \"{}\""],
});
