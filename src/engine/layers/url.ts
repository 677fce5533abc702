import { defineDetector } from '../detector.js';
import type { Detector } from '../detector.js';
import type { KeyAnchor } from '../key-names.js';

/**
 * URL credentials, wherever a URL or a query appears in text: the values of query, fragment and form
 * parameters whose name carries a credential or a request signature
 * (`?api_key=`, `&access_token=`, `#id_token=`, `X-Amz-Signature=`, OAuth `code=`). Names stay, values go
 * (`?q=weather&api_key=[REDACTED:url-credential]`), so the request stays readable.
 *
 * A password in a URL's userinfo is the catalog's (`url-credentials`, and `database-url` for database and
 * broker schemes): they redact the password and keep the user, in every door alike.
 *
 * This is an ordinary detector built by the engine (not a catalog entry), so the prefilter, confirmation,
 * overlaps, counters and the redaction policy treat it like every other; its priority is low so that a
 * specific detector (a JWT in `?token=`) names the finding.
 */
export const URL_CREDENTIAL_DETECTOR = 'url-credential';

/**
 * Parameters that carry credentials or request signatures: the OpenTelemetry semantic conventions' list
 * (`AWSAccessKeyId`, `Signature`, `sig`, `X-Goog-Signature`) plus the ones agents' tools put in URLs. Names the
 * key classifier calls sensitive (`client_secret`, `X-Amz-Security-Token`, `pasword`) count as well.
 */
export const DEFAULT_URL_PARAMS: readonly string[] = [
  'awsaccesskeyid', 'signature', 'sig', 'x-goog-signature', 'x-goog-credential', 'x-amz-signature',
  'x-amz-credential', 'x-amz-security-token', 'token', 'access_token', 'refresh_token', 'id_token', 'api_key',
  'apikey', 'api-key', 'key', 'code', 'client_secret', 'password', 'passwd', 'pwd', 'secret', 'auth', 'jwt',
];

/** Fragments one of which every sensitive parameter name holds: the prefilter looks for `[?&#]…fragment…=`. */
const NAME_FRAGMENTS = ['sig', 'key', 'code', 'token', 'pass', 'pwd', 'secret', 'auth', 'jwt', 'crede', 'word', 'ntial'];

const NAME_CHARS = String.raw`A-Za-z0-9_.%+\[\]-`;
/** A value ends where the query, the URL or the quoted string that holds it ends. */
const VALUE_CHARS = String.raw`^&#\s"'<>\x60\\`;

/** `X-Amz-Security%2DToken`, `api+key`: names are compared as the server reads them. */
function decodeName(name: string): string {
  const spaced = name.includes('+') ? name.replace(/\+/g, ' ') : name;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * A value that names what belongs there instead of being it: the parameter's own name (`access_token=ACCESS_TOKEN`,
 * `key=KEY`) or an upper-case snake_case name without digits (`token=YOUR_TOKEN`). Issued credentials are random:
 * upper-case letters joined only by underscores is how documentation writes a slot, not how a token looks.
 */
function namesAValue(value: string, name: string): boolean {
  const bare = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (bare(value) !== '' && bare(value) === bare(name)) return true;
  return /^[A-Z]+(?:_[A-Z]+)+$/.test(value);
}

/** What stands for a value rather than being one: `$DB_PASSWORD`, `${X}`, `****`, `sk-...T3kN`, `<key>`. */
export interface PlaceholderChecks {
  readonly isPlaceholder: (value: string) => boolean;
  readonly isPasswordPlaceholder: (password: string, user: string) => boolean;
}

/**
 * `isSensitiveName`: the key classifier (with the user's `keyNames` options); `anchors`: its key-name
 * fragments (the user's extra words and keys among them), which the prefilter also looks for in names;
 * `placeholders`: the catalog's checks for stand-ins, which are left as they are.
 */
export function urlDetectors(isSensitiveName: (name: string) => boolean, anchors: readonly KeyAnchor[], placeholders: PlaceholderChecks): Detector[] {
  const defaults = new Set(DEFAULT_URL_PARAMS);
  const isSensitiveParam = (raw: string): boolean => {
    const name = decodeName(raw);
    return defaults.has(name.toLowerCase()) || isSensitiveName(name);
  };
  const fragments = [...NAME_FRAGMENTS, ...anchors.map((anchor) => anchor.source)].join('|');
  const param = defineDetector({
    id: URL_CREDENTIAL_DETECTOR,
    description: 'Value of a URL query, fragment or form parameter whose name holds a credential or a signature (api_key, token, code, sig, X-Amz-Signature...)',
    category: 'secret',
    trigger: String.raw`(?:^|[?&#\n])[${NAME_CHARS}]*(?i:${fragments})[${NAME_CHARS}]*=[${VALUE_CHARS}]`,
    // A parameter after `?`, `&` or `#` is one; at the start of a text or line (a `url.query` or `url.fragment`
    // value on its own) only when another parameter follows: a lone `NAME=value` there is an assignment, and
    // assignments in text are the free-text detectors' (generic-credential), which judge their values.
    pattern: String.raw`(?:^|[?&#\n])(?P<name>[${NAME_CHARS}]{1,128})=(?P<secret>[${VALUE_CHARS}]+)(?P<next>&)?`,
    validate: (secret, context) =>
      (/^[?&#]/.test(context.match) || context.groups[3] === '&') &&
      isSensitiveParam(context.groups[1] ?? '') &&
      !placeholders.isPlaceholder(decodeName(secret)) &&
      !namesAValue(decodeName(secret), decodeName(context.groups[1] ?? '')),
    priority: 10,
    samples: {
      positive: ['https://x.io/v1/search?q=weather&api_key=abc123'],
      negative: ['https://x.io/v1/search?q=weather&page=2', 'https://x.io/v1/user?access_token=ACCESS_TOKEN', 'https://x.io/v1/send?token=YOUR_BOT_TOKEN'],
    },
  });
  return [param];
}
