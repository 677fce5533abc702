import { chars, pick, seeded } from './random.js';
import { agentLines } from './agent-lines.js';
import { createRedactor } from '../../src/redactor.js';
import { HARD_NEGATIVE_CASES, HARD_NEGATIVE_KINDS, hardNegative, uuid } from '../../detectors/lib/hard-negatives.js';
import { groupDigits, ibanFor, withLuhn } from '../../detectors/lib/sample.js';
import type { Detector } from '../../src/engine/detector.js';

/**
 * The project's own labelled corpus: realistic pino lines of an agent at work, each with one planted value.
 * - `secret`: every positive sample of every default-enabled secret detector, planted in two of the line shapes
 *   below; what must disappear is what that detector alone finds in the sample (so a sample that is found only
 *   in part, or swallowed by a detector that redacts less, counts as a miss).
 * - `pii`: freshly generated emails, phones (US, UK, DE, FR), payment cards (each issuer, grouped or not), IBANs
 *   (ten countries, grouped or not), SSNs, ITINs, NINOs and SINs, plus the PII detectors' own samples.
 * - `negative`: hard negatives (UUIDs, trace ids, hashes, digests, ULIDs, pod names, thumbnails, epochs, order
 *   numbers, model names, env references, masked values, token counts) and clean agent lines: the line must come
 *   out byte for byte as it went in.
 * Every case also records values that must stay (request, trace and span ids). Reproducible from the seed.
 *
 * Opt-in extensions (off by default, so `npm run eval` and its tests score the corpus they always did), used by the
 * peers benchmark (benchmarks/peers.bench.ts), appended after the cases above so those stay byte for byte the same:
 * - `contextsPerKind`: secrets where agents leak them, each a fresh value with no provider prefix: Authorization
 *   and API-key headers, cookies, password/apiKey/token fields, OAuth form bodies, URL query keys, connection
 *   strings (postgres, mysql, mongodb+srv, redis, amqp), env dumps as objects and as `printenv` text, and the same
 *   in plain-text (non-JSON) log lines; PII under `user.email`-style keys.
 * - `knownSecrets`: values the application registers (a database password, a webhook signing secret), which no
 *   pattern can recognise, planted raw, URL-encoded, base64 (alone and inside `Basic user:secret`), hex and, for
 *   values holding a quote, JSON-escaped inside a JSON string. Kind `known`.
 * - `extraNegativesPerKind`: more look-alikes: ISO timestamps, placeholders (`<YOUR_API_KEY>`, `sk-...your-key`),
 *   sensitive-sounding keys with harmless values (`max_tokens`, `cache_key`, `auth_method`, `token_type`), settings
 *   named after a sensitive word (`secret_scanning.status`, `cookie_consent`), URLs with ids but no credential,
 *   versions and durations, and clean plain-text lines.
 */
export type CaseKind = 'secret' | 'pii' | 'known' | 'negative';

export interface LabelledCase {
  /** Position in the corpus (reported instead of the planted text). */
  readonly index: number;
  readonly kind: CaseKind;
  /** The detector whose sample was planted, the PII format (`pii:iban`), or the hard-negative kind (`negative:uuid`). */
  readonly rule: string;
  /** One pino JSON line, or a plain-text line when `format` is `text`. */
  readonly line: string;
  /** `text` for a plain-text (non-JSON) log line; absent for a pino JSON line. */
  readonly format?: 'text';
  /** Substrings that must not be in any string of the redacted line. */
  readonly mustDisappear: readonly string[];
  /** Substrings that must still be there. */
  readonly mustStay: readonly string[];
}

export interface CorpusOptions {
  readonly seed?: number;
  /** The catalog whose samples are planted; default-enabled detectors only (not opt-in ones). */
  readonly detectors?: readonly Detector[];
  /** Freshly generated PII values per format. */
  readonly piiPerFormat?: number;
  /** Freshly generated hard negatives per kind. */
  readonly negativesPerKind?: number;
  /** Clean agent lines. */
  readonly cleanLines?: number;
  /** Cases per agent-context kind (headers, fields, env dumps, connection strings, plain-text lines). Default 0. */
  readonly contextsPerKind?: number;
  /** Registered secrets to plant in raw and encoded forms (see `benchKnownSecrets`). Default none. */
  readonly knownSecrets?: readonly string[];
  /** Cases per extra hard-negative kind (timestamps, placeholders, harmless keys, plain-text lines). Default 0. */
  readonly extraNegativesPerKind?: number;
}

