/** NDJSON lines as pino (or any JSON logger) writes them: what the pino transport and `logveil scrub` see. */
import { clean, leak } from './types.js';
import type { Case } from './types.js';
import { KNOWN, cardNumber, detectorSecret, emailAddress, githubPat, hex, jwt, opaqueToken, password, urlPassword, slackBot, stripeKey, uuid } from './secrets.js';

/** A pino line: pino's own fields first, as pino writes them. */
const line = (fields: Record<string, unknown>, level = 30): string =>
  JSON.stringify({ level, time: 1_700_000_000_000, pid: 4242, hostname: 'agent-1', ...fields });

const pw = password;
const openai = detectorSecret('openai-api-key');

/** The gen_ai messages of a model call whose tool-call arguments are a JSON string (escaped once more in a line). */
const toolCall = (name: string, args: Record<string, unknown>): string =>
  JSON.stringify([
    { role: 'user', content: 'look this up for me' },
    { role: 'assistant', tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }] },
  ]);

const seen: Case[] = [
  leak('json-string-holding-json-password', 'json-line', {
    input: JSON.stringify({ body: '{"password": "S3cr3t with spaces"}' }),
    secrets: ['S3cr3t with spaces', 'with spaces'], keep: ['body'], area: 'embedded-json', seen: true,
  }),
  leak('url-api-key-in-pino-msg', 'json-line', {
    input: line({ msg: 'GET https://x.io/v1/search?q=weather&api_key=abc123' }),
    secrets: ['abc123'], keep: ['q=weather&api_key=', '"hostname":"agent-1"'], area: 'url', seen: true,
  }),
  leak('known-secret-double-escaped-tool-args', 'json-line', {
    input: line({ msg: 'model call', 'gen_ai.input.messages': toolCall('login', { user: 'dana', note: KNOWN.quote }) }),
    secrets: [KNOWN.quote, KNOWN.quote.slice(3)], keep: ['model call', 'look this up for me'], area: 'known-secrets', seen: true,
  }),
  leak('known-secret-slash-double-escaped', 'json-line', {
    input: line({ msg: 'tool', args: JSON.stringify({ path: KNOWN.slash }) }),
    secrets: [KNOWN.slash, KNOWN.slash.slice(6)], keep: ['"msg":"tool"'], area: 'known-secrets', seen: true,
  }),
];

