import { keyedSecretDetector, words } from '../lib/keyed-context-secret.js';
import { base62 } from '../lib/value-shape.js';

export default keyedSecretDetector({
  id: 'storyblok-token',
  what: "Storyblok access token",
  names: [words('storyblok', 'access', 'token'), words('storyblok', 'api', 'token'), words('storyblok', 'token')],
  namesText: "STORYBLOK_ACCESS_TOKEN or STORYBLOK_TOKEN",
  keywords: ["storyblok"],
  value: base62(22, 26),
  contexts: ["STORYBLOK_ACCESS_TOKEN={}", "\"storyblokToken\": \"{}\""],
});