type Random = () => number;

/** Where a value turns up in an agent's log line, as the fields of the record. */
const SHAPES: readonly ((value: string, random: Random) => Record<string, unknown>)[] = [
  (value, random) => ({ msg: `${pick(random, ['tool call returned', 'agent noted', 'user said', 'retrying with'])} ${value} ${pick(random, ['for ticket 4521', 'then stopped', 'and waited', '(step 3)'])}` }),
  (value) => ({ msg: 'tool call', tool: 'http.request', args: { body: value, retries: 2 } }),
  (value) => ({
    msg: 'tool failed',
    err: { type: 'Error', message: `request failed: ${value}`, stack: `Error: request failed: ${value}\n    at callTool (file:///srv/agent/tools.js:88:11)\n    at async Agent.step (file:///srv/agent/agent.js:41:5)` },
  }),
  (value) => ({ msg: 'llm request', model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Use ${value} when you call the API` }] }),
  (value) => ({ msg: 'raw payload', payload: JSON.stringify({ input: value, attempt: 1 }) }),
  (value) => ({ msg: 'shell output', command: 'cat deploy.conf', stdout: `# deploy.conf\n${value}\n# end` }),
  (value, random) => ({ msg: 'http request', method: 'POST', url: `https://api.example.com/v1/runs/${Math.floor(random() * 1e6)}`, status: 200, note: value }),
];

const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function line(fields: Record<string, unknown>, random: Random, time: number): { text: string; ids: string[] } {
  const reqId = uuid(chars(random, 12));
  const traceId = chars(random, 32, HEX);
  const spanId = chars(random, 16, HEX);
  const record = { level: 30, time, pid: 4242, hostname: 'agent-7', reqId, trace_id: traceId, span_id: spanId, ...fields };
  return { text: JSON.stringify(record), ids: [reqId, traceId, spanId] };
}

/** A planted PII value: the text to plant and the value that must disappear. */
interface Pii {
  readonly format: string;
  readonly text: string;
  readonly value: string;
}

const digits = (random: Random, n: number): string => chars(random, n, DIGITS);
const between = (random: Random, from: number, to: number): number => from + Math.floor(random() * (to - from + 1));


const PII_FORMATS: readonly ((random: Random) => Pii)[] = [
  (random) => {
    const value = `${chars(random, 6, LOWER)}.${chars(random, 7, LOWER)}${digits(random, 2)}@${pick(random, ['example.com', 'mail.example.org', 'corp.example.co.uk', 'example.io'])}`;
    return { format: 'email', text: pick(random, [`contact ${value}`, `"to":"${value}"`, `From: ${value}`]), value };
  },
  (random) => {
    const area = `${between(random, 2, 9)}${digits(random, 2)}`;
    const exchange = `${between(random, 2, 9)}${digits(random, 2)}`;
    const last = digits(random, 4);
    const value = pick(random, [`(${area}) ${exchange}-${last}`, `${area}-${exchange}-${last}`, `+1 ${area} ${exchange} ${last}`, `+1${area}${exchange}${last}`]);
    return { format: 'phone-us', text: `call back at ${value}`, value };
  },
  (random) => {
    const value = pick(random, [`020 7946 ${digits(random, 4)}`, `+44 20 7946 ${digits(random, 4)}`, `07700 900${digits(random, 3)}`, `+44 (0)161 496 ${digits(random, 4)}`]);
    return { format: 'phone-uk', text: `customer phone ${value}`, value };
  },
  (random) => {
    const value = pick(random, [`030 ${digits(random, 8)}`, `+49 30 ${digits(random, 8)}`, `(089) ${digits(random, 4)} ${digits(random, 4)}`, `0151 ${digits(random, 8)}`]);
    return { format: 'phone-de', text: `Telefon: ${value}`, value };
  },
  (random) => {
    const pairs = () => `${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`;
    const value = pick(random, [`0${between(random, 1, 7)} ${pairs()}`, `+33 ${between(random, 1, 7)} ${pairs()}`]);
    return { format: 'phone-fr', text: `tél ${value}`, value };
  },
  (random) => {
    const issuer = pick(random, [
      { prefix: '4', length: 16, sizes: [4, 4, 4, 4] },
      { prefix: String(between(random, 51, 55)), length: 16, sizes: [4, 4, 4, 4] },
      { prefix: String(between(random, 2221, 2720)), length: 16, sizes: [4, 4, 4, 4] },
      { prefix: pick(random, ['34', '37']), length: 15, sizes: [4, 6, 5] },
      { prefix: '6011', length: 16, sizes: [4, 4, 4, 4] },
      { prefix: String(between(random, 3528, 3589)), length: 16, sizes: [4, 4, 4, 4] },
      { prefix: '62', length: 16, sizes: [4, 4, 4, 4] },
    ]);
    const number = withLuhn(issuer.prefix + digits(random, issuer.length - issuer.prefix.length - 1));
    const value = pick(random, [number, groupDigits(number, issuer.sizes, ' '), groupDigits(number, issuer.sizes, '-')]);
    return { format: 'card', text: pick(random, [`card ${value} declined`, `"pan":"${value}"`, `charged ${value}`]), value };
  },
  (random) => {
    const alnum = (n: number) => chars(random, n, DIGITS + UPPER);
    const [country, bban] = pick(random, [
      ['DE', digits(random, 18)],
      ['GB', `${chars(random, 4, UPPER)}${digits(random, 14)}`],
      ['FR', `${digits(random, 10)}${alnum(11)}${digits(random, 2)}`],
      ['NL', `${chars(random, 4, UPPER)}${digits(random, 10)}`],
      ['ES', digits(random, 20)],
      ['IT', `${chars(random, 1, UPPER)}${digits(random, 10)}${alnum(12)}`],
      ['CH', digits(random, 17)],
      ['BE', digits(random, 12)],
      ['PL', digits(random, 24)],
      ['AT', digits(random, 16)],
    ] as const);
    const iban = ibanFor(country, bban);
    const value = random() < 0.5 ? iban : iban.replace(/(.{4})(?!$)/g, '$1 ');
    return { format: 'iban', text: pick(random, [`refund to IBAN ${value}`, `"iban":"${value}"`, `account ${value}`]), value };
  },
  (random) => {
    const area = String(between(random, 1, 899)).padStart(3, '0');
    const ssnArea = area === '666' ? '667' : area;
    const number = `${ssnArea}${String(between(random, 1, 99)).padStart(2, '0')}${String(between(random, 1, 9999)).padStart(4, '0')}`;
    const form = between(random, 0, 2);
    const value = form === 0 ? groupDigits(number, [3, 2, 4], '-') : form === 1 ? groupDigits(number, [3, 2, 4], ' ') : number;
    return { format: 'us-ssn', text: form === 2 ? pick(random, [`ssn=${value}`, `"ssn":"${value}"`, `SSN: ${value}`]) : `applicant ${value}`, value };
  },
  (random) => {
    const group = pick(random, [between(random, 50, 65), between(random, 70, 88), between(random, 90, 92), between(random, 94, 99)]);
    const number = `9${digits(random, 2)}${group}${String(between(random, 1, 9999)).padStart(4, '0')}`;
    const value = random() < 0.5 ? groupDigits(number, [3, 2, 4], '-') : number;
    return { format: 'us-itin', text: /-/.test(value) ? `filed with ${value}` : `itin: ${value}`, value };
  },
  (random) => {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let prefix = `${chars(random, 1, first)}${chars(random, 1, second)}`;
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) prefix = 'AB';
    const body = digits(random, 6);
    const suffix = chars(random, 1, 'ABCD');
    const value = random() < 0.5 ? `${prefix}${body}${suffix}` : `${prefix} ${groupDigits(body, [2, 2, 2], ' ')} ${suffix}`;
    return { format: 'uk-nino', text: `NI number ${value}`, value };
  },
  (random) => {
    const number = withLuhn(`${pick(random, ['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(random, 7)}`);
    const form = between(random, 0, 2);
    const value = form === 0 ? groupDigits(number, [3, 3, 3], '-') : form === 1 ? groupDigits(number, [3, 3, 3], ' ') : number;
    return { format: 'ca-sin', text: form === 2 ? `SIN: ${value}` : `employee ${value}`, value };
  },
];

/** The spans a detector alone finds in a text (its own sample), as strings. */
function spansOf(detector: Detector, text: string): string[] {
  const redactor = createRedactor({ builtins: false, detectors: [detector], keyNames: false });
  return redactor.scan(text).map((finding) => text.slice(finding.start, finding.end));
}

export function labelledCorpus(options: CorpusOptions = {}): LabelledCase[] {
  const random = seeded(options.seed ?? 7);
  const catalog = (options.detectors ?? []).filter((detector) => detector.optIn !== true);
  const cases: LabelledCase[] = [];
  let time = 1732370400000;
  const add = (kind: CaseKind, rule: string, planted: string | undefined, mustDisappear: readonly string[], fields?: Record<string, unknown>): void => {
    time += Math.floor(random() * 50);
    const record = fields ?? pick(random, SHAPES)(planted ?? '', random);
    const { text, ids } = line(record, random, time);
    cases.push({ index: cases.length, kind, rule, line: text, mustDisappear, mustStay: ids });
  };
  /** Two different shapes for each planted value. */
  const plantTwice = (kind: CaseKind, rule: string, planted: string, mustDisappear: readonly string[]): void => {
    const first = Math.floor(random() * SHAPES.length);
    const second = (first + 1 + Math.floor(random() * (SHAPES.length - 1))) % SHAPES.length;
    for (const shape of [first, second]) add(kind, rule, planted, mustDisappear, SHAPES[shape]!(planted, random));
  };

  for (const detector of catalog) {
    for (const sample of detector.samples.positive) {
      const secrets = spansOf(detector, sample);
      if (secrets.length === 0) continue; // the samples test reports it; nothing to score here
      plantTwice(detector.category === 'pii' ? 'pii' : 'secret', detector.id, sample, secrets);
    }
  }
  const piiPerFormat = options.piiPerFormat ?? 40;
  for (const format of PII_FORMATS) {
    for (let i = 0; i < piiPerFormat; i++) {
      const pii = format(random);
      add('pii', `pii:${pii.format}`, pii.text, [pii.value]);
    }
  }
  for (const negative of HARD_NEGATIVE_CASES) plantTwice('negative', `negative:${negative.kind}`, negative.text, []);
  const negativesPerKind = options.negativesPerKind ?? 20;
  for (const kind of HARD_NEGATIVE_KINDS) {
    for (let i = 0; i < negativesPerKind; i++) {
      add('negative', `negative:${kind}`, hardNegative(kind, `corpus-${kind}-${i}-${chars(random, 6)}`), []);
    }
  }
  for (const clean of agentLines(options.cleanLines ?? 300, 0, 11)) {
    cases.push({ index: cases.length, kind: 'negative', rule: 'negative:clean-agent-line', line: clean.line, mustDisappear: [], mustStay: [] });
  }

  // Opt-in extensions, after everything above so that the default corpus does not change.
  const addPlanted = (kind: CaseKind, planted: Planted): void => {
    time += Math.floor(random() * 50);
    if (planted.text !== undefined) {
      const reqId = uuid(chars(random, 12));
      const stamp = new Date(time).toISOString();
      const text = `${stamp} ${planted.level ?? 'INFO'} agent-7 [${reqId}] ${planted.text}`;
      cases.push({ index: cases.length, kind, rule: planted.rule, line: text, format: 'text', mustDisappear: planted.values, mustStay: [reqId] });
      return;
    }
    const { text, ids } = line(planted.fields ?? {}, random, time);
    cases.push({ index: cases.length, kind, rule: planted.rule, line: text, mustDisappear: planted.values, mustStay: ids });
  };
  for (let i = 0; i < (options.contextsPerKind ?? 0); i++) {
    for (const context of SECRET_CONTEXTS) addPlanted('secret', context(random));
    for (const context of PII_CONTEXTS) addPlanted('pii', context(random));
  }
  const known = options.knownSecrets ?? [];
  for (const [at, secret] of known.entries()) {
    for (const form of knownForms(secret, at, random)) addPlanted('known', form);
  }
  for (let i = 0; i < (options.extraNegativesPerKind ?? 0); i++) {
    for (const negative of EXTRA_NEGATIVES) addPlanted('negative', { ...negative(random), values: [] });
  }
  return cases;
}

/** A value planted by an opt-in extension: JSON fields, or the message of a plain-text line. */
interface Planted {
  readonly rule: string;
  readonly fields?: Record<string, unknown>;
  readonly text?: string;
  readonly level?: string;
  /** What must disappear (empty for a negative). */
  readonly values: readonly string[];
}

const SYMBOLS = '!#%*+-=?@^_~';
/** An opaque credential of the kind a service issues without a recognisable prefix. */
const opaque = (random: Random, n = 32): string => chars(random, n);
/** A password a person picks: letters, digits and a symbol or two. */
const password = (random: Random): string =>
  `${pick(random, ['Tr0ub4dor', 'Summer', 'Orbit', 'Velvet', 'Kestrel', 'Maple'])}${pick(random, SYMBOLS.split(''))}${digits(random, 2)}${chars(random, 6, LOWER + UPPER + DIGITS)}${pick(random, SYMBOLS.split(''))}`;
/** A password that is safe inside a URL's userinfo without encoding. */
const urlPassword = (random: Random): string => `${chars(random, 4, UPPER)}${chars(random, 6, LOWER)}${digits(random, 3)}${pick(random, ['-', '_', '.', '~'])}${chars(random, 5, LOWER + DIGITS)}`;
const HOSTS = ['db.internal', 'pg-primary.prod.svc.cluster.local', '10.0.4.17', 'mysql.example.net', 'cache.internal'];

function connectionString(random: Random): { url: string; secret: string } {
  const secret = urlPassword(random);
  const user = pick(random, ['app', 'agent', 'svc_reporting', 'admin', 'readonly']);
  const url = pick(random, [
    `postgres://${user}:${secret}@${pick(random, HOSTS)}:5432/agent?sslmode=require`,
    `postgresql://${user}:${secret}@${pick(random, HOSTS)}/app`,
    `mysql://${user}:${secret}@${pick(random, HOSTS)}:3306/orders`,
    `mongodb+srv://${user}:${secret}@cluster0.ab1cd.mongodb.net/agent?retryWrites=true&w=majority`,
    `redis://:${secret}@${pick(random, HOSTS)}:6379/0`,
    `amqps://${user}:${secret}@rabbit.internal:5671/agent`,
  ]);
  return { url, secret };
}

const SECRET_CONTEXTS: readonly ((random: Random) => Planted)[] = [
  (random) => {
    const token = opaque(random, 40);
    return {
      rule: 'context:authorization-header',
      values: [token],
      fields: { msg: 'http request', method: 'POST', url: 'https://api.partner.example/v2/orders', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: '*/*' } },
    };
  },
  (random) => {
    const key = opaque(random, 32);
    return { rule: 'context:api-key-header', values: [key], fields: { msg: 'http request', method: 'GET', url: 'https://api.weather.example/v1/forecast?city=Berlin', headers: { 'x-api-key': key, 'user-agent': 'agent/1.4.2' } } };
  },
  (random) => {
    const session = opaque(random, 48);
    return { rule: 'context:cookie-header', values: [session], fields: { msg: 'http request', method: 'GET', url: 'https://app.example.com/api/me', headers: { cookie: `theme=dark; session=${session}; lang=en` } } };
  },
  (random) => {
    const secret = password(random);
    return { rule: 'context:password-field', values: [secret], fields: { msg: 'tool call', tool: 'sftp.connect', args: { host: 'files.example.com', username: 'svc-reporting', password: secret, port: 22 } } };
  },
  (random) => {
    const key = opaque(random, 36);
    return { rule: 'context:api-key-field', values: [key], fields: { msg: 'client configured', config: { baseUrl: 'https://api.vendor.example', apiKey: key, timeoutMs: 30000 } } };
  },
  (random) => {
    const token = opaque(random, 44);
    return { rule: 'context:token-field', values: [token], fields: { msg: 'session refreshed', session: { token, expires_in: 3600, token_type: 'Bearer' } } };
  },
  (random) => {
    const secret = opaque(random, 40);
    return {
      rule: 'context:oauth-form-body',
      values: [secret],
      fields: { msg: 'tool call', tool: 'http.request', args: { method: 'POST', url: 'https://auth.example.com/oauth/token', body: `grant_type=client_credentials&client_id=agent-7&client_secret=${secret}&scope=read` } },
    };
  },
  (random) => {
    const key = opaque(random, 32);
    return { rule: 'context:url-query-key', values: [key], fields: { msg: 'http request', method: 'GET', url: `https://maps.example.com/api/geocode?address=Main+St&api_key=${key}&page=2`, status: 200 } };
  },
  (random) => {
    const { url, secret } = connectionString(random);
    return { rule: 'context:connection-string', values: [secret], fields: { msg: `connecting to ${url}`, attempt: Math.floor(random() * 3) + 1 } };
  },
  (random) => {
    const { url, secret } = connectionString(random);
    return { rule: 'context:connection-string-field', values: [secret], fields: { msg: 'pool created', db: { url, poolSize: 10 } } };
  },
  (random) => {
    const db = connectionString(random);
    const session = opaque(random, 40);
    const webhook = opaque(random, 32);
    return {
      rule: 'context:env-object',
      values: [db.secret, session, webhook],
      fields: { msg: 'startup config', env: { NODE_ENV: 'production', PORT: '8080', LOG_LEVEL: 'info', DATABASE_URL: db.url, SESSION_SECRET: session, WEBHOOK_SIGNING_SECRET: webhook, REGION: 'eu-west-1' } },
    };
  },
  (random) => {
    const db = connectionString(random);
    const jwt = opaque(random, 48);
    const password2 = password(random);
    const stdout = [`HOSTNAME=agent-7`, `NODE_ENV=production`, `DATABASE_URL=${db.url}`, `JWT_SECRET=${jwt}`, `SMTP_PASSWORD=${password2}`, `PORT=8080`, `HOME=/home/agent`].join('\n');
    return { rule: 'context:env-dump-text', values: [db.secret, jwt, password2], fields: { msg: 'shell output', command: 'printenv', exitCode: 0, stdout } };
  },
  (random) => {
    const { url, secret } = connectionString(random);
    return { rule: 'context:text-connection-string', level: 'ERROR', values: [secret], text: `database connect failed for ${url}: ECONNREFUSED` };
  },
  (random) => {
    const token = opaque(random, 40);
    return { rule: 'context:text-authorization', level: 'DEBUG', values: [token], text: `> POST /v2/orders HTTP/1.1 Host: api.partner.example Authorization: Bearer ${token} Content-Type: application/json` };
  },
  (random) => {
    const secret = password(random);
    const key = opaque(random, 32);
    return { rule: 'context:text-env', level: 'WARN', values: [secret, key], text: `config loaded: DB_PASSWORD=${secret} API_KEY=${key} REGION=eu-west-1` };
  },
];

