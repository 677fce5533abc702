import { distance } from 'fastest-levenshtein';

/**
 * Decides whether a key name (object key, JSON key, OpenTelemetry attribute key, header name) marks its value
 * as a credential. Word-level, never substring: `author`, `keyboard` and `prompt_tokens` stay clean while
 * `db_password`, `apiKey`, `x-api-key` and typos such as `pasword` or `api-kee` are caught.
 */

/** Words that make a key sensitive on their own (plural forms included). */
const SENSITIVE_WORDS = [
  'password', 'passwords', 'passwd', 'passphrase', 'pwd', 'secret', 'secrets', 'token', 'credential',
  'credentials', 'creds', 'authorization', 'auth', 'bearer', 'cookie', 'cookies', 'jwt', 'apikey', 'apikeys', 'otp',
  'ssn', 'dsn', 'signature', 'privatekey', 'secretkey', 'accesskey', 'connectionstring', 'connstr',
  'passcode', 'pin', 'cvv', 'cvc',
];

/** `key` is sensitive only after one of these (`api_key`, `private-key`), never alone (`cache_key`). */
const KEY_QUALIFIERS = ['api', 'access', 'secret', 'private', 'signing', 'encryption', 'master', 'auth', 'client', 'session', 'license', 'subscription', 'app', 'x-api'];

/** A trailing word that turns a sensitive word into metadata about it: `token_type`, `secret_name`. */
const METADATA_WORDS = new Set([
  'count', 'counts', 'type', 'types', 'length', 'len', 'limit', 'limits', 'usage', 'id', 'ids', 'name', 'names',
  'expiry', 'expires', 'expiration', 'ttl', 'at', 'url', 'uri', 'endpoint', 'provider', 'kind', 'format', 'size',
  'index', 'method', 'methods', 'scheme', 'policy', 'header', 'path', 'file', 'version', 'enabled', 'required',
  'status', 'source', 'ref', 'label', 'prefix', 'hint', 'set', 'mode', 'strategy', 'rotated', 'expired',
  // The feature or process a sensitive word names: `secret_scanning`, `cookie_consent`, `password_reset_url`.
  'scanning', 'scan', 'consent', 'banner', 'manager', 'rotation', 'reset', 'strength', 'store', 'detection',
]);

const COMPOUNDS = ['apikey', 'accesskey', 'secretkey', 'privatekey', 'clientsecret', 'accesstoken', 'refreshtoken', 'authtoken', 'sessiontoken', 'connectionstring'];

/**
 * Words of 8+ letters tolerate one edit (`pasword`), of 12+ letters two (`authorisaton`); shorter ones must be
 * exact (`passwd` is one edit from `passed`).
 */
const FUZZY_MIN_LENGTH = 8;
const FUZZY_TWO_EDITS_LENGTH = 12;

function allowedEdits(word: string): number {
  return word.length >= FUZZY_TWO_EDITS_LENGTH ? 2 : word.length >= FUZZY_MIN_LENGTH ? 1 : 0;
}

export interface KeyAnchor {
  /** A regex fragment, valid in RE2 and JavaScript, matched case-insensitively. */
  readonly source: string;
  /** The fragment is a whole word: a key where a lower-case letter follows it holds another word. */
  readonly wholeWord: boolean;
}

/**
 * Fragments that every sensitive key contains. The prefilter only looks at JSON keys holding one, so a clean
 * line is never parsed; the classifier requires one too, so the two can never disagree. Typos are covered
 * where one edit leaves a fragment intact: `pasword` keeps `word`, `api-kee` keeps `api-k`.
 */
