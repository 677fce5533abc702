import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3GenerateResult, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { logveilMiddleware } from '../../src/llm/index.js';
import { email, githubToken } from './support.js';

const EMAIL = email('mw-user');
const TOKEN = githubToken('mw-file');
const model = {} as LanguageModelV3;

async function transform(params: LanguageModelV3CallOptions, middleware = logveilMiddleware()): Promise<LanguageModelV3CallOptions> {
  return middleware.transformParams!({ type: 'generate', params, model });
}

describe('logveilMiddleware, called as the AI SDK calls it', () => {
  it('scans text files and leaves images alone', async () => {
    const image = new Uint8Array([137, 80, 78, 71, ...new TextEncoder().encode(TOKEN)]);
    const params: LanguageModelV3CallOptions = {
      prompt: [
        {
          role: 'user',
          content: [
            { type: 'file', mediaType: 'text/plain', data: new TextEncoder().encode(`key ${TOKEN}`) },
            { type: 'file', mediaType: 'application/json', data: Buffer.from(JSON.stringify({ owner: EMAIL })).toString('base64') },
            { type: 'file', mediaType: 'image/png', data: image },
          ],
        },
      ],
    };
    const next = await transform(params);
    const parts = (next.prompt[0]!.content as { data: Uint8Array | string }[]).map((part) => part.data);
    assert.equal(new TextDecoder().decode(parts[0] as Uint8Array), 'key [REDACTED:github-pat]');
    assert.deepEqual(JSON.parse(Buffer.from(parts[1] as string, 'base64').toString('utf8')), { owner: '⟦EMAIL_1⟧' });
    assert.equal(parts[2], image, 'images are not scanned');
  });

  it('scrubs provider options and keeps the caller’s headers and abort signal', async () => {
    const signal = new AbortController().signal;
    const next = await transform({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }], providerOptions: { local: { user: EMAIL } } }],
      providerOptions: { local: { metadata: { note: `token ${TOKEN}` } } },
      headers: { authorization: 'Bearer caller-own-key' },
      abortSignal: signal,
    });
    assert.equal(JSON.stringify(next).includes(TOKEN) || JSON.stringify(next).includes(EMAIL), false);
    assert.deepEqual(next.headers, { authorization: 'Bearer caller-own-key' });
    assert.equal(next.abortSignal, signal);
  });

  it('judges tool-call input as the engine judges a log value, key names included, and keeps tool schemas', async () => {
    const next = await transform({
      prompt: [
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'login', input: { user: 'ops', credentials: { label: 'ops', value: 'plain-words-here' }, password: 'hunter2hunter2' } }] },
      ],
      tools: [{ type: 'function', name: 'login', inputSchema: { type: 'object', properties: { password: { type: 'string', description: 'the password' }, credentials: { type: 'object' } } } }],
    });
    const input = (next.prompt[0]!.content[0] as { input: Record<string, unknown> }).input;
    assert.equal(input.user, 'ops');
    assert.equal(JSON.stringify(input).includes('hunter2hunter2') || JSON.stringify(input).includes('plain-words-here'), false);
    assert.deepEqual((next.tools![0] as { inputSchema: unknown }).inputSchema, { type: 'object', properties: { password: { type: 'string', description: 'the password' }, credentials: { type: 'object' } } });
  });

  it('fails closed with its own code when the call cannot be scrubbed, and never calls the model', async () => {
    const providerOptions = {};
    Object.defineProperty(providerOptions, 'local', { enumerable: true, get: () => { throw new Error('boom'); } });
    const middleware = logveilMiddleware();
    await assert.rejects(transform({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }], providerOptions } as LanguageModelV3CallOptions, middleware), {
      code: 'LOGVEIL_ERR_LLM_SCRUB_FAILED',
    });
    assert.equal(middleware.stats().failed, 1);
  });

  it('restores text, reasoning and tool-call input of a generate result', async () => {
    const middleware = logveilMiddleware();
    const params = await transform({ prompt: [{ role: 'user', content: [{ type: 'text', text: `for ${EMAIL}` }] }] }, middleware);
    const result = { content: [
      { type: 'text', text: 'to ⟦EMAIL_1⟧' },
      { type: 'reasoning', text: 'user is ⟦EMAIL_1⟧' },
      { type: 'tool-call', toolCallId: 'c', toolName: 't', input: '{"to":"⟦EMAIL_1⟧"}' },
    ] } as unknown as LanguageModelV3GenerateResult;
    const out = await middleware.wrapGenerate!({ doGenerate: async () => result, doStream: async () => { throw new Error('unused'); }, params, model });
    assert.deepEqual(out.content, [
      { type: 'text', text: `to ${EMAIL}` },
      { type: 'reasoning', text: `user is ${EMAIL}` },
      { type: 'tool-call', toolCallId: 'c', toolName: 't', input: JSON.stringify({ to: EMAIL }) },
    ]);
    assert.equal(middleware.stats().restored, 3);
  });

  it('restores split tool-input deltas and flushes a held tail before the part ends', async () => {
    const middleware = logveilMiddleware();
    const params = await transform({ prompt: [{ role: 'user', content: [{ type: 'text', text: `for ${EMAIL}` }] }] }, middleware);
    const parts: LanguageModelV3StreamPart[] = [
      { type: 'tool-input-start', id: 'c', toolName: 't' },
      { type: 'tool-input-delta', id: 'c', delta: '{"to":"⟦EM' },
      { type: 'tool-input-delta', id: 'c', delta: 'AIL_1⟧"}' },
      { type: 'tool-input-end', id: 'c' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'ends with ⟦EMA' },
      { type: 'text-end', id: 't' },
    ];
    const stream = new ReadableStream<LanguageModelV3StreamPart>({ start(controller) { for (const part of parts) controller.enqueue(part); controller.close(); } });
    const out = await middleware.wrapStream!({ doStream: async () => ({ stream }), doGenerate: async () => { throw new Error('unused'); }, params, model });
    const seen: LanguageModelV3StreamPart[] = [];
    for await (const part of out.stream) seen.push(part);
    const input = seen.filter((part) => part.type === 'tool-input-delta').map((part) => (part as { delta: string }).delta).join('');
    assert.deepEqual(JSON.parse(input), { to: EMAIL });
    const text = seen.filter((part) => part.type === 'text-delta').map((part) => (part as { delta: string }).delta).join('');
    assert.equal(text, 'ends with ⟦EMA');
    assert.equal(seen.at(-1)!.type, 'text-end');
  });
});
