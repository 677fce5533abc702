import { defineDetector } from '../../src/engine/detector.js';
import { LOWER, fake } from '../lib/sample.js';

/**
 * The prefilter needs keywords of 2+ characters, and `@` alone is one: every address holds `@` followed by the
 * first character of its domain, a letter or digit, so these 36 pairs (compared case-insensitively) cover all.
 */
const AT_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((char) => `@${char}`);

/** Asset and source file extensions: `icon@2x.png` and `logo@3x.webp` are retina images, not addresses. */
const FILE_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif svg webp avif ico bmp tif tiff heic js mjs cjs ts mts cts tsx jsx css scss sass ' +
    'less map json md txt html htm xml yaml yml toml lock log wasm py rb go rs java kt swift php sh tar ' +
    'gz tgz pdf mp3 mp4 mov woff woff2 ttf otf eot vue svelte astro'
  ).split(' '),
);

/**
 * A URL's `scheme://user:password` up to its `@`. The password may hold characters an address cannot
 * (`~`, `!`, `$`, `*`), and what follows the last of them looks like an address (`p4ss~x1@db.internal`), so the
 * `@` that ends a userinfo is matched here first and rejected: its password is url-credentials' or database-url's,
 * and a finding that reached into the host would take the host with it. It is not a capturing group: the
 * validator tells it from what precedes the address (only this alternative holds `://`), and a pattern whose
 * one group is the secret is placed without `exec` (engine/secret-spans.ts; `exec` cost about 10 µs a call
 * on a log line). The scheme is unbounded (`*`, not
 * `{0,30}`): a counted run that may start at any letter makes RE2's DFA track which of the last 30 characters
 * were letters, it ran out of memory on every line with an address and fell back to the NFA (about 120 µs
 * a line with one address, 9 µs after).
 */
const USERINFO = String.raw`(?:[A-Za-z][A-Za-z0-9+.-]*://[^:@/?#\s"'\x60<>\\]*:[^@/?#\s"'\x60<>\\]*)`;

function plausibleAddress(secret: string, context: { readonly match: string }): boolean {
  // The @ that ends a URL's userinfo: the match is USERINFO, then the secret (what follows it is zero-width).
  if (context.match.slice(0, context.match.length - secret.length).includes('://')) return false;

  const at = secret.lastIndexOf('@');
  const local = secret.slice(0, at);
  const domain = secret.slice(at + 1).toLowerCase();
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  // git@github.com:org/repo and friends: the SSH user of a git remote, not a person.
  if (local === 'git') return false;
  // your-service@your-project…, youremail@…: a slot that documentation asks the reader to fill, not an address.
  if (/^your[-_.]|^your(?:e-?mail|name|user(?:name)?|address)$/i.test(local)) return false;
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  return !FILE_EXTENSIONS.has(tld);
}

const address = (seed: string, domain: string): string =>
  `${fake(`${seed}-a`, 6, LOWER)}.${fake(`${seed}-b`, 7, LOWER)}@${domain}`;

export default defineDetector({
  id: 'email',
  description:
    'Email address: local@domain.tld (RFC 5322 dot-atom subset, TLD of 2+ letters). Not matched: user@localhost and other ' +
    'dotless hosts, package specs like react@18.2.0 (numeric "TLD"), retina assets like icon@2x.png (file-extension TLD), ' +
    'image digests (name@sha256:…), git@host SSH remotes (git@github.com:org/repo), whose user is not a person, slots ' +
    'to fill (your-service@…, youremail@…), and the ' +
    'user:password@ of URLs.',
  category: 'pii',
  keywords: AT_KEYWORDS,
  // An address does not start right after `:` or `//`, so the userinfo of a URL (`mongodb://user:password@db.example.com`,
  // `https://deploy-bot@git.example.com`) is not read as one; `mailto:` is the exception, a single `/` (a path) is fine.
  // A password holding `~` or `!` before its `@` is caught by USERINFO, which the validator rejects.
  pattern: String.raw`(?:${USERINFO}|^|[^A-Za-z0-9._%+:/-]|[^/]/|(?i:mailto):|\\[nrt])(?P<secret>[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})\b`,
  validate: plausibleAddress,
  priority: 40,
  samples: {
    positive: [
      address('email-1', 'example.com'),
      `${fake('email-2', 8, LOWER)}+agent@mail.example.co.uk`,
      `"email":"${address('email-3', 'corp.example.org')}"`,
      `From: ${fake('email-4', 5, LOWER).toUpperCase()}_${fake('email-5', 4)}@Example.io`,
      `mailto:${address('email-6', 'example.net')}`,
      `GET /v1/users/${address('email-7', 'example.com')}/orders`,
      `https://deploy:${fake('email-8', 9)}~x1@git.example.com/hooks?notify=${address('email-9', 'example.com')}`,
    ],
    negative: [
      'foo@2x.png',
      'icon@3x.webp',
      'react@18.2.0',
      '@types/node@20.11.5',
      'git@github.com:org/repo.git',
      'user@localhost',
      'nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
      'see @alice in #general',
      'mongodb://user:password@db.example.com:27017/app',
      'ftps://admin:s3cret@secure.ftp.example.com/files',
      'https://deploy-bot@git.example.com/org/repo.git',
      `DATABASE_URL=postgres://app:${fake('email-n1', 10)}~x1@db.internal:5432/orders`,
      `proxy http://bob:${fake('email-n2', 8)}!k9@proxy.example.com:3128 set`,
      '"client_email": "your-service@your-project.iam.gserviceaccount.com"',
      'send to youremail@example.com',
    ],
  },
});
