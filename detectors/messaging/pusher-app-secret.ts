import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'pusher-app-secret',
  what: "Pusher Channels app secret",
  names: [words('pusher', 'app', 'secret'), words('pusher', 'secret')],
  namesText: "PUSHER_APP_SECRET or PUSHER_SECRET",
  keywords: ["pusher"],
  value: lowerHex(20),
  contexts: ["PUSHER_APP_SECRET={}", "\"pusherSecret\": \"{}\""],
});
