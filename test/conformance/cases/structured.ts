/**
 * Structured values (JSON-compatible, so that every door can carry them: `redactValue` and OTel log bodies as
 * values, the line doors as their JSON text).
 */
import { clean, leak } from './types.js';
import type { Case } from './types.js';
import { KNOWN, awsKeyId, awsSecret, cardNumber, detectorSecret, emailAddress, githubPat, hex, jwt, opaqueToken, password, stripeKey, uuid } from './secrets.js';

const pw = password;
const openai = detectorSecret('openai-api-key');

const seen: Case[] = [
  clean('value-trace-ids-card-shaped', 'value', { traceId: `${cardNumber('vt-a')}${cardNumber('vt-b')}`, spanId: cardNumber('vs'), parentSpanId: cardNumber('vp') }),
  leak('value-card-number', 'value', { input: { card: 4111111111111111 }, secrets: ['4111111111111111'], area: 'structured', seen: true }),
  leak('value-string-holding-json-password', 'value', {
    input: { body: '{"password": "S3cr3t with spaces"}' }, secrets: ['S3cr3t with spaces', 'with spaces'], keep: ['body'], area: 'embedded-json', seen: true,
  }),
  leak('value-url-api-key', 'value', {
    input: { request: { url: 'https://x.io/v1/search?q=weather&api_key=abc123', method: 'GET' } },
    secrets: ['abc123'], keep: ['q=weather', 'GET'], area: 'url', seen: true,
  }),
  leak('value-free-text-password', 'value', {
    input: { command: 'DB_PASSWORD=Tr0ub4dor&3 npm run migrate' }, secrets: ['Tr0ub4dor&3', '&3'], keep: ['npm run migrate'], area: 'free-text', seen: true,
  }),
];

