/**
 * Hard negatives: values that agent logs are full of and that look random, long or secret-adjacent without being
 * secrets or personal data. The generic and entropy-based detectors list all of them among their negative samples
 * (where the harness runs each in every log-shaped context), the catalog test runs every default detector over
 * them, and the labelled evaluation corpus plants fresh variants (`hardNegative(kind, seed)`) in agent lines.
 *
 * Each value sits after a neutral label (`commit`, `trace_id=`), as it does in logs: a bare UUID after `Bearer`
 * is a plausible credential (some APIs issue UUID tokens), a commit hash after `commit` is not.
 */
import { ALNUM, DIGITS, HEX, LOWER, fake } from './sample.js';

export type HardNegativeKind =
  | 'uuid'
  | 'trace-id'
  | 'git-sha'
  | 'sha256'
  | 'sha512'
  | 'npm-integrity'
  | 'docker-digest'
  | 'ulid'
  | 'k8s-pod'
  | 'base64-thumbnail'
  | 'epoch'
  | 'order-number'
  | 'model-name'
  | 'env-reference'
  | 'masked'
  | 'token-count';

export interface HardNegative {
  readonly kind: HardNegativeKind;
  readonly text: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Kubernetes' name suffix alphabet: no vowels, no 0/1/3 (so generated names never spell words). */
const K8S = 'bcdfghjklmnpqrstvwxz2456789';

export const uuid = (seed: string): string => {
  const h = (part: string, n: number): string => fake(`${seed}-${part}`, n, HEX);
  return `${h('a', 8)}-${h('b', 4)}-4${h('c', 3)}-${fake(`${seed}-v`, 1, '89ab')}${h('d', 3)}-${h('e', 12)}`;
};

/** Base64 of bytes that start like a PNG file: the shape of an inline thumbnail. */
function pngBase64(seed: string, bytes: number): string {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  return Buffer.concat([header, Buffer.from(fake(seed, bytes * 2, HEX), 'hex')]).toString('base64');
}

const MODELS = [
  'gpt-4o-2024-08-06',
  'gpt-4.1-mini',
  'claude-3-5-sonnet-20241022',
  'claude-sonnet-4-20250514',
  'gemini-2.5-flash',
  'text-embedding-3-large',
  'meta-llama/Llama-3.1-70B-Instruct',
  'mistral-large-2411',
];

/** A fresh value of the given kind, after its usual label; the same seed always gives the same text. */
export function hardNegative(kind: HardNegativeKind, seed: string): string {
  const pick = <T>(items: readonly T[]): T => items[DIGITS.indexOf(fake(`${seed}-pick`, 1, DIGITS)) % items.length]!;
  switch (kind) {
    case 'uuid':
      return pick([`request_id=${uuid(seed)}`, `"x-request-id": "${uuid(seed)}"`, `conversation ${uuid(seed)} resumed`]);
    case 'trace-id':
      return pick([
        `trace_id=${fake(`${seed}-t`, 32, HEX)} span_id=${fake(`${seed}-s`, 16, HEX)}`,
        `propagating traceparent: 00-${fake(`${seed}-t`, 32, HEX)}-${fake(`${seed}-s`, 16, HEX)}-01`,
        `"spanId":"${fake(`${seed}-s`, 16, HEX)}","traceId":"${fake(`${seed}-t`, 32, HEX)}"`,
      ]);
    case 'git-sha':
      return pick([
        `commit ${fake(seed, 40, HEX)}`,
        `HEAD is now at ${fake(seed, 7, HEX)} fix: retry on 429`,
        `"sha": "${fake(seed, 40, HEX)}"`,
      ]);
    case 'sha256':
      return pick([`verified ${fake(seed, 64, HEX)}  dist/agent.tgz`, `"checksum": "sha256:${fake(seed, 64, HEX)}"`, `etag ${fake(seed, 64, HEX)}`]);
    case 'sha512':
      return `sha512 ${fake(seed, 128, HEX)}`;
    case 'npm-integrity':
      return `"integrity": "sha512-${Buffer.from(fake(seed, 128, HEX), 'hex').toString('base64')}"`;
    case 'docker-digest':
      return pick([
        `image: ghcr.io/acme/agent@sha256:${fake(seed, 64, HEX)}`,
        `Digest: sha256:${fake(seed, 64, HEX)}`,
      ]);
    case 'ulid':
      return `run_id=${fake(`${seed}-t`, 1, '01234567')}${fake(seed, 25, CROCKFORD)}`;
    case 'k8s-pod':
      return `scheduled pod=${pick(['api', 'agent-worker', 'web'])}-${fake(`${seed}-rs`, 9, K8S)}-${fake(`${seed}-p`, 5, K8S)}`;
    case 'base64-thumbnail':
      return `"thumbnail":"data:image/png;base64,${pngBase64(seed, 300)}"`;
    case 'epoch':
      return pick([`"ts": 17${fake(seed, 8, DIGITS)}`, `time=17${fake(seed, 11, DIGITS)}`, `expires_at=17${fake(seed, 8, DIGITS)}`]);
    case 'order-number':
      return pick([
        `order #20240${fake(seed, 11, DIGITS)}`,
        `created order ORD-2024${fake(seed, 4, DIGITS)}-${fake(`${seed}-n`, 6, DIGITS)}`,
        `invoice INV-${fake(seed, 4, DIGITS)}-${fake(`${seed}-n`, 4, DIGITS)}`,
      ]);
    case 'model-name':
      return `selected model=${pick(MODELS)}`;
    case 'env-reference':
      return pick([
        'api_key: ${OPENAI_API_KEY}',
        'Authorization: Bearer ${OPENAI_API_KEY}',
        'token = process.env.GITHUB_TOKEN',
        'password=$DB_PASSWORD',
        '"apiKey": "{{ secrets.ANTHROPIC_API_KEY }}"',
        'os.environ["AWS_SECRET_ACCESS_KEY"]',
        'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}',
        'https://deploy:${GIT_PASSWORD}@git.example.com/org/repo.git',
      ]);
    case 'masked':
      return pick([
        'api_key: ****',
        '"password": "********"',
        'token=[REDACTED]',
        'Authorization: Bearer ****',
        'Authorization: Basic [REDACTED]',
        'aws_secret_access_key=****************************************',
        'https://deploy:****@git.example.com/org/repo.git',
        'secret: [REDACTED:generic-credential]',
      ]);
    case 'token-count':
      return pick([
        `prompt_tokens=${fake(seed, 4, DIGITS)} completion_tokens=${fake(`${seed}-c`, 3, DIGITS)}`,
        `"usage": {"prompt_tokens": 8${fake(seed, 2, DIGITS)}, "total_tokens": 9${fake(`${seed}-t`, 2, DIGITS)}}`,
        `max_tokens: 4096`,
        `tokens used: ${fake(seed, 4, DIGITS)} of ${fake(`${seed}-m`, 5, DIGITS)}`,
      ]);
  }
}

/** One fixed list that covers every form each kind takes (a fixed sample of each generator, plus constant forms). */
export const HARD_NEGATIVE_CASES: readonly HardNegative[] = [
  { kind: 'uuid', text: `request_id=${uuid('hn-uuid-1')}` },
  { kind: 'uuid', text: `"x-request-id": "${uuid('hn-uuid-2')}"` },
  { kind: 'uuid', text: `conversation ${uuid('hn-uuid-3')} resumed` },
  { kind: 'uuid', text: `resource urn:uuid:${uuid('hn-uuid-4').toUpperCase()}` },
  { kind: 'trace-id', text: `trace_id=${fake('hn-trace', 32, HEX)} span_id=${fake('hn-span', 16, HEX)}` },
  { kind: 'trace-id', text: `propagating traceparent: 00-${fake('hn-trace-2', 32, HEX)}-${fake('hn-span-2', 16, HEX)}-01` },
  { kind: 'trace-id', text: `"spanId":"${fake('hn-span-3', 16, HEX)}","traceId":"${fake('hn-trace-3', 32, HEX)}"` },
  { kind: 'trace-id', text: `X-Amzn-Trace-Id: Root=1-${fake('hn-xray-t', 8, HEX)}-${fake('hn-xray', 24, HEX)}` },
  { kind: 'git-sha', text: `commit ${fake('hn-sha1', 40, HEX)}` },
  { kind: 'git-sha', text: `HEAD is now at ${fake('hn-sha1-short', 7, HEX)} fix: retry on 429` },
  { kind: 'git-sha', text: `"sha": "${fake('hn-sha1-2', 40, HEX)}"` },
  { kind: 'sha256', text: `verified ${fake('hn-sha256', 64, HEX)}  dist/agent.tgz` },
  { kind: 'sha256', text: `"checksum": "sha256:${fake('hn-sha256-2', 64, HEX)}"` },
  { kind: 'sha512', text: `sha512 ${fake('hn-sha512', 128, HEX)}` },
  { kind: 'npm-integrity', text: hardNegative('npm-integrity', 'hn-npm') },
  { kind: 'npm-integrity', text: `integrity sha1-${Buffer.from(fake('hn-npm-sha1', 40, HEX), 'hex').toString('base64')}` },
  { kind: 'docker-digest', text: `image: ghcr.io/acme/agent@sha256:${fake('hn-docker', 64, HEX)}` },
  { kind: 'docker-digest', text: `Digest: sha256:${fake('hn-docker-2', 64, HEX)}` },
  { kind: 'ulid', text: hardNegative('ulid', 'hn-ulid') },
  { kind: 'ulid', text: `"id":"01${fake('hn-ulid-2', 24, CROCKFORD)}"` },
  { kind: 'k8s-pod', text: hardNegative('k8s-pod', 'hn-pod') },
  { kind: 'k8s-pod', text: 'pod api-7d9f8b6c5-x2x9z restarted (OOMKilled)' },
  { kind: 'base64-thumbnail', text: hardNegative('base64-thumbnail', 'hn-thumb') },
  { kind: 'base64-thumbnail', text: `rendered ![preview](data:image/jpeg;base64,${pngBase64('hn-thumb-2', 120)})` },
  { kind: 'epoch', text: '"ts": 1732370400' },
  { kind: 'epoch', text: 'time=1732370400123' },
  { kind: 'epoch', text: 'expires_at=1732374000 issued_at=1732370400' },
  { kind: 'order-number', text: 'order #2024011500012345' },
  { kind: 'order-number', text: 'created order ORD-20240115-000123' },
  { kind: 'order-number', text: 'invoice INV-0042-7781 paid' },
  { kind: 'order-number', text: `tracking 1Z${fake('hn-ups', 16, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}` },
  ...MODELS.map((model) => ({ kind: 'model-name' as const, text: `selected model=${model}` })),
  { kind: 'env-reference', text: 'api_key: ${OPENAI_API_KEY}' },
  { kind: 'env-reference', text: 'Authorization: Bearer ${OPENAI_API_KEY}' },
  { kind: 'env-reference', text: 'token = process.env.GITHUB_TOKEN' },
  { kind: 'env-reference', text: 'password=$DB_PASSWORD' },
  { kind: 'env-reference', text: '"apiKey": "{{ secrets.ANTHROPIC_API_KEY }}"' },
  { kind: 'env-reference', text: 'os.environ["AWS_SECRET_ACCESS_KEY"]' },
  { kind: 'env-reference', text: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}' },
  { kind: 'env-reference', text: 'https://deploy:${GIT_PASSWORD}@git.example.com/org/repo.git' },
  { kind: 'env-reference', text: 'Authorization: Basic ${BASIC_AUTH}' },
  { kind: 'masked', text: 'api_key: ****' },
  { kind: 'masked', text: '"password": "********"' },
  { kind: 'masked', text: 'token=[REDACTED]' },
  { kind: 'masked', text: 'Authorization: Bearer ****' },
  { kind: 'masked', text: 'Authorization: Bearer [REDACTED]' },
  { kind: 'masked', text: 'Authorization: Basic [REDACTED]' },
  { kind: 'masked', text: 'aws_secret_access_key=****************************************' },
  { kind: 'masked', text: 'https://deploy:****@git.example.com/org/repo.git' },
  { kind: 'masked', text: 'secret: [REDACTED:generic-credential]' },
  { kind: 'masked', text: `api_key=sk-...${fake('hn-mask-tail', 4, ALNUM)}` },
  { kind: 'token-count', text: 'prompt_tokens=812 completion_tokens=64' },
  { kind: 'token-count', text: '"usage": {"prompt_tokens": 812, "completion_tokens": 64, "total_tokens": 876}' },
  { kind: 'token-count', text: 'max_tokens: 4096' },
  { kind: 'token-count', text: 'tokens used: 4521 of 128000' },
  { kind: 'token-count', text: `the ${fake('hn-word', 6, LOWER)} token budget is 8000` },
];

/** The texts of HARD_NEGATIVE_CASES, for `samples.negative`. */
export const HARD_NEGATIVES: readonly string[] = HARD_NEGATIVE_CASES.map((negative) => negative.text);

/** Every kind, for generators that plant one of each. */
export const HARD_NEGATIVE_KINDS: readonly HardNegativeKind[] = [...new Set(HARD_NEGATIVE_CASES.map((negative) => negative.kind))];


