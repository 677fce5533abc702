import { SEP } from '../lib/provider-key.js';
import { keyedSecretDetector } from '../lib/keyed-secret.js';
import { BASE64, fake } from '../lib/sample.js';
import { randomMixedCase } from '../lib/token-shape.js';

/**
 * Akamai EdgeGrid client secrets are 44 base64 characters: only found after an Akamai / EdgeGrid key name (the
 * akab- client and access tokens are akamai-edgegrid-token).
 */
export default keyedSecretDetector({
  id: 'akamai-client-secret',
  what: 'Akamai EdgeGrid client secret',
  key: String.raw`(?:akamai|edgegrid|akamai${SEP}edgegrid)${SEP}client${SEP}secret`,
  names: 'AKAMAI_CLIENT_SECRET, EDGEGRID_CLIENT_SECRET',
  trigger: String.raw`(?i:(?:akamai|edgegrid)[_.-]?client[_.-]?secret)`,
  value: { pattern: '[A-Za-z0-9+/]{43}=', chars: '0-9A-Za-z+/=', name: '44 base64 characters', sample: (seed) => `${fake(seed, 43, BASE64)}=` },
  contexts: ['AKAMAI_CLIENT_SECRET={}', '"edgegridClientSecret": "{}"'],
  validate: randomMixedCase,
});