const lines: Case[] = [
  leak('pino-msg-github', 'json-line', {
    input: line({ msg: `pushing with ${githubPat('pino')}` }), secrets: [githubPat('pino')], keep: ['pushing with', '"level":30'], area: 'detector',
  }),
  leak('pino-field-password', 'json-line', {
    input: line({ msg: 'login', user: 'dana', password: pw('pino') }), secrets: [pw('pino')], keep: ['"user":"dana"', '"msg":"login"'], area: 'detector',
  }),
  leak('pino-field-password-short', 'json-line', {
    input: line({ msg: 'login', password: 'hunter2' }), secrets: ['hunter2'], keep: ['"msg":"login"'], area: 'detector',
  }),
  leak('pino-field-typo-key', 'json-line', {
    input: line({ msg: 'login', pasword: pw('pino-typo') }), secrets: [pw('pino-typo')], keep: ['"msg":"login"'], area: 'detector',
  }),
  leak('pino-nested-headers', 'json-line', {
    input: line({ req: { method: 'POST', url: '/v1/chat', headers: { authorization: `Bearer ${opaqueToken('pino-hdr')}`, 'content-type': 'application/json' } } }),
    secrets: [opaqueToken('pino-hdr')], keep: ['application/json', '/v1/chat'], area: 'detector',
  }),
  leak('pino-err-stack', 'json-line', {
    input: line({ err: { type: 'Error', message: 'auth failed', stack: `Error: auth failed for ${stripeKey('stack')}\n    at charge (/app/billing.js:42:11)` } }, 50),
    secrets: [stripeKey('stack')], keep: ['/app/billing.js:42:11'], area: 'detector',
  }),
  leak('pino-request-body-string', 'json-line', {
    input: line({ msg: 'outgoing', body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'agent', client_secret: opaqueToken('body-cs', 32) }) }),
    secrets: [opaqueToken('body-cs', 32)], keep: ['client_credentials', 'outgoing'], area: 'embedded-json',
  }),
  leak('pino-gen-ai-content-key', 'json-line', {
    input: line({ 'gen_ai.input.messages': JSON.stringify([{ role: 'user', content: `my key is ${openai}` }]) }),
    secrets: [openai], keep: ['my key is'], area: 'detector',
  }),
  leak('pino-tool-args-url-query', 'json-line', {
    input: line({ msg: 'tool call', 'gen_ai.input.messages': toolCall('http_get', { url: `https://api.example.com/data?id=7&api_key=${hex('targs', 32)}` }) }),
    secrets: [hex('targs', 32)], keep: ['http_get', 'id=7'], area: 'url',
  }),
  leak('pino-tool-args-env', 'json-line', {
    input: line({ msg: 'tool call', 'gen_ai.input.messages': toolCall('shell', { command: `export SLACK_TOKEN=${slackBot('targs')} && ./notify.sh` }) }),
    secrets: [slackBot('targs')], keep: ['./notify.sh'], area: 'detector',
  }),
  leak('pino-tool-args-password-field', 'json-line', {
    input: line({ msg: 'tool call', 'gen_ai.input.messages': toolCall('db_connect', { host: 'db.internal', password: pw('targs') }) }),
    secrets: [pw('targs')], keep: ['db.internal', 'db_connect'], area: 'embedded-json',
  }),
  leak('pino-tool-result-json', 'json-line', {
    input: line({ msg: 'tool result', 'gen_ai.tool.call.result': JSON.stringify({ ok: true, token: opaqueToken('tres', 40) }) }),
    secrets: [opaqueToken('tres', 40)], keep: ['tool result'], area: 'embedded-json',
  }),
  leak('pino-email-field', 'json-line', {
    input: line({ msg: 'invite sent', to: emailAddress('pino') }), secrets: [emailAddress('pino')], keep: ['invite sent'], area: 'detector',
  }),
  leak('pino-card-number-value', 'json-line', {
    input: line({ msg: 'charge', card: Number(cardNumber('pino-num')) }), secrets: [cardNumber('pino-num')], keep: ['"msg":"charge"'], area: 'detector',
  }),
  leak('pino-jwt-field', 'json-line', {
    input: line({ msg: 'session', id_token: jwt('pino') }), secrets: [jwt('pino')], keep: ['"msg":"session"'], area: 'detector',
  }),
  leak('pino-escaped-url-creds', 'json-line', {
    input: line({ msg: `cloning https:\/\/ci:${urlPassword('esc-url')}@git.example.com\/org\/repo.git` }).replace(/\//g, '\\/'),
    secrets: [urlPassword('esc-url')], keep: ['git.example.com'], area: 'detector',
  }),
  leak('pino-unicode-escaped-key', 'json-line', {
    input: line({ msg: 'cfg', secret: 'x' }).replace('"secret":"x"', `"\\u0073ecret":"${pw('uesc-key')}"`),
    secrets: [pw('uesc-key')], keep: ['"msg":"cfg"'], area: 'detector',
  }),
  leak('pino-known-secret-field', 'json-line', {
    input: line({ msg: 'env loaded', detail: `value ${KNOWN.plain}` }), secrets: [KNOWN.plain], keep: ['env loaded'], area: 'known-secrets',
  }),
  leak('pino-msg-free-text-password', 'json-line', {
    input: line({ msg: 'ran: mysql -u root --password=Tr0ub4dor&3 app' }), secrets: ['Tr0ub4dor&3', '&3'], keep: ['mysql -u root'], area: 'free-text',
  }),
  leak('array-line-secrets', 'json-line', {
    input: JSON.stringify([{ key: 'GITHUB_TOKEN', value: githubPat('arr') }, { key: 'NODE_ENV', value: 'production' }]),
    secrets: [githubPat('arr')], keep: ['production'], area: 'detector',
  }),
  clean('clean-pino-line', 'json-line', line({ msg: 'tool call finished', tool: 'search', duration_ms: 412 })),
  clean('clean-pino-usage', 'json-line', line({ msg: 'model call', usage: { prompt_tokens: 1234, completion_tokens: 56, total_tokens: 1290 }, max_tokens: 4096 })),
  clean('clean-pino-trace-ids', 'json-line', line({ msg: 'span', trace_id: hex('jtrace', 32), span_id: hex('jspan', 16), request_id: uuid('jreq') })),
  // Trace-context ids that happen to be all digits and pass a card's checks (1 W3C span id in ~50,000; Datadog's
  // ids are decimal): ids, not cards, at every door. The same number under another key is still a card.
  clean('clean-pino-trace-ids-card-shaped', 'json-line', line({ msg: 'span', trace_id: `${cardNumber('tid-a')}${cardNumber('tid-b')}`, span_id: cardNumber('sid'), dd: { trace_id: cardNumber('dd-t'), span_id: Number(cardNumber('dd-s')) } })),
  // Epoch times that pass a card's checks (a µs time after 2096 is 16 digits starting with 4, a Visa length).
  clean('clean-pino-epoch-times-card-shaped', 'json-line', line({ msg: 'span', ts: Number(cardNumber('ts-us')), startTimeUnixNano: cardNumber('ts-ns') })),
  leak('pino-card-under-non-trace-id-key', 'json-line', {
    input: line({ msg: 'charge', card_id: cardNumber('card-id'), span_id: hex('cspan', 16) }), secrets: [cardNumber('card-id')], keep: ['"msg":"charge"', hex('cspan', 16)], area: 'detector',
  }),
  clean('clean-pino-big-number', 'json-line', '{"level":30,"time":1700000000000,"id":12345678901234567890,"msg":"big id"}'),
  clean('clean-pino-escapes', 'json-line', line({ msg: 'path C:\\temp\\run "quoted" \n next', emoji: 'ok ✓' })),
  clean('clean-pino-cache-key', 'json-line', line({ msg: 'cache', cache_key: 'session:42', token_type: 'bearer', public_key_id: 'k-2024' })),
  clean('clean-pino-digest', 'json-line', line({ msg: 'artifact', sha256: hex('jdigest', 64), etag: hex('jetag', 32) })),
  clean('clean-pino-gen-ai-clean', 'json-line', line({ 'gen_ai.input.messages': toolCall('search', { query: 'weather in Lyon', limit: 3 }) })),
];

export const JSON_LINE_CASES: readonly Case[] = [...seen, ...lines];
