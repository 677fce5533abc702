import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attributes } from '@opentelemetry/api';
import { KNOWN_SECRET, githubToken, tracing } from './support.js';
import type { OtelRedactionOptions } from '../../src/otel/index.js';

/** Ends one span with `attributes` behind a redacting processor and returns what the exporter got. */
async function exportedAttributes(attributes: Attributes, options: OtelRedactionOptions = {}): Promise<Attributes> {
  const fixture = tracing('simple', options);
  fixture.provider.getTracer('agent').startSpan('step', { attributes }).end();
  const [span] = await fixture.finished();
  return span!.attributes;
}

test('URL attributes lose userinfo and auth parameters, current and deprecated keys alike (the engine URL layer)', async () => {
  const out = await exportedAttributes({
    'url.full': 'https://bot:s3cr3tpass@api.example.com/v1/items?page=2&api_key=abc123',
    'url.query': 'q=weather&access_token=abc123',
    'url.fragment': 'access_token=abc123&state=1',
    'http.url': 'https://api.example.com/v1?sig=abc123',
    'http.target': '/v1/search?token=abc123&q=x',
    'webhook.url': 'https://hooks.example.com/notify?code=abc123',
  });
  assert.deepEqual(out, {
    'url.full': 'https://bot:[REDACTED:url-credentials]@api.example.com/v1/items?page=2&api_key=[REDACTED:url-credential]',
    'url.query': 'q=weather&access_token=[REDACTED:url-credential]',
    'url.fragment': 'access_token=[REDACTED:url-credential]&state=1',
    'http.url': 'https://api.example.com/v1?sig=[REDACTED:url-credential]',
    'http.target': '/v1/search?token=[REDACTED:url-credential]&q=x',
    'webhook.url': 'https://hooks.example.com/notify?code=[REDACTED:url-credential]',
  });
});

test('a detector secret in a URL path is redacted along with its parameters', async () => {
  const token = githubToken('semconv-path');
  const out = await exportedAttributes({ 'url.full': `https://api.example.com/keys/${token}/rotate?sig=abc` });
  assert.equal(out['url.full'], 'https://api.example.com/keys/[REDACTED:github-pat]/rotate?sig=[REDACTED:url-credential]');
});

test('urlParams extend the default parameter names, in any attribute; a harmless query passes untouched', async () => {
  const out = await exportedAttributes(
    { 'tool.endpoint': 'https://svc.example.com/x?session=abc123&lang=en', 'url.full': 'https://example.com/?page=1&lang=en' },
    { urlParams: ['session'], urlAttributes: ['tool.endpoint'] },
  );
  assert.equal(out['tool.endpoint'], 'https://svc.example.com/x?session=[REDACTED:url-credential]&lang=en');
  assert.equal(out['url.full'], 'https://example.com/?page=1&lang=en');
});

test('gen_ai message attributes are redacted structurally and stay valid JSON', async () => {
  const token = githubToken('semconv-genai');
  const messages = [
    { role: 'user', parts: [{ type: 'text', content: `deploy with ${token} please` }] },
    { role: 'assistant', parts: [{ type: 'tool_call', name: 'deploy', arguments: { api_key: 'k-19f3a7', region: 'eu-west-1' } }] },
  ];
  const out = await exportedAttributes({
    'gen_ai.input.messages': JSON.stringify(messages),
    'gen_ai.output.messages': `  ${JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'done' }] }])}`,
    'gen_ai.prompt': `Summarize the repo, auth with ${token}`,
    'gen_ai.completion': '[not JSON] the token was ' + token,
  });
  const input = JSON.parse(out['gen_ai.input.messages'] as string) as { parts: Record<string, unknown>[] }[];
  assert.equal(input[0]!.parts[0]!.content, 'deploy with [REDACTED:github-pat] please');
  assert.deepEqual(input[1]!.parts[0]!.arguments, { api_key: '[REDACTED:sensitive-key]', region: 'eu-west-1' });
  assert.equal(out['gen_ai.output.messages'], `  ${JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'done' }] }])}`);
  assert.equal(out['gen_ai.prompt'], 'Summarize the repo, auth with [REDACTED:github-pat]');
  assert.equal(out['gen_ai.completion'], '[not JSON] the token was [REDACTED:github-pat]');
});

test('sensitive attribute keys lose their values, whatever the value looks like', async () => {
  const out = await exportedAttributes({
    'http.request.header.authorization': ['Basic YWxhZGRpbjpvcGVuc2VzYW1l'],
    'http.request.header.cookie': ['sid=31d4d96e407aad42'],
    'http.response.header.set-cookie': ['sid=31d4d96e407aad42; HttpOnly'],
    'http.request.header.x-api-key': ['k-19f3a7'],
    'db.connection_string': 'Server=db;User Id=app;Password=pa55word;',
    'rpc.request.password': 1234,
  });
  assert.deepEqual(out, {
    'http.request.header.authorization': ['[REDACTED:sensitive-key]'],
    'http.request.header.cookie': ['[REDACTED:sensitive-key]'],
    'http.response.header.set-cookie': ['[REDACTED:sensitive-key]'],
    'http.request.header.x-api-key': ['[REDACTED:sensitive-key]'],
    'db.connection_string': '[REDACTED:sensitive-key]',
    'rpc.request.password': '[REDACTED:sensitive-key]',
  });
});

test('token counts, cache keys and user names are not mistaken for credentials', async () => {
  const attributes = {
    'gen_ai.usage.input_tokens': 812,
    'gen_ai.usage.output_tokens': 64,
    'gen_ai.request.max_tokens': 1024,
    'llm.cache_key': 'prompt-v3:summarize',
    'http.request.header.content-type': ['application/json'],
    'enduser.authenticated': true,
    'code.function.name': 'authorizeUser',
    'user.author': 'Jane',
  };
  assert.deepEqual(await exportedAttributes(attributes), attributes);
});

test('the redaction policy and known secrets of the options apply to spans', async () => {
  const out = await exportedAttributes(
    { 'tool.output': `vault says ${KNOWN_SECRET}`, 'http.request.header.authorization': 'Bearer abc', 'tool.input': githubToken('semconv-policy') },
    { knownSecrets: [KNOWN_SECRET], redaction: { default: 'mask' } },
  );
  assert.deepEqual(out, { 'tool.output': 'vault says ********', 'http.request.header.authorization': '********', 'tool.input': '********' });
});

test('the remove policy drops a sensitive attribute instead of keeping an empty value', async () => {
  const out = await exportedAttributes(
    { 'http.request.header.authorization': 'Bearer abc', 'tool.name': 'fetch' },
    { redaction: { categories: { secret: 'remove' } } },
  );
  assert.deepEqual(out, { 'tool.name': 'fetch' });
});