const PII_CONTEXTS: readonly ((random: Random) => Planted)[] = [
  (random) => {
    const email = `${chars(random, 5, LOWER)}.${chars(random, 6, LOWER)}@${pick(random, ['example.com', 'example.org'])}`;
    const phone = `+1 ${between(random, 2, 9)}${digits(random, 2)} ${between(random, 2, 9)}${digits(random, 2)} ${digits(random, 4)}`;
    return { rule: 'context:pii-user-object', values: [email, phone], fields: { msg: 'customer loaded', user: { id: between(random, 1000, 99999), email, phone, plan: 'pro' } } };
  },
  (random) => {
    const email = `${chars(random, 7, LOWER)}${digits(random, 2)}@${pick(random, ['example.com', 'example.io'])}`;
    return { rule: 'context:pii-text-line', values: [email], text: `password reset requested by ${email} (ticket 4521)` };
  },
];

const WORD_LIST = ['velvet', 'orbit', 'tangerine', 'harbor', 'quartz', 'meadow', 'ember', 'falcon', 'lantern', 'cobalt'];

/**
 * Registered secrets of the kinds an application knows at start-up and no pattern can recognise: passphrases,
 * internal tokens, passwords with symbols, one with a quote. Deterministic for a seed.
 */
export function benchKnownSecrets(count = 8, seed = 99): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    switch (i % 4) {
      case 0:
        out.push(`${pick(random, WORD_LIST)}-${pick(random, WORD_LIST)}-${digits(random, 2)}-${pick(random, WORD_LIST)}`);
        break;
      case 1:
        out.push(`int_${chars(random, 24)}`);
        break;
      case 2:
        out.push(`P@ss:${chars(random, 6)}/${digits(random, 3)}+${chars(random, 3, LOWER)}`);
        break;
      default:
        out.push(`q"${chars(random, 8)}\\${digits(random, 3)}`);
    }
  }
  return out;
}

