import { defineDetector } from '../../src/engine/detector.js';
import { githubChecksum, withGithubChecksum } from '../../src/validators/github-checksum.js';
import { TOKEN_START } from './patterns.js';
import { BASE64URL, DIGITS, fake } from './sample.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * GitHub's checksummed tokens share one format: a 4-character prefix (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`)
 * and 36 base62 characters whose last 6 are the base62 CRC-32 of the first 30. App tokens (`ghs_`, and `ghu_`
 * as announced) also have a stateless form from April 2026: prefix, app id, `_`, a GitHub-signed JWT.
 */
export interface GithubTokenOptions {
  readonly id: string;
  readonly prefix: string;
  /** What the token is, before the format (which this factory describes). */
  readonly what: string;
  /** Accept the stateless `<prefix><app id>_<JWT>` form too. */
  readonly stateless?: boolean;
  /** A natural context for one positive sample, e.g. `GITHUB_TOKEN=`. */
  readonly context: string;
}

const JWT_FORM = String.raw`[0-9]{1,12}_eyJ[0-9A-Za-z_-]{8,}\.[0-9A-Za-z_-]{16,}\.[0-9A-Za-z_-]{16,}`;
const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Classic tokens carry a CRC-32; the stateless form is a JWT whose header must decode to a JSON object. */
function validStateless(secret: string): boolean {
  if (secret.length === 40) return githubChecksum(secret);
  const jwt = secret.slice(secret.indexOf('_', 4) + 1);
  try {
    const header: unknown = JSON.parse(Buffer.from(jwt.slice(0, jwt.indexOf('.')), 'base64url').toString('utf8'));
    return header !== null && typeof header === 'object';
  } catch {
    return false;
  }
}

export function githubTokenDetector(options: GithubTokenOptions): Detector {
  const { id, prefix } = options;
  const valid = (seed: string): string => prefix + withGithubChecksum(fake(seed, 30));
  const first = valid(`${id}-1`);
  // Same body, last checksum character changed: shaped right, fails CRC-32.
  const badChecksum = first.slice(0, -1) + (first.endsWith('A') ? 'B' : 'A');
  const classic = '36 base62 characters whose last 6 are the base62 CRC32 of the first 30';
  const positive = [first, valid(`${id}-2`), `${options.context}${valid(`${id}-3`)}`];
  const negative = [
    badChecksum,
    prefix + 'x'.repeat(36),
    prefix + fake(`${id}-short`, 20),
    `${prefix}${withGithubChecksum(fake(`${id}-long`, 30))}Zq9`,
    '${GITHUB_TOKEN}',
  ];
  if (options.stateless === true) {
    positive.push(`${prefix}${fake(`${id}-app`, 6, DIGITS)}_${part({ typ: 'JWT', alg: 'RS256' })}.${fake(`${id}-claims`, 380, BASE64URL)}.${fake(`${id}-sig`, 86, BASE64URL)}`);
    negative.push(`${prefix}12345_eyJxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx`);
  }
  return defineDetector({
    id,
    description:
      `${options.what}: ${prefix} + ${classic}` +
      (options.stateless === true ? `, or the stateless form ${prefix}<app id>_<JWT> (about 520 characters)` : ''),
    category: 'secret',
    keywords: [prefix],
    pattern:
      options.stateless === true
        ? String.raw`${TOKEN_START}(?P<secret>${prefix}(?:[0-9A-Za-z]{36}\b|${JWT_FORM}))`
        : String.raw`${TOKEN_START}(?P<secret>${prefix}[0-9A-Za-z]{36})\b`,
    validate: options.stateless === true ? validStateless : githubChecksum,
    samples: { positive, negative },
  });
}
