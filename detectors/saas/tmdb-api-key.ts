import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { lowerHex } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'tmdb-api-key',
  what: 'TMDB (The Movie Database) v3 API key',
  names: [words('tmdb', 'api?', 'key'), words('themoviedb', 'api?', 'key')],
  namesText: 'TMDB_API_KEY or tmdbKey',
  keywords: ['tmdb', 'themoviedb'],
  value: lowerHex(32),
  contexts: ['TMDB_API_KEY={}', '"tmdbKey": "{}"'],
});
