/**
 * Secret values for the conformance cases, generated at run time from their formats (or taken from the
 * built-in detectors' own positive samples), so that this directory holds no pasted token. Each generator is
 * seeded: the same seed gives the same value on every run, so pending pairs stay stable.
 */
import builtinDetectors from '../../../detectors/index.js';
import { ALNUM, BASE64, BASE64URL, HEX, LOWER, fake, withLuhn } from '../../../detectors/lib/sample.js';
import { withGithubChecksum } from '../../../src/validators/index.js';

/** The secret part (the detector's `secret` group) of positive sample `index` of a built-in detector. */
export function detectorSecret(id: string, index = 0): string {
  const detector = builtinDetectors.find((candidate) => candidate.id === id);
  const sample = detector?.samples.positive[index];
  if (detector === undefined || sample === undefined) throw new Error(`no positive sample ${index} for detector ${id}`);
  // The compiled regex may be global: start every search at the beginning.
  detector.regex.lastIndex = 0;
  const match = detector.regex.exec(sample);
  detector.regex.lastIndex = 0;
  const secret = match?.[detector.secretGroup];
  if (typeof secret !== 'string' || secret === '') throw new Error(`detector ${id} does not match its own sample ${index}`);
  return secret;
}

export const githubPat = (seed: string): string => 'ghp_' + withGithubChecksum(fake(`gh-${seed}`, 30));
export const stripeKey = (seed: string): string => `sk_live_${fake(`stripe-${seed}`, 24)}`;
export const slackBot = (seed: string): string =>
  `xoxb-${fake(`sb1-${seed}`, 12, '0123456789')}-${fake(`sb2-${seed}`, 13, '0123456789')}-${fake(`sb3-${seed}`, 24)}`;
export const awsKeyId = (seed: string): string => `AKIA${fake(`aws-${seed}`, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
export const awsSecret = (seed: string): string => fake(`awss-${seed}`, 40, ALNUM + '/+');
export const gitlabPat = (seed: string): string => `glpat-${fake(`gl-${seed}`, 20, ALNUM + '_-')}`;
export const hfToken = (seed: string): string => `hf_${fake(`hf-${seed}`, 34, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}`;
export const npmToken = (seed: string): string => `npm_${fake(`npm-${seed}`, 36)}`;

/** An opaque bearer/API token with no provider prefix: only its context says what it is. */
export const opaqueToken = (seed: string, length = 40): string => fake(`opaque-${seed}`, length, BASE64URL);
export const hex = (seed: string, length: number): string => fake(`hex-${seed}`, length, HEX);

/** A password people would type: letters, digits and a few symbols, no spaces or quotes. */
export const password = (seed: string, length = 14): string => {
  const body = fake(`pw-${seed}`, length - 2, ALNUM + '!#%^*_');
  return `${body.slice(0, 3)}7${body.slice(3)}Q`;
};

/** A password as it can stand in a URL's userinfo or query unescaped: letters, digits and `-._`. */
export const urlPassword = (seed: string, length = 16): string => {
  const body = fake(`upw-${seed}`, length - 2, ALNUM + '-._');
  return `${body.slice(0, 3)}7${body.slice(3)}Q`;
};

/** A card number valid under Luhn, from a test issuer prefix. */
export const cardNumber = (seed: string): string => withLuhn('4' + fake(`card-${seed}`, 14, '0123456789'));
export const emailAddress = (seed: string): string => `${fake(`em-${seed}`, 7, LOWER)}.${fake(`em2-${seed}`, 5, LOWER)}@corp.example.org`;

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
export const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
/** Percent-encodes every reserved character, with lower-case hex digits (`%2f`), as some clients write them. */
export const percentLower = (text: string): string => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());

/** Pieces of `text` of `size` characters: none of them may survive when the whole must not. */
export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at + size <= text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}

/** A PEM block with a generated base64 body (64 characters a line), split into its lines. */
export function pem(label: string, seed: string, bodyLines = 6): { readonly block: string; readonly body: readonly string[] } {
  const body = Array.from({ length: bodyLines }, (_, i) => fake(`pem-${seed}-${i}`, 64, BASE64));
  return { block: [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n'), body };
}

/** A JWT with a real JSON header and claims and a generated signature. */
export function jwt(seed: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const claims = Buffer.from(JSON.stringify({ sub: fake(`jwt-sub-${seed}`, 12), iat: 1_700_000_000 })).toString('base64url');
  return `${header}.${claims}.${fake(`jwt-sig-${seed}`, 43, BASE64URL)}`;
}

export const uuid = (seed: string): string => {
  const h = hex(`uuid-${seed}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Values registered as known secrets with every door (through its own option: `knownSecrets`,
 * `knownSecretsFile`, `--known-secrets`). No detector knows their shape, so only the known-secret matcher can
 * find them. One holds a `/` (percent-encoded as `%2f`), one a `"` (escaped by JSON, twice inside tool-call
 * arguments).
 */
export const KNOWN = {
  plain: `kv-${fake('known-plain', 18, LOWER + '0123456789')}`,
  slash: `vault/${fake('known-slash', 16, LOWER + '0123456789')}`,
  quote: `pq"${fake('known-quote', 16, LOWER + '0123456789')}`,
} as const;

export const KNOWN_SECRETS: readonly string[] = Object.values(KNOWN);

export { BASE64 };