const ANCHORS: readonly KeyAnchor[] = [
  { source: 'pass', wholeWord: false },
  { source: 'word', wholeWord: false },
  { source: 'pwd', wholeWord: true },
  { source: 'secret', wholeWord: false },
  { source: 'token', wholeWord: true },
  { source: 'crede', wholeWord: false },
  { source: 'creds', wholeWord: true },
  { source: 'ntial', wholeWord: false },
  { source: 'auth', wholeWord: false },
  { source: 'rization', wholeWord: false },
  { source: 'bearer', wholeWord: false },
  { source: 'cookie', wholeWord: false },
  { source: 'signature', wholeWord: false },
  { source: 'jwt', wholeWord: true },
  { source: 'otp', wholeWord: true },
  { source: 'ssn', wholeWord: true },
  { source: 'dsn', wholeWord: true },
  { source: 'pin', wholeWord: true },
  { source: 'cvv', wholeWord: true },
  { source: 'cvc', wholeWord: true },
  { source: 'apikey', wholeWord: false },
  { source: 'connstr', wholeWord: false },
  { source: 'connection[-_. ]?str', wholeWord: false },
  { source: `(?:${KEY_QUALIFIERS.map((q) => q.replace('-', '[-_. ]?')).join('|')})[-_. ]?k`, wholeWord: false },
];

export function sensitiveKeyAnchors(extraWords: readonly string[] = [], extraKeys: readonly string[] = []): KeyAnchor[] {
  const escape = (text: string): string => text.toLowerCase().replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  return [
    ...ANCHORS,
    ...extraWords.map((word) => ({ source: escape(word), wholeWord: false })),
    ...extraKeys.map((key) => ({ source: escape(key), wholeWord: false })),
  ];
}

/** The anchors as one JavaScript regex, for the classifier's own check on a single key. */
function anchorRegex(anchors: readonly KeyAnchor[]): RegExp {
  return new RegExp(anchors.map(({ source, wholeWord }) => `(?:${source})${wholeWord ? '(?![a-z])' : ''}`).join('|'), 'i');
}

const BUILTIN_ANCHORS = anchorRegex(ANCHORS);

/** Splits camelCase, PascalCase, snake_case, kebab-case, dotted and spaced names into lower-case words. */
export function splitKeyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The vocabulary word `word` is, exactly or within its allowed edits (`pasword` is `password`), if any. */
function matchedWord(word: string, vocabulary: readonly string[]): string | undefined {
  for (const candidate of vocabulary) {
    if (word === candidate) return candidate;
    const edits = allowedEdits(candidate);
    if (edits > 0 && Math.abs(word.length - candidate.length) <= edits && distance(word, candidate) <= edits) return candidate;
  }
  return undefined;
}

/**
 * Env names glue a prefix to the word: `PGPASSWORD`, `MYSQLPASSWORD`, `NPMTOKEN`, `APPSECRET` are one word each. A
 * word that ends with one of these (longer than the word itself) counts as it.
 */
const SUFFIX_WORDS = ['password', 'passwd', 'passphrase', 'secret', 'token'];

function suffixWord(word: string): string | undefined {
  return SUFFIX_WORDS.find((candidate) => word.length > candidate.length + 1 && word.endsWith(candidate));
}

function isKeyWord(word: string): boolean {
  return word === 'key' || word === 'keys' || (word.length === 3 && distance(word, 'key') === 1 && word.startsWith('ke'));
}

/**
 * `pass` names a password only after another word (`db_pass`, `smtpPass`, `MYSQL_PASS`); alone it is a test
 * result or a count (`"pass": 12, "fail": 0`).
 */
const QUALIFIED_ONLY_WORDS = ['pass'];

/**
 * The word that makes `key` sensitive, in its vocabulary spelling (`DB_PASWORD` gives `password`, `api_key` gives
 * `key`, `accessToken` gives `token`), or undefined when the key is not sensitive. Text detectors use it to tell a
 * password someone chose (short values allowed) from a token a provider issued, with the same word rules as keys.
 */
