/**
 * Small checks the built-in detectors share in their validators. Validators run only on confirmed regex matches,
 * so plain JavaScript regexes are fine here (they never see a whole log line).
 */

/**
 * A token body that is a stand-in rather than a credential: `xxxx…`, one character repeated, few distinct
 * characters, counting runs, or words such as EXAMPLE. Random bodies of 16+ characters essentially never do this.
 */
export function looksFake(body: string): boolean {
  if (body.length === 0) return true;
  if (distinctCharacters(body) < Math.min(8, Math.ceil(body.length / 3))) return true;
  if (/(.)\1{5}/.test(body)) return true;
  if (/x{4}|\*{3}|\.{3}|…/i.test(body)) return true;
  if (/0123456789|123456789|abcdefghij|abcdefghijklmnop/i.test(body)) return true;
  if (/^(?:[A-Z][a-z]{2,})+$/.test(body) || /here$/i.test(body)) return true; // SlackAppConfigurationTokenHere
  return /example|placeholder|redacted|changeme|dummy|sample|your[_-]|insert[_-]|replace[_-]|fake[_-]?token/i.test(
    body,
  );
}

/**
 * How many different code points `text` holds, as `new Set(text).size` counts them. Iterating a string into a
 * Set cost about 1.2 µs for a 48-character key, most of what a validator spent on a line with a finding;
 * ASCII goes through four 32-bit masks instead.
 */
function distinctCharacters(text: string): number {
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let other: Set<number> | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code < 32) m0 |= 1 << code;
    else if (code < 64) m1 |= 1 << (code - 32);
    else if (code < 96) m2 |= 1 << (code - 64);
    else if (code < 128) m3 |= 1 << (code - 96);
    else {
      (other ??= new Set()).add(code);
      if (code > 0xffff) i++;
    }
  }
  return bitCount(m0) + bitCount(m1) + bitCount(m2) + bitCount(m3) + (other?.size ?? 0);
}

function bitCount(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\$\{/, // ${VAR}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$\(/, // $(VAR), $(command)
  /^\{[A-Za-z_][A-Za-z0-9_.-]*\}?$/, // {password}
  /\{\{|\}\}/, // {{ var }}
  /^\[[A-Z_ -]+\]?$/, // [PASSWORD], [REDACTED]
  /^<|>$/, // <your-key>
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /%\(?[A-Za-z_]*\)?[sd]\b/, // printf %s, %(name)s
  /^(?:process\.env|os\.environ|import\.meta\.env|env\.|ENV\[|secrets\.|vars\.|config\.|settings\.)/i,
  /redacted|filtered|masked|censored|scrubbed|obfuscated|hidden|omitted/i,
  /changeme|change[_-]me|changeit|placeholder|dummy|example|sample/i,
  /^(?:your|enter|insert|replace|put|add)[_-]?[a-z_-]*(?:key|token|secret|password|pass|here)/i,
  /[_-]here$/i, // API_KEY_HERE
  /x{4,}|\*{3,}|#{4,}|•{3,}|\.{3}|…/i,
  /^(.)\1*$/, // one character repeated
];

const PLACEHOLDER_WORDS = new Set(
  (
    'null nil none undefined nan true false yes no on off empty n/a tbd todo unset unknown default string ' +
    'required optional secret secrets password passwd token apikey api_key test testing object [object ' +
    'function bearer basic'
  ).split(' '),
);

/** Syntactic placeholders and template references: `${VAR}`, `{{ x }}`, `<your-key>`, `****`, `[REDACTED]`... */
export function isTemplate(value: string): boolean {
  return PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(value));
}

/**
 * Shortest password taken where the syntax alone says it is one (a URL's `user:password@`, `Password=` in a
 * connection string, `mysql -p…`, `curl -u user:…`). Three characters are a real password that leaks
 * (`http://bob:pw1@proxy`); one or two are the letters examples stand in with (`u:p@`, `a:b@`, `x`).
 */
export const MIN_SYNTACTIC_PASSWORD = 3;

/**
 * A password in `user:password` form that stands for one: a template, `password`, `mypassword`, `secret`, the
 * user name again (`postgres:postgres`, image defaults), shorter than MIN_SYNTACTIC_PASSWORD, or at three
 * characters a plain word or number (`user:abc@`, `foo:bar@`, `admin:123@`, what examples write; `pw1` mixes kinds).
 */
export function isPasswordPlaceholder(password: string, user: string): boolean {
  if (password.length < MIN_SYNTACTIC_PASSWORD || password === user) return true;
  if (password.length < 4 && !(/[A-Za-z]/.test(password) && /[^A-Za-z]/.test(password))) return true;
  if (/^(?:my|your|the|some)?[_-]?(?:pass(?:word|wd)?|pwd|secret)$/i.test(password)) return true;
  if (/^\$[0-9@*#?]/.test(password) || /^\[[^\]]*\]?$/.test(password)) return true; // shell $1, [PASSWORD]
  return isTemplate(password);
}

/** A template reference or a word that stands for a value: `null`, `true`, `password`, `changeme`... */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER_WORDS.has(value.toLowerCase()) || isTemplate(value);
}

/** Which character kinds a string holds. */
export function classes(text: string): {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
  count: number;
} {
  const lower = /[a-z]/.test(text);
  const upper = /[A-Z]/.test(text);
  const digit = /[0-9]/.test(text);
  const symbol = /[^A-Za-z0-9]/.test(text);
  return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
}

/** Decodes standard or URL-safe base64; undefined when `text` is not canonical base64 of its own length. */
export function decodeBase64(text: string, urlSafe: boolean): Buffer | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const buffer = Buffer.from(clean, urlSafe ? 'base64url' : 'base64');
  const again = buffer.toString(urlSafe ? 'base64url' : 'base64').replace(/=+$/, '');
  return again === clean ? buffer : undefined;
}

/** Decodes `%XX` escapes (a URL query value); text that is not valid percent-encoding is returned as it came. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A value that names something rather than being a secret: a lowercase identifier (`invalid_grant`,
 * `text-embedding-large`), an ENV_NAME (`GITHUB_TOKEN`), or letters only in one case.
 */
export function isIdentifierLike(value: string): boolean {
  return (
    /^[a-z]+(?:[_.-][a-z]+)*$/.test(value) ||
    /^[A-Z]+(?:_[A-Z]+)*$/.test(value) ||
    /^[A-Z][a-z]+(?:[_.-]?[A-Z][a-z]+)*$/.test(value)
  );
}
