import { chars, pick, seeded } from './random.js';
import { agentLines } from './agent-lines.js';
import { createRedactor } from '../../src/redactor.js';
import { HARD_NEGATIVE_CASES, HARD_NEGATIVE_KINDS, hardNegative, uuid } from '../../detectors/lib/hard-negatives.js';
import { ibanFor, withLuhn } from '../../detectors/lib/sample.js';
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
 */
export type CaseKind = 'secret' | 'pii' | 'negative';

export interface LabelledCase {
  /** Position in the corpus (reported instead of the planted text). */
  readonly index: number;
  readonly kind: CaseKind;
  /** The detector whose sample was planted, the PII format (`pii:iban`), or the hard-negative kind (`negative:uuid`). */
  readonly rule: string;
  /** One pino JSON line. */
  readonly line: string;
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

function groups(number: string, sizes: readonly number[], separator: string): string {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(number.slice(at, at + size));
    at += size;
  }
  return out.join(separator);
}

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
    const value = pick(random, [number, groups(number, issuer.sizes, ' '), groups(number, issuer.sizes, '-')]);
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
    const value = form === 0 ? groups(number, [3, 2, 4], '-') : form === 1 ? groups(number, [3, 2, 4], ' ') : number;
    return { format: 'us-ssn', text: form === 2 ? pick(random, [`ssn=${value}`, `"ssn":"${value}"`, `SSN: ${value}`]) : `applicant ${value}`, value };
  },
  (random) => {
    const group = pick(random, [between(random, 50, 65), between(random, 70, 88), between(random, 90, 92), between(random, 94, 99)]);
    const number = `9${digits(random, 2)}${group}${String(between(random, 1, 9999)).padStart(4, '0')}`;
    const value = random() < 0.5 ? groups(number, [3, 2, 4], '-') : number;
    return { format: 'us-itin', text: /-/.test(value) ? `filed with ${value}` : `itin: ${value}`, value };
  },
  (random) => {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let prefix = `${chars(random, 1, first)}${chars(random, 1, second)}`;
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) prefix = 'AB';
    const body = digits(random, 6);
    const suffix = chars(random, 1, 'ABCD');
    const value = random() < 0.5 ? `${prefix}${body}${suffix}` : `${prefix} ${groups(body, [2, 2, 2], ' ')} ${suffix}`;
    return { format: 'uk-nino', text: `NI number ${value}`, value };
  },
  (random) => {
    const number = withLuhn(`${pick(random, ['1', '2', '3', '4', '5', '6', '7', '9'])}${digits(random, 7)}`);
    const form = between(random, 0, 2);
    const value = form === 0 ? groups(number, [3, 3, 3], '-') : form === 1 ? groups(number, [3, 3, 3], ' ') : number;
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
  return cases;
}

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
  readonly negatives: { total: number; untouched: number };
  /** Cases where a value that must stay (ids) was redacted. */
  readonly collateral: number[];
  /** Cases whose redacted line was not valid JSON. */
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
    negatives: { total: 0, untouched: 0 },
    collateral: [] as number[],
    invalidJson: [] as number[],
  };
  const rules = new Map<string, RuleScore>();
  for (const item of cases) {
    const output = redactLine(item.line);
    let text: string | undefined;
    try {
      text = strings(JSON.parse(output), []).join('\n');
    } catch {
      score.invalidJson.push(item.index);
    }
    let passed: boolean;
    if (item.kind === 'negative') {
      passed = output === item.line;
      score.negatives.total++;
      if (passed) score.negatives.untouched++;
    } else {
      passed = text !== undefined && item.mustDisappear.every((value) => !present(text!, value));
      const bucket = item.kind === 'secret' ? score.secrets : score.pii;
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