export function sensitiveKeyWord(key: string, extraWords: readonly string[] = [], anchors: RegExp = BUILTIN_ANCHORS): string | undefined {
  if (!anchors.test(key)) return undefined;
  const words = splitKeyWords(key);
  if (words.length === 0) return undefined;
  const vocabulary = extraWords.length > 0 ? [...SENSITIVE_WORDS, ...extraWords] : SENSITIVE_WORDS;
  for (let i = 0; i < words.length; i++) {
    // A number glued to the word numbers the credential (`token4`, `password2`), it does not make another word.
    const word = words[i]!.replace(/(?<=[a-z])[0-9]{1,3}$/, '');
    const next = words[i + 1];
    const describesMetadata = next !== undefined && METADATA_WORDS.has(next);
    if (describesMetadata) continue;
    const matched = matchedWord(word, vocabulary) ?? suffixWord(word);
    if (matched !== undefined) return matched;
    // Qualified keys: api_key, apikey split as one word is covered above; `api kee` by the qualifier rule.
    if (i > 0 && isKeyWord(word) && KEY_QUALIFIERS.includes(words[i - 1]!)) return 'key';
    if (i > 0 && QUALIFIED_ONLY_WORDS.includes(word)) return word;
  }
  // Compounds written as one or two words, with a typo: `apikee`, `acess_key`, `db.connection_string`.
  for (let i = 0; i < words.length; i++) {
    const pair = words[i]! + (words[i + 1] ?? '');
    if (words[i + 2] !== undefined && METADATA_WORDS.has(words[i + 2]!)) continue;
    if (pair.length < 6) continue;
    const compound = COMPOUNDS.find((candidate) => Math.abs(pair.length - candidate.length) <= 1 && distance(pair, candidate) <= 1);
    if (compound !== undefined) return compound;
  }
  return undefined;
}

/**
 * A qualified-only word standing alone (`pass`, `PASS`, `pass2`, `--pass`): the name alone does not make it
 * sensitive (`"pass": 12, "fail": 0` is a test count), but its value is a password when it reads as one
 * (`"pass": "Xk9;mQ2v"` in a config dump). Whoever holds the value judges it: the redactor's value judge for
 * structured values, generic-credential in text, with the same rule.
 */
export function isValueJudgedKey(key: string): boolean {
  const words = splitKeyWords(key);
  return words.length === 1 && QUALIFIED_ONLY_WORDS.includes(words[0]!.replace(/(?<=[a-z])[0-9]{1,3}$/, ''));
}

export function classifyKeyName(key: string, extraWords: readonly string[] = [], anchors: RegExp = BUILTIN_ANCHORS): boolean {
  return sensitiveKeyWord(key, extraWords, anchors) !== undefined;
}

/** What a key says about its value: nothing, a credential (redacted whole), or a credential if it reads as one. */
const enum KeyVerdict {
  None = 0,
  Sensitive = 1,
  ByValue = 2,
}

/** Caches each key's decision: agents log the same few hundred keys millions of times. */
export class KeyNameClassifier {
  readonly #cache = new Map<string, KeyVerdict>();
  readonly #extraWords: readonly string[];
  readonly #extraKeys: ReadonlySet<string>;
  readonly #safeKeys: ReadonlySet<string>;
  readonly #anchors: RegExp;
  static readonly #MAX_CACHE = 10_000;

  constructor(options: { words?: readonly string[]; keys?: readonly string[]; safeKeys?: readonly string[] } = {}) {
    this.#extraWords = (options.words ?? []).map((word) => word.toLowerCase());
    this.#extraKeys = new Set((options.keys ?? []).map((key) => key.toLowerCase()));
    this.#safeKeys = new Set((options.safeKeys ?? []).map((key) => key.toLowerCase()));
    this.#anchors = anchorRegex(sensitiveKeyAnchors(options.words, options.keys));
  }

  isSensitive(key: string): boolean {
    return this.#verdict(key) === KeyVerdict.Sensitive;
  }

  /** The key is not sensitive by its name, but its value is a credential when it reads as one (isValueJudgedKey). */
  judgesValue(key: string): boolean {
    return this.#verdict(key) === KeyVerdict.ByValue;
  }

  #verdict(key: string): KeyVerdict {
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const lower = key.toLowerCase();
    let verdict = KeyVerdict.None;
    if (!this.#safeKeys.has(lower)) {
      if (this.#extraKeys.has(lower) || classifyKeyName(key, this.#extraWords, this.#anchors)) verdict = KeyVerdict.Sensitive;
      else if (isValueJudgedKey(key)) verdict = KeyVerdict.ByValue;
    }
    // Keys can be attacker-chosen; a bounded cache keeps memory flat.
    if (this.#cache.size >= KeyNameClassifier.#MAX_CACHE) this.#cache.clear();
    this.#cache.set(key, verdict);
    return verdict;
  }
}
