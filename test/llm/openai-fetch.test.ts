import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { guardFetch } from '../../src/llm/index.js';
import type { LlmFinding } from '../../src/llm/index.js';
import { KNOWN_SECRET, chatChunks, chatCompletion, email, githubToken, placeholdersIn, splitInPlaceholder, startModelServer, stripeKey } from './support.js';
import type { ModelServer } from './support.js';

const EMAIL = email('openai-user');
const TOOL_EMAIL = email('openai-tool');
const TOKEN = githubToken('openai-prompt');
const STRIPE = stripeKey('openai-tool-result');
const ARG_TOKEN = githubToken('openai-tool-args');
const planted = [EMAIL, TOOL_EMAIL, TOKEN, STRIPE, ARG_TOKEN, 'hunter2-Bearer-value-9f8e'];

let server: ModelServer;
before(async () => {
  server = await startModelServer();
});
after(async () => {
  await server.close();
});

function client(options: Parameters<typeof guardFetch>[0] = {}): OpenAI {
  return new OpenAI({ apiKey: 'test-key', baseURL: `${server.url}/v1`, fetch: guardFetch(options), maxRetries: 0 });
}

const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
  { role: 'system', content: `You help ${EMAIL}.` },
  { role: 'user', content: [{ type: 'text', text: `Deploy with token ${TOKEN} and mail ${EMAIL} when done.` }] },
  {
    role: 'assistant',
    content: null,
    tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: JSON.stringify({ email: TOOL_EMAIL, token: ARG_TOKEN }) } }],
  },
  {
    role: 'tool',
    tool_call_id: 'call_1',
    content: JSON.stringify({ status: 200, headers: { authorization: 'Bearer hunter2-Bearer-value-9f8e' }, body: { key: STRIPE, owner: TOOL_EMAIL } }),
  },
];
const tools: OpenAI.Chat.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'lookup', description: `Looks up a user; the admin is ${EMAIL}`, parameters: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } } } },
];

