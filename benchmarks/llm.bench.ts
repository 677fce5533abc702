/**
 * What logveil/llm adds to a model call. (1) Per request: a 32 KB chat-completions body with a long
 * tool-result history (20 tool calls and their JSON results, 5 planted values), scrubbed as guardFetch does it
 * (JSON.parse, walk and scan, JSON.stringify), beside JSON.parse + JSON.stringify of the same body in the same
 * run; and the whole guardFetch call against an in-memory fetch, beside that fetch alone. (2) Time to first
 * token: from calling fetch to reading the first server-sent event of a streamed answer, guarded and not.
 */
import { guardFetch } from '../src/llm/index.js';
import { LlmGuard } from '../src/llm/guard.js';
import { withGithubChecksum } from '../src/validators/index.js';
import { fake } from '../detectors/lib/sample.js';
import { measureRounds, median, round } from './lib/measure.js';
import type { BenchCheck, BenchOptions, BenchReport, BenchRow, BenchScenario } from './lib/scenario.js';

const URL_ = 'http://model.local/v1/chat/completions';
const EMAILS = ['mara.quint@corp.example.org', 'olu.baker@corp.example.org', 'ines.vo@corp.example.org'];
const TOKENS = ['ghp_' + withGithubChecksum(fake('bench-llm-1', 30)), `sk_live_${fake('bench-llm-2', 24)}`];

function body(): string {
  const messages: unknown[] = [
    { role: 'system', content: 'You are an operations agent. Use the tools to inspect services and answer briefly. '.repeat(6) },
    { role: 'user', content: `Check why the billing service fails for ${EMAILS[0]} and fix it.` },
  ];
  for (let i = 0; i < 20; i++) {
    const args = { service: `billing-${i}`, region: 'eu-west-1', verbose: true };
    messages.push({ role: 'assistant', content: null, tool_calls: [{ id: `call_${i}`, type: 'function', function: { name: 'inspect', arguments: JSON.stringify(args) } }] });
    const result: Record<string, unknown> = {
      status: 200,
      service: `billing-${i}`,
      replicas: [1, 2, 3].map((n) => ({ id: `pod-${i}-${n}`, ready: n !== 2, restarts: n * i, image: `registry.internal/billing:${1000 + i}`, node: `ip-10-0-${i}-${n}.eu-west-1.compute.internal` })),
      events: Array.from({ length: 8 }, (_, n) => `2026-12-02T10:${String(n).padStart(2, '0')}:00Z pod-${i}-${n % 3} Back-off restarting failed container (exit code ${n})`),
      config: { timeout_ms: 3000, retries: 3, max_tokens: 512, feature_flags: ['a', 'b', 'c'] },
    };
    if (i === 4) result.owner = EMAILS[1];
    if (i === 9) result.env = `STRIPE_KEY=${TOKENS[1]}`;
    if (i === 14) result.notes = `escalate to ${EMAILS[2]}`;
    if (i === 17) result.deploy = `git push https://x:${TOKENS[0]}@github.com/acme/billing.git`;
    messages.push({ role: 'tool', tool_call_id: `call_${i}`, content: JSON.stringify(result) });
  }
  const tools = [{ type: 'function', function: { name: 'inspect', description: 'Inspect a service', parameters: { type: 'object', properties: { service: { type: 'string' }, region: { type: 'string' }, verbose: { type: 'boolean' } } } } }];
  return JSON.stringify({ model: 'gpt-test', messages, tools, temperature: 0, stream: false });
}

