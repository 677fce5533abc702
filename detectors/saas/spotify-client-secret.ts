import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'spotify-client-secret',
  what: 'Spotify Web API client secret',
  names: [words('spotify', 'client', 'secret'), words('spotify', 'secret')],
  namesText: 'SPOTIFY_CLIENT_SECRET or spotifySecret',
  keywords: ['spotify'],
  value: lowerHex(32),
  contexts: ['SPOTIFY_CLIENT_SECRET={}', '"spotifyClientSecret": "{}"'],
});