/** The base64 characters that depend on `bytes[from, from+length)` alone, in the base64 of `bytes`. */
function base64Core(bytes: Buffer, from: number, length: number, urlSafe = false): string {
  const encoded = bytes.toString(urlSafe ? 'base64url' : 'base64');
  const first = Math.ceil((8 * from) / 6);
  const last = Math.floor((8 * (from + length)) / 6) - 1;
  return encoded.slice(first, last + 1);
}

/** Every form a registered secret is planted in: raw, URL-encoded, base64 alone and in Basic auth, hex, JSON-escaped. */
function knownForms(secret: string, at: number, random: Random): Planted[] {
  const bytes = Buffer.from(secret, 'utf8');
  const urlEncoded = encodeURIComponent(secret);
  const userinfo = Buffer.from(`svc-${at}:${secret}`, 'utf8');
  const forms: Planted[] = [
    { rule: 'known:raw', values: [secret], fields: { msg: `tool call returned ${secret} for the vault lookup`, tool: 'vault.read' } },
    { rule: 'known:raw', values: [secret], fields: { msg: 'tool call', tool: 'db.connect', args: { dsn: `host=db.internal user=app pass=${secret}` } } },
    { rule: 'known:raw', values: [secret], text: `retrying with ${secret} (attempt 2)` },
    { rule: 'known:url-encoded', values: [urlEncoded], fields: { msg: 'webhook delivered', url: `https://hooks.example.com/in?sig=${urlEncoded}&v=2`, status: 204 } },
    { rule: 'known:base64', values: [base64Core(bytes, 0, bytes.length)], fields: { msg: 'raw payload', payload: `cfg=${bytes.toString('base64')}` } },
    { rule: 'known:base64url', values: [base64Core(bytes, 0, bytes.length, true)], fields: { msg: 'state param', state: bytes.toString('base64url') } },
    {
      rule: 'known:basic-auth',
      values: [base64Core(userinfo, userinfo.length - bytes.length, bytes.length)],
      fields: { msg: 'shell output', command: 'curl -v https://registry.internal/v2/', stdout: `> GET /v2/ HTTP/1.1\n> Authorization: Basic ${userinfo.toString('base64')}\n< HTTP/1.1 200 OK` },
    },
    { rule: 'known:hex', values: [bytes.toString('hex')], fields: { msg: 'frame dump', frame: `00ff${bytes.toString('hex')}0a`, length: bytes.length + 3 } },
  ];
  if (/["\\]/.test(secret)) {
    forms.push({ rule: 'known:json-escaped', values: [secret], fields: { msg: 'raw payload', payload: JSON.stringify({ input: `login with ${secret}`, attempt: 1 }) } });
  }
  // The plain-text form only once in a while, so that JSON lines stay the bulk of the corpus.
  return forms.filter((form) => form.text === undefined || random() < 0.5);
}

const EXTRA_NEGATIVES: readonly ((random: Random) => Omit<Planted, 'values'>)[] = [
  (random) => ({ rule: 'negative:iso-timestamp', fields: { msg: 'job scheduled', runAt: new Date(1732370400000 + Math.floor(random() * 1e9)).toISOString(), cron: '*/5 * * * *' } }),
  (random) => ({
    rule: 'negative:placeholder',
    fields: {
      msg: 'config template rendered',
      template: pick(random, [
        'OPENAI_API_KEY=<YOUR_API_KEY>',
        'export STRIPE_KEY=sk_test_your_key_here',
        'api_key: "YOUR_API_KEY_HERE"',
        'Authorization: Bearer <token>',
        'password: <your-password>',
        'DATABASE_URL=postgres://user:password@localhost:5432/db',
      ]),
    },
  }),
  (random) => ({
    rule: 'negative:harmless-sensitive-keys',
    fields: {
      msg: 'llm usage',
      usage: { prompt_tokens: between(random, 100, 9000), completion_tokens: between(random, 10, 900), max_tokens: 4096 },
      cache_key: `plan:${chars(random, 24, HEX)}`,
      tokenizer: 'cl100k_base',
      auth_method: pick(random, ['oauth', 'api_key', 'none']),
      password_reset_required: false,
      token_type: 'Bearer',
    },
  }),
  // Settings whose names hold a sensitive word and whose values are switches (GitHub's repository API returns
  // `security_and_analysis`; consent banners log `cookie_consent`).
  (random) => ({
    rule: 'negative:settings-keys',
    fields: {
      msg: 'tool call returned',
      tool: 'github.get_repo',
      result: {
        full_name: `acme/${pick(random, ['agent', 'web', 'infra'])}`,
        security_and_analysis: { secret_scanning: { status: pick(random, ['enabled', 'disabled']) }, secret_scanning_push_protection: { status: 'disabled' } },
      },
      cookie_consent: pick(random, ['accepted', 'rejected']),
    },
  }),
  (random) => ({ rule: 'negative:url-without-credentials', fields: { msg: 'http request', url: `https://api.example.com/v1/orders/${digits(random, 8)}/items?page=${between(random, 1, 9)}&limit=50&sort=-created_at`, status: 200 } }),
  (random) => ({ rule: 'negative:version-duration', fields: { msg: `deployed agent v${between(random, 1, 4)}.${between(random, 0, 30)}.${between(random, 0, 99)} in ${between(random, 100, 9999)} ms`, node: 'v20.20.2', port: 8080 } }),
  (random) => ({ rule: 'negative:clean-text-line', text: `tool ${pick(random, ['crm.lookup', 'web.search', 'sql.query'])} finished in ${between(random, 5, 900)} ms, ${between(random, 1, 50)} rows, step ${between(random, 1, 9)}` }),
];

export interface RuleScore {
  readonly rule: string;
  readonly kind: CaseKind;
  total: number;
  passed: number;
  /** Case indices that failed. */
  readonly failed: number[];
}

export interface CorpusScore {
  readonly secrets: { total: number; caught: number };
  readonly pii: { total: number; caught: number };
  /** Registered secrets in raw and encoded forms (cases of kind `known`; none unless the corpus plants them). */
  readonly known: { total: number; caught: number };
  readonly negatives: { total: number; untouched: number };
  /** Cases whose input line is JSON (the denominator of `invalidJson`). */
  readonly jsonLines: number;
  /** Cases where a value that must stay (ids) was redacted. */
  readonly collateral: number[];
  /** Cases whose input was a JSON line and whose redacted line was not valid JSON. */
  readonly invalidJson: number[];
  readonly rules: readonly RuleScore[];
}

/** Every string of a parsed JSON value (keys too), joined: the text a reader of the redacted line would see. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      strings(item, out);
    }
  }
  return out;
}

/** A value is present when it appears as is, or escaped once more (inside a JSON string that holds JSON). */
function present(text: string, value: string): boolean {
  return text.includes(value) || text.includes(JSON.stringify(value).slice(1, -1));
}

/** Scores a redaction function on the corpus. */
export function scoreLabelledCorpus(cases: readonly LabelledCase[], redactLine: (line: string) => string): CorpusScore {
  const score = {
    secrets: { total: 0, caught: 0 },
    pii: { total: 0, caught: 0 },
    known: { total: 0, caught: 0 },
    negatives: { total: 0, untouched: 0 },
    jsonLines: 0,
    collateral: [] as number[],
    invalidJson: [] as number[],
  };
  const rules = new Map<string, RuleScore>();
  for (const item of cases) {
    const output = redactLine(item.line);
    let text: string | undefined;
    if (item.format === 'text') {
      text = output;
    } else {
      score.jsonLines++;
      try {
        text = strings(JSON.parse(output), []).join('\n');
      } catch {
        score.invalidJson.push(item.index);
      }
    }
    let passed: boolean;
    if (item.kind === 'negative') {
      passed = output === item.line;
      score.negatives.total++;
      if (passed) score.negatives.untouched++;
    } else {
      passed = text !== undefined && item.mustDisappear.every((value) => !present(text!, value));
      const bucket = item.kind === 'secret' ? score.secrets : item.kind === 'known' ? score.known : score.pii;
      bucket.total++;
      if (passed) bucket.caught++;
    }
    if (text !== undefined && item.mustStay.some((value) => !present(text!, value))) score.collateral.push(item.index);
    let rule = rules.get(item.rule);
    if (rule === undefined) {
      rule = { rule: item.rule, kind: item.kind, total: 0, passed: 0, failed: [] };
      rules.set(item.rule, rule);
    }
    rule.total++;
    if (passed) rule.passed++;
    else rule.failed.push(item.index);
  }
  return { ...score, rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)) };
}