function assertNothingPlanted(text: string): void {
  const leaked = planted.map((value, i) => (text.includes(value) ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(leaked, [], `planted values ${leaked.join(', ')} reached the server`);
}

describe('guardFetch with the openai client', () => {
  it('sends no planted credential or personal data and gives the caller the originals back', async () => {
    server.reply = (request) => {
      const [first] = placeholdersIn(request);
      return { json: chatCompletion(`I will write to ${first} now.`) };
    };
    const answer = await client().chat.completions.create({ model: 'test-model', messages, tools });
    const request = server.requests.at(-1)!;
    assertNothingPlanted(request.text);
    assert.ok(placeholdersIn(request).length >= 2, 'the PII went as placeholders');
    assert.equal(answer.choices[0]!.message.content, `I will write to ${EMAIL} now.`);
  });

  it('keeps the tool schema as it was sent', async () => {
    server.reply = () => ({ json: chatCompletion('ok') });
    await client().chat.completions.create({ model: 'test-model', messages, tools });
    const body = server.requests.at(-1)!.body as { tools: { function: { parameters: unknown } }[] };
    assert.deepEqual(body.tools[0]!.function.parameters, tools[0]!.type === 'function' ? tools[0]!.function.parameters : undefined);
  });

  it('restores placeholders in tool-call arguments of the answer', async () => {
    server.reply = (request) => {
      const tool = placeholdersIn(request).find((placeholder) => placeholder.startsWith('⟦EMAIL')) ?? '';
      return { json: chatCompletion('', [{ name: 'lookup', arguments: JSON.stringify({ email: tool }) }]) };
    };
    const answer = await client().chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: `find ${TOOL_EMAIL}` }] });
    assert.deepEqual(JSON.parse(answer.choices[0]!.message.tool_calls![0]!.type === 'function' ? answer.choices[0]!.message.tool_calls![0]!.function.arguments : '{}'), { email: TOOL_EMAIL });
  });

  it('restores a placeholder split across stream chunks', async () => {
    server.reply = (request) => ({ sse: chatChunks(['Sure, ', ...splitInPlaceholder(`mailing ${placeholdersIn(request)[0]}`), ' now.']) });
    const stream = await client().chat.completions.create({ model: 'test-model', messages, stream: true });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    assertNothingPlanted(server.requests.at(-1)!.text);
    assert.equal(text, `Sure, mailing ${EMAIL} now.`);
    assert.ok(chunks >= 4);
  });

  it('restores a placeholder split across streamed tool-call arguments, escaped as JSON', async () => {
    server.reply = (request) => {
      const placeholder = placeholdersIn(request)[0]!;
      const chunk = (delta: unknown, finish: string | null = null): unknown => ({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] });
      const args = JSON.stringify({ email: placeholder, note: 'x' });
      const cut = args.indexOf('⟦') + 4;
      return {
        sse: [
          chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'call_9', type: 'function', function: { name: 'lookup', arguments: '' } }] }),
          chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(0, cut) } }] }),
          chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(cut) } }] }),
          chunk({}, 'tool_calls'),
          'data: [DONE]\n\n',
        ],
      };
    };
    const stream = await client().chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: `find "${TOOL_EMAIL}"` }], stream: true });
    let args = '';
    for await (const chunk of stream) args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
    assert.deepEqual(JSON.parse(args), { email: TOOL_EMAIL, note: 'x' });
  });

  it('restores a responses event stream', async () => {
    server.reply = (request) => {
      const pieces = splitInPlaceholder(`Hello ${placeholdersIn(request)[0]}`);
      return {
        sse: pieces.map((delta, i) => ({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta, sequence_number: i })),
      };
    };
    const stream = await client().responses.create({ model: 'm', input: `greet ${EMAIL}`, stream: true });
    let text = '';
    for await (const event of stream) if (event.type === 'response.output_text.delta') text += event.delta;
    assertNothingPlanted(server.requests.at(-1)!.text);
    assert.equal(text, `Hello ${EMAIL}`);
  });

  it('gives back a held placeholder start when the stream ends inside it', async () => {
    server.reply = () => ({ sse: chatChunks(['cut off at ⟦EMAI']) });
    const stream = await client().chat.completions.create({ model: 'test-model', messages, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    assert.equal(text, 'cut off at ⟦EMAI');
  });

  it('returns no secret for an altered or invented placeholder', async () => {
    server.reply = (request) => {
      const [first] = placeholdersIn(request);
      return { json: chatCompletion(`${first!.replace('_1', '_9')} ${first!.toLowerCase()} ${first!.slice(0, -1)} ⟦SECRET_1⟧`) };
    };
    const answer = await client().chat.completions.create({ model: 'test-model', messages });
    const content = answer.choices[0]!.message.content ?? '';
    assertNothingPlanted(content);
    assert.match(content, /⟦EMAIL_9⟧/);
  });

  it('blocks a known secret before anything is sent, naming detector and place but not the value', async () => {
    const count = server.requests.length;
    const findings: LlmFinding[] = [];
    const openai = client({ knownSecrets: [KNOWN_SECRET], onFinding: (finding) => findings.push(finding) });
    await assert.rejects(
      openai.chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: 'hi' }, { role: 'user', content: [{ type: 'text', text: `vault says ${KNOWN_SECRET}` }] }] }),
      (error: unknown) => {
        // The client wraps what its fetch throws as a connection error; logveil's error is its cause.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        assert.equal(cause?.code, 'LOGVEIL_ERR_LLM_BLOCKED');
        assert.match(cause?.message ?? '', /known-secret at messages\[1\]\.content\[0\]\.text/);
        assert.ok(!`${(error as Error).message} ${cause?.message}`.includes(KNOWN_SECRET));
        return true;
      },
    );
    assert.equal(server.requests.length, count, 'nothing reached the server');
    assert.deepEqual(
      findings.map(({ detector, mode, path, messageIndex, part }) => ({ detector, mode, path, messageIndex, part })),
      [{ detector: 'known-secret', mode: 'block', path: 'messages[1].content[0].text', messageIndex: 1, part: 0 }],
    );
  });

  it('tokenizes or blocks by detector as configured', async () => {
    server.reply = () => ({ json: chatCompletion('ok') });
    await client({ modes: { categories: { secret: 'tokenize' } } }).chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: `token ${TOKEN}` }] });
    assert.match(server.requests.at(-1)!.text, /⟦GITHUB_PAT_1⟧/);
    const count = server.requests.length;
    await assert.rejects(
      client({ modes: { detectors: { email: 'block' } } }).chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: `mail ${EMAIL}` }] }),
      (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === 'LOGVEIL_ERR_LLM_BLOCKED',
    );
    assert.equal(server.requests.length, count);
  });

  it('counts findings by detector, category and mode without values', async () => {
    server.reply = () => ({ json: chatCompletion('ok') });
    const fetch = guardFetch();
    const openai = new OpenAI({ apiKey: 'test-key', baseURL: `${server.url}/v1`, fetch, maxRetries: 0 });
    await openai.chat.completions.create({ model: 'test-model', messages });
    const stats = fetch.stats();
    assert.equal(stats.requests, 1);
    assert.ok((stats.byMode.tokenize ?? 0) >= 2 && (stats.byMode.redact ?? 0) >= 2);
    assertNothingPlanted(JSON.stringify(stats));
  });

  it('scrubs embeddings input', async () => {
    server.reply = () => ({ json: { object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1] }], model: 'e', usage: { prompt_tokens: 1, total_tokens: 1 } } });
    await client().embeddings.create({ model: 'e', input: [`profile of ${EMAIL}`, `key ${STRIPE}`] });
    assertNothingPlanted(server.requests.at(-1)!.text);
  });

  it('scrubs a responses request', async () => {
    server.reply = () => ({ json: { id: 'resp_1', object: 'response', created_at: 1, status: 'completed', model: 'm', output: [], usage: null } });
    await client()
      .responses.create({ model: 'm', instructions: `admin ${EMAIL}`, input: [{ role: 'user', content: [{ type: 'input_text', text: `token ${TOKEN}` }] }] })
      .catch(() => undefined);
    assertNothingPlanted(server.requests.at(-1)!.text);
  });
});
