import { bareTokenDetector } from './bare-token.js';
import { BASE64URL, LOWER, fake } from './sample.js';
import { decodeJsonBase64, jsonBase64 } from './token-shape.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * Mapbox access tokens: a kind (`pk` public, `sk` secret, `tk` temporary), a dot, the base64url of a small JSON
 * object naming the account (`{"u":"<user>","a":"<token id>"}`, so it always starts `eyJ1Ijoi`), a dot and a
 * base64url signature. The middle part must decode to that object, which tells a token from other dotted text.
 */
export function mapboxDetector(kind: 'pk' | 'sk' | 'tk', id: string, what: string): Detector {
  const token = (seed: string): string =>
    `${kind}.${jsonBase64({ u: fake(`${seed}-u`, 8, LOWER), a: fake(`${seed}-a`, 25, BASE64URL.replace(/[-_]/g, '')) }, true)}.${fake(`${seed}-s`, 22, BASE64URL)}`;
  return bareTokenDetector({
    id,
    description: `Mapbox ${what}: ${kind}. + base64url JSON naming the account ({"u":…}) + . + a base64url signature`,
    keywords: [`${kind}.eyJ1Ijoi`],
    token: String.raw`${kind}\.eyJ1Ijoi[A-Za-z0-9_-]{8,400}\.[A-Za-z0-9_-]{20,100}`,
    chars: '0-9A-Za-z_.-',
    make: token,
    contexts: ['MAPBOX_ACCESS_TOKEN={}', 'GET https://api.mapbox.com/styles/v1/mapbox/streets-v12?access_token={}'],
    validate: (secret) => {
      const header = decodeJsonBase64(secret.split('.')[1] ?? '');
      return header !== undefined && typeof header.u === 'string' && header.u.length > 0;
    },
    negatives: [
      `${kind}.eyJ1IjoiZXhhbXBsZSJ9.${'x'.repeat(22)}`.replace('eyJ1IjoiZXhhbXBsZSJ9', 'eyJ1Ijoi' + '_'.repeat(12)),
      `${kind}.eyJ1Ijoi${fake(`${id}-junk`, 30, BASE64URL)}.${fake(`${id}-junk-s`, 22, BASE64URL)}`,
      `${kind}.eyJ1Ijoi`,
    ],
  });
}
