import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import { guardFetch } from '../../src/llm/index.js';
import { email, githubToken, placeholdersIn, splitInPlaceholder, startModelServer, stripeKey } from './support.js';
import type { ModelServer } from './support.js';

const EMAIL = email('anthropic-user');
const TOOL_EMAIL = email('anthropic-tool');
const TOKEN = githubToken('anthropic-prompt');
const STRIPE = stripeKey('anthropic-tool-result');
const planted = [EMAIL, TOOL_EMAIL, TOKEN, STRIPE];

let server: ModelServer;
before(async () => {
  server = await startModelServer();
});
after(async () => {
  await server.close();
});

const client = (): Anthropic => new Anthropic({ apiKey: 'test-key', baseURL: server.url, fetch: guardFetch(), maxRetries: 0 });

const params: Anthropic.MessageCreateParamsNonStreaming = {
  model: 'test-model',
  max_tokens: 100,
  system: `You help ${EMAIL}.`,
  tools: [{ name: 'lookup', description: `Admin is ${EMAIL}`, input_schema: { type: 'object', properties: { email: { type: 'string' }, secret: { type: 'string' } } } }],
  messages: [
    { role: 'user', content: [{ type: 'text', text: `Token ${TOKEN}; find ${TOOL_EMAIL}` }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { email: TOOL_EMAIL } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: JSON.stringify({ owner: TOOL_EMAIL, api_key: STRIPE }) }] },
    { role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: `notes for ${EMAIL}` } }] },
  ],
};

function message(text: string): unknown {
  return { id: 'msg_1', type: 'message', role: 'assistant', model: 'test-model', content: [{ type: 'text', text }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };
}

function assertNothingPlanted(text: string): void {
  const leaked = planted.map((value, i) => (text.includes(value) ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(leaked, [], `planted values ${leaked.join(', ')} reached the server`);
}

describe('guardFetch with @anthropic-ai/sdk (messages)', () => {
  it('scrubs system, tools, tool use, tool results and text documents, and restores the answer', async () => {
    server.reply = (request) => ({ json: message(`Writing to ${placeholdersIn(request)[0]}`) });
    const answer = await client().messages.create(params);
    const request = server.requests.at(-1)!;
    assert.equal(request.path, '/v1/messages');
    assertNothingPlanted(request.text);
    assert.deepEqual((request.body as { tools: { input_schema: unknown }[] }).tools[0]!.input_schema, (params.tools![0] as Anthropic.Tool).input_schema);
    assert.deepEqual(answer.content, [{ type: 'text', text: `Writing to ${EMAIL}` }]);
  });

  it('restores a placeholder split across content_block_delta events', async () => {
    server.reply = (request) => {
      const pieces = splitInPlaceholder(`Hi ${placeholdersIn(request)[0]}.`);
      const event = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
      return {
        sse: [
          event('message_start', { type: 'message_start', message: { ...(message('') as object), content: [] } }),
          event('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
          ...pieces.map((text) => event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
          event('content_block_stop', { type: 'content_block_stop', index: 0 }),
          event('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 3 } }),
          event('message_stop', { type: 'message_stop' }),
        ],
      };
    };
    const stream = client().messages.stream({ ...params });
    let text = '';
    stream.on('text', (delta) => {
      text += delta;
    });
    const final = await stream.finalMessage();
    assertNothingPlanted(server.requests.at(-1)!.text);
    assert.equal(text, `Hi ${EMAIL}.`);
    const first = final.content[0];
    assert.equal(first?.type === 'text' ? first.text : undefined, `Hi ${EMAIL}.`);
  });

  it('restores placeholders in a tool_use input, whole and streamed as partial_json', async () => {
    const sent = (request: { text: string }): string => placeholdersIn(request as never)[0]!;
    server.reply = (request) => ({ json: { ...(message('') as object), content: [{ type: 'tool_use', id: 'toolu_2', name: 'lookup', input: { email: sent(request) } }], stop_reason: 'tool_use' } });
    const whole = await client().messages.create({ model: 'test-model', max_tokens: 10, messages: [{ role: 'user', content: `find ${TOOL_EMAIL}` }] });
    assert.deepEqual(whole.content[0]?.type === 'tool_use' ? whole.content[0].input : undefined, { email: TOOL_EMAIL });

    server.reply = (request) => {
      const json = JSON.stringify({ email: sent(request) });
      const cut = json.indexOf('⟦') + 3;
      const event = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
      return {
        sse: [
          event('message_start', { type: 'message_start', message: { ...(message('') as object), content: [] } }),
          event('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_3', name: 'lookup', input: {} } }),
          event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(0, cut) } }),
          event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(cut) } }),
          event('content_block_stop', { type: 'content_block_stop', index: 0 }),
          event('message_delta', { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 3 } }),
          event('message_stop', { type: 'message_stop' }),
        ],
      };
    };
    const final = await client().messages.stream({ model: 'test-model', max_tokens: 10, messages: [{ role: 'user', content: `find ${TOOL_EMAIL}` }] }).finalMessage();
    assert.deepEqual(final.content[0]?.type === 'tool_use' ? final.content[0].input : undefined, { email: TOOL_EMAIL });
  });
});
