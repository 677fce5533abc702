import { defineDetector } from '../../src/engine/detector.js';
import { HARD_NEGATIVES } from '../lib/hard-negatives.js';
import { HEX, LOWER, fake } from '../lib/sample.js';

/**
 * HTTP Digest credentials (RFC 7616): `Authorization: Digest username="…", realm="…", nonce="…", uri="…",
 * response="<hex>", …`. The response is a hash over the password, nonce and request: with the other parameters
 * it can be brute-forced offline, so it is redacted (the hex only; quotes may be JSON-escaped). MD5 gives 32 hex
 * characters, SHA-256 64, SHA-512/256 64. A server challenge (`WWW-Authenticate: Digest realm=…, nonce=…`) holds no
 * response and is left alone.
 */
function header(seed: string, hash: number, quote = '"'): string {
  const q = (value: string): string => `${quote}${value}${quote}`;
  return (
    `Digest username=${q(fake(`${seed}-u`, 6, LOWER))}, realm=${q('api@example.com')}, nonce=${q(fake(`${seed}-n`, 32, HEX))}, ` +
    `uri=${q('/v1/orders')}, qop=auth, nc=00000001, cnonce=${q(fake(`${seed}-c`, 16, HEX))}, ` +
    `response=${q(fake(`${seed}-r`, hash, HEX))}, opaque=${q(fake(`${seed}-o`, 32, HEX))}`
  );
}

export default defineDetector({
  id: 'digest-auth',
  description:
    'HTTP Digest authorization (Authorization: Digest username=…, response="…"): the response hash (32-128 hex), which ' +
    'allows an offline attack on the password, is redacted',
  category: 'secret',
  // `Digest` followed by a parameter name and `=`: docker and checksum "digest:" lines never are.
  trigger: String.raw`(?i:digest)[ \t]+[A-Za-z]+[ \t]*=`,
  pattern: String.raw`(?i:\bdigest)[ \t]+[A-Za-z]+[ \t]*=[^\n\r]{0,800}?[ \t,](?i:response)[ \t]*=[ \t]*\\*"?(?P<secret>[0-9A-Fa-f]{32,128})\b`,
  priority: 50,
  samples: {
    positive: [
      `Authorization: ${header('dg-1', 32)}`,
      `"authorization":"${header('dg-2', 64, '\\"')}"`,
      `curl --digest -H 'Authorization: ${header('dg-3', 32)}' https://api.example.com/v1/orders`,
    ],
    negative: [
      ...HARD_NEGATIVES,
      `WWW-Authenticate: Digest realm="api@example.com", qop="auth", nonce="${fake('dg-n1', 32, HEX)}", opaque="${fake('dg-n2', 32, HEX)}"`,
      `Digest: sha-256=${Buffer.from(fake('dg-n3', 64, HEX), 'hex').toString('base64')}`,
      'Authorization: Digest username="alice", response="${DIGEST_RESPONSE}"',
      `docker digest sha256:${fake('dg-n4', 64, HEX)} response 200`,
    ],
  },
});