const values: Case[] = [
  leak('value-headers', 'value', {
    input: { headers: { authorization: `Bearer ${opaqueToken('vhdr')}`, 'content-type': 'application/json', 'x-request-id': uuid('vhdr') } },
    secrets: [opaqueToken('vhdr')], keep: ['application/json', uuid('vhdr')], area: 'detector',
  }),
  leak('value-env-dump', 'value', {
    input: { env: { OPENAI_API_KEY: openai, NODE_ENV: 'production', AWS_SECRET_ACCESS_KEY: awsSecret('venv'), PATH: '/usr/local/bin:/usr/bin' } },
    secrets: [openai, awsSecret('venv')], keep: ['production', '/usr/local/bin:/usr/bin'], area: 'detector',
  }),
  leak('value-db-config', 'value', {
    input: { config: { db: { host: 'db.internal', port: 5432, user: 'app', password: pw('vdb') } } },
    secrets: [pw('vdb')], keep: ['db.internal', 'app'], area: 'detector',
  }),
  leak('value-short-password-key', 'value', { input: { user: 'dana', password: 'hunter2' }, secrets: ['hunter2'], keep: ['dana'], area: 'detector' }),
  leak('value-typo-key', 'value', { input: { pasword: pw('vtypo') }, secrets: [pw('vtypo')], area: 'detector' }),
  leak('value-camel-api-key', 'value', { input: { apiKey: hex('vcamel', 32), region: 'eu-west-1' }, secrets: [hex('vcamel', 32)], keep: ['eu-west-1'], area: 'detector' }),
  leak('value-aws-credentials', 'value', {
    input: { credentials: { accessKeyId: awsKeyId('vaws'), secretAccessKey: awsSecret('vaws'), sessionToken: opaqueToken('vaws-st', 120) } },
    secrets: [awsKeyId('vaws'), awsSecret('vaws'), opaqueToken('vaws-st', 120)], area: 'detector',
  }),
  leak('value-messages-content', 'value', {
    input: { messages: [{ role: 'user', content: `here is my key ${openai}, fix the script` }, { role: 'assistant', content: 'Done.' }] },
    secrets: [openai], keep: ['fix the script', 'Done.'], area: 'detector',
  }),
  leak('value-tool-call-arguments-string', 'value', {
    input: { tool_calls: [{ type: 'function', function: { name: 'deploy', arguments: JSON.stringify({ token: githubPat('vargs'), ref: 'main' }) } }] },
    secrets: [githubPat('vargs')], keep: ['deploy'], area: 'detector',
  }),
  leak('value-tool-call-arguments-password', 'value', {
    input: { tool_calls: [{ function: { name: 'db', arguments: JSON.stringify({ dsn_password: pw('vargs2'), host: 'db' }) } }] },
    secrets: [pw('vargs2')], keep: ['db'], area: 'embedded-json',
  }),
  leak('value-request-body-oauth', 'value', {
    input: { body: { grant_type: 'refresh_token', refresh_token: opaqueToken('vrt', 48), client_id: 'agent' } },
    secrets: [opaqueToken('vrt', 48)], keep: ['refresh_token', 'agent'], area: 'detector',
  }),
  leak('value-graphql-inline-password', 'value', {
    input: { query: `mutation { login(email: "dana@corp.example.org", password: "${pw('gql')}") { token } }` },
    secrets: [pw('gql'), 'dana@corp.example.org'], keep: ['mutation { login('], area: 'free-text',
  }),
  leak('value-payment', 'value', {
    input: { payment: { number: cardNumber('vpay'), exp: '12/30', holder: 'D. Doe' } }, secrets: [cardNumber('vpay')], keep: ['12/30'], area: 'detector',
  }),
  leak('value-user-pii', 'value', {
    input: { user: { id: 42, email: emailAddress('vuser'), iban: detectorSecret('iban', 1) } },
    secrets: [emailAddress('vuser'), detectorSecret('iban', 1)], area: 'detector',
  }),
  leak('value-array-of-secrets', 'value', {
    input: { tokens_seen: [githubPat('varr1'), stripeKey('varr2'), 'n/a'] }, secrets: [githubPat('varr1'), stripeKey('varr2')], keep: ['n/a'], area: 'detector',
  }),
  leak('value-secret-in-key', 'value', { input: { [githubPat('vkey')]: 'cached' }, secrets: [githubPat('vkey')], area: 'detector' }),
  leak('value-known-secret-nested', 'value', {
    input: { job: { steps: [{ run: 'deploy', output: `got ${KNOWN.plain}` }] } }, secrets: [KNOWN.plain], keep: ['deploy'], area: 'known-secrets',
  }),
  leak('value-known-secret-quote', 'value', { input: { note: KNOWN.quote }, secrets: [KNOWN.quote], area: 'known-secrets' }),
  leak('value-error-like', 'value', {
    input: { err: { name: 'HTTPError', message: `401 for https://api.example.com/v1?key=${hex('verr', 32)}`, stack: 'HTTPError: 401\n    at get (/app/http.js:9:5)' } },
    secrets: [hex('verr', 32)], keep: ['/app/http.js:9:5'], area: 'url',
  }),
  leak('value-jwt-cookie', 'value', { input: { cookies: { session: jwt('vcookie') } }, secrets: [jwt('vcookie')], area: 'detector' }),
  leak('value-connection-string', 'value', {
    input: { datasource: `Server=db.internal;Database=orders;User Id=app;Password=${pw('vconn')};` },
    secrets: [pw('vconn')], keep: ['Database=orders'], area: 'detector',
  }),
  leak('value-private-key-field', 'value', {
    input: { private_key_pem: `-----BEGIN PRIVATE KEY-----\n${opaqueToken('vpem1', 64)}\n${opaqueToken('vpem2', 64)}\n-----END PRIVATE KEY-----\n` },
    secrets: [opaqueToken('vpem1', 64), opaqueToken('vpem2', 64)], area: 'detector',
  }),
  clean('clean-value-usage', 'value', { usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }, model: 'gpt-4o-mini', max_tokens: 256 }),
  clean('clean-value-trace', 'value', { trace_id: hex('vtrace', 32), span_id: hex('vspan', 16), parent: null, sampled: true }),
  clean('clean-value-cache', 'value', { cache_key: 'k:42', primary_key: 'id', token_type: 'bearer', secret_name: 'db-password' }),
  // A value under a sensitive key that only stands for one (a template, an elided PEM, a slot) has nothing to hide.
  clean('clean-value-stand-ins', 'value', { password: '${DB_PASSWORD}', api_key: '<your-api-key>', private_key: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n', token: 'DUMMY' }),
  clean('clean-value-ids', 'value', { request_id: uuid('vids'), commit: hex('vids', 40), digest: `sha256:${hex('vids2', 64)}`, build: 1700000000 }),
  clean('clean-value-messages', 'value', { messages: [{ role: 'user', content: 'What is the weather in Lyon?' }, { role: 'assistant', content: 'Sunny, 21 °C.' }] }),
  clean('clean-value-nested-empty', 'value', { a: [], b: {}, c: [[], [{}]], d: '', e: 0, f: false }),
];

export const STRUCTURED_CASES: readonly Case[] = [...seen, ...values];