function sseChunks(): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunk = (content: string): Uint8Array => encoder.encode(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`);
  return [chunk('The billing pods '), chunk('restart because '), chunk('⟦EMAIL_1⟧ changed the config.'), encoder.encode('data: [DONE]\n\n')];
}

export default {
  name: 'llm',
  async run({ quick }: BenchOptions): Promise<BenchReport> {
    const text = body();
    const guard = new LlmGuard();
    const rounds = quick ? 15 : 40;
    const perRound = quick ? 10 : 25;
    const sync = measureRounds(
      [
        { name: 'JSON.parse + JSON.stringify (baseline)', pass: () => { let n = 0; for (let i = 0; i < perRound; i++) n += JSON.stringify(JSON.parse(text)).length; return n; } },
        { name: 'parse + scrub + stringify', pass: () => { let n = 0; for (let i = 0; i < perRound; i++) n += JSON.stringify(guard.scrub(JSON.parse(text)).value).length; return n; } },
      ],
      perRound,
      rounds,
    );
    const scrubbed = JSON.stringify(guard.scrub(JSON.parse(text)).value);
    const checks: BenchCheck[] = [
      { name: 'body is about 32 KB', ok: text.length > 30_000 && text.length < 36_000, detail: `${text.length} bytes` },
      { name: 'no planted value in the scrubbed body', ok: ![...EMAILS, ...TOKENS].some((value) => scrubbed.includes(value)) },
      { name: '3 placeholders and 2 redactions', ok: (scrubbed.match(/⟦EMAIL_\d⟧/g) ?? []).length === 3 && (scrubbed.match(/\[REDACTED:/g) ?? []).length === 2, detail: scrubbed.match(/⟦[A-Z_0-9]+⟧|\[REDACTED:[a-z-]+\]/g)?.join(' ') },
    ];

    // Whole fetch calls against an in-memory fetch: the guard's async plumbing included.
    const ok = async (): Promise<Response> => new Response('{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"fine"}}]}', { headers: { 'content-type': 'application/json' } });
    const guarded = guardFetch({}, ok);
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: text };
    const timeCall = async (call: typeof fetch): Promise<number> => {
      const started = process.hrtime.bigint();
      await (await call(URL_, init)).text();
      return Number(process.hrtime.bigint() - started);
    };
    const plainCalls: number[] = [];
    const guardedCalls: number[] = [];
    for (let i = 0; i < rounds * 5; i++) {
      plainCalls.push(await timeCall(ok));
      guardedCalls.push(await timeCall(guarded));
    }

    // Time to first token: the request is scrubbed, the answer streams; the first event has no placeholder.
    const streaming = async (): Promise<Response> => new Response(new ReadableStream({ start(c) { for (const chunk of sseChunks()) c.enqueue(chunk); c.close(); } }), { headers: { 'content-type': 'text/event-stream' } });
    const guardedStream = guardFetch({}, streaming);
    const streamInit = { ...init, body: JSON.stringify({ ...JSON.parse(text), stream: true }) };
    let firstEventOk = true;
    const firstToken = async (call: typeof fetch): Promise<number> => {
      const started = process.hrtime.bigint();
      const reader = (await call(URL_, streamInit)).body!.getReader();
      const first = await reader.read();
      const elapsed = Number(process.hrtime.bigint() - started);
      if (!new TextDecoder().decode(first.value).includes('The billing pods ')) firstEventOk = false;
      await reader.cancel();
      return elapsed;
    };
    const plainFirst: number[] = [];
    const guardedFirst: number[] = [];
    for (let i = 0; i < rounds * 5; i++) {
      plainFirst.push(await firstToken(streaming));
      guardedFirst.push(await firstToken(guardedStream));
    }
    // The restore alone: a one-message request (one placeholder), so the request scrub is small.
    const smallInit = { ...init, body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: `Why do pods restart? Ask ${EMAILS[0]}.` }] }) };
    const firstTokenSmall = async (call: typeof fetch): Promise<number> => {
      const started = process.hrtime.bigint();
      const reader = (await call(URL_, smallInit)).body!.getReader();
      const first = await reader.read();
      const elapsed = Number(process.hrtime.bigint() - started);
      if (!new TextDecoder().decode(first.value).includes('The billing pods ')) firstEventOk = false;
      await reader.cancel();
      return elapsed;
    };
    const plainSmall: number[] = [];
    const guardedSmall: number[] = [];
    for (let i = 0; i < rounds * 5; i++) {
      plainSmall.push(await firstTokenSmall(streaming));
      guardedSmall.push(await firstTokenSmall(guardedStream));
    }
    checks.push({ name: 'the first event reaches the reader whole and at once', ok: firstEventOk });

    const baseline = sync.get('JSON.parse + JSON.stringify (baseline)')! / 1000;
    const scrub = sync.get('parse + scrub + stringify')! / 1000;
    const fetchPlain = median(plainCalls) / 1000;
    const fetchGuarded = median(guardedCalls) / 1000;
    const ttftPlain = median(plainFirst) / 1000;
    const ttftGuarded = median(guardedFirst) / 1000;
    const rows: BenchRow[] = [
      { name: 'JSON.parse + JSON.stringify (baseline)', metrics: { 'µs/request': round(baseline, 1) } },
      { name: 'parse + scrub + stringify', metrics: { 'µs/request': round(scrub, 1), 'added µs': round(scrub - baseline, 1), ratio: round(scrub / baseline) } },
      { name: 'in-memory fetch (baseline)', metrics: { 'µs/request': round(fetchPlain, 1) } },
      { name: 'guardFetch(in-memory fetch)', metrics: { 'µs/request': round(fetchGuarded, 1), 'added µs': round(fetchGuarded - fetchPlain, 1), ratio: round(fetchGuarded / fetchPlain) } },
      { name: 'first event, streamed (baseline)', metrics: { 'µs to first token': round(ttftPlain, 1) } },
      { name: 'first event, guardFetch', metrics: { 'µs to first token': round(ttftGuarded, 1), 'added µs': round(ttftGuarded - ttftPlain, 1) } },
      { name: 'first event, small request (baseline)', metrics: { 'µs to first token': round(median(plainSmall) / 1000, 1) } },
      { name: 'first event, small request, guardFetch', metrics: { 'µs to first token': round(median(guardedSmall) / 1000, 1), 'added µs': round((median(guardedSmall) - median(plainSmall)) / 1000, 1) } },
    ];
    return {
      scenario: 'llm',
      rows,
      checks,
      notes: [
        `body ${text.length} bytes: 42 messages, 20 tool results, 5 planted values; a real model call takes 300 ms to seconds`,
        'time to first token includes scrubbing the request, which happens before anything is sent; the small request isolates the stream restore',
      ],
    };
  },
} satisfies BenchScenario;
