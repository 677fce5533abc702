/**
 * URL attributes lose credentials the way the semantic conventions ask (`url.full`, `url.query`): userinfo
 * becomes `REDACTED:REDACTED@`, and the values of signing and auth parameters become `REDACTED` while their
 * names stay (`q=OpenTelemetry&sig=REDACTED`). The URL is edited as text rather than re-serialized through
 * `URL`: `URL` percent-encodes and normalizes the parts it does not change, and it throws on the relative
 * targets `http.target` holds, so the text people search for in their traces would change or be lost.
 */
export const URL_REDACTED = 'REDACTED';

/**
 * Parameters that carry credentials or request signatures: the semantic conventions' list (`AWSAccessKeyId`,
 * `Signature`, `sig`, `X-Goog-Signature`) plus the ones agents' tools put in URLs. Names the redactor's key
 * rules call sensitive (`access_token`, `client_secret`, `X-Amz-Security-Token`...) are caught as well.
 */
export const DEFAULT_URL_PARAMS: readonly string[] = [
  'awsaccesskeyid', 'signature', 'sig', 'x-goog-signature', 'x-goog-credential', 'x-amz-signature',
  'x-amz-credential', 'x-amz-security-token', 'token', 'access_token', 'refresh_token', 'id_token', 'api_key',
  'apikey', 'api-key', 'key', 'code', 'client_secret', 'password', 'passwd', 'pwd', 'secret', 'auth', 'jwt',
];

export interface UrlScrubResult {
  readonly text: string;
  /** Credentials replaced (userinfo counts as one). */
  readonly count: number;
  /**
   * Length of a leading part that is already safe (`https://REDACTED:REDACTED@`): a later text scan must skip
   * it, or `REDACTED@api.example.com` reads as an e-mail address.
   */
  readonly safePrefix: number;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** Scrubs an absolute URL, a scheme-less target (`/path?x=1`) or, with `bareQuery`, a query or fragment. */
export function scrubUrl(value: string, isSensitiveParam: (name: string) => boolean, bareQuery = false): UrlScrubResult {
  if (bareQuery) return scrubParams(value, isSensitiveParam);
  let out = value;
  let count = 0;
  let safePrefix = 0;
  const scheme = SCHEME.exec(value);
  let cursor = 0;
  if (scheme !== null) {
    const authorityStart = scheme[0].length;
    let authorityEnd = value.length;
    for (const mark of ['/', '?', '#']) {
      const at = value.indexOf(mark, authorityStart);
      if (at !== -1 && at < authorityEnd) authorityEnd = at;
    }
    const at = value.lastIndexOf('@', authorityEnd - 1);
    if (at >= authorityStart) {
      const userinfo = value.slice(authorityStart, at);
      const replacement = userinfo.includes(':') ? `${URL_REDACTED}:${URL_REDACTED}` : URL_REDACTED;
      if (userinfo !== replacement) {
        out = value.slice(0, authorityStart) + replacement + value.slice(at);
        safePrefix = authorityStart + replacement.length + 1;
        count++;
      }
    }
    cursor = out.length - (value.length - authorityEnd);
  }
  const hash = out.indexOf('#', cursor);
  const queryAt = out.indexOf('?', cursor);
  const query = queryAt !== -1 && (hash === -1 || queryAt < hash) ? queryAt : -1;
  let result = out;
  if (hash !== -1) {
    const fragment = scrubParams(out.slice(hash + 1), isSensitiveParam);
    if (fragment.count > 0) result = out.slice(0, hash + 1) + fragment.text;
    count += fragment.count;
  }
  if (query !== -1) {
    const end = hash === -1 ? out.length : hash;
    const params = scrubParams(out.slice(query + 1, end), isSensitiveParam);
    if (params.count > 0) result = result.slice(0, query + 1) + params.text + result.slice(end);
    count += params.count;
  }
  return count === 0 ? { text: value, count, safePrefix } : { text: result, count, safePrefix };
}

/** Replaces the values of sensitive `name=value` pairs in a `&`-separated list; names and order stay. */
function scrubParams(params: string, isSensitiveParam: (name: string) => boolean): UrlScrubResult {
  // Most queries (`?page=2&limit=50`) hold nothing to replace: look at the names before splitting anything.
  if (!hasSensitiveParam(params, isSensitiveParam)) return { text: params, count: 0, safePrefix: 0 };
  const pairs = params.split('&');
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) continue;
    const value = pair.slice(eq + 1);
    if (value === URL_REDACTED || !isSensitiveParam(decodeName(pair.slice(0, eq)))) continue;
    pairs[i] = `${pair.slice(0, eq)}=${URL_REDACTED}`;
    count++;
  }
  return { text: count === 0 ? params : pairs.join('&'), count, safePrefix: 0 };
}

/** Whether any `name=value` pair with a non-empty value has a sensitive name; allocates only the names. */
function hasSensitiveParam(params: string, isSensitiveParam: (name: string) => boolean): boolean {
  // One pass over the characters: searching for `=` with indexOf from each pair would rescan the rest of a
  // query full of pairs without one, which makes a hostile URL quadratic.
  let start = 0;
  let eq = -1;
  for (let i = 0; i <= params.length; i++) {
    const code = i === params.length ? 38 : params.charCodeAt(i);
    if (code === 61 && eq === -1) eq = i;
    if (code !== 38) continue;
    if (eq > start && eq < i - 1 && isSensitiveParam(decodeName(params.slice(start, eq)))) return true;
    start = i + 1;
    eq = -1;
  }
  return false;
}

/** `X-Amz-Security%2DToken`, `api+key`: compare names as the server reads them. */
function decodeName(name: string): string {
  const spaced = name.includes('+') ? name.replace(/\+/g, ' ') : name;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Cheap test run on every URL value before any parsing: no `@`, `?`, `#` or `=`, nothing to do. */
export function mayHoldUrlCredentials(value: string): boolean {
  return value.includes('@') || value.includes('?') || value.includes('#') || value.includes('=');
}
