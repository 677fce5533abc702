import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as openAiCompatibleV2 from '@ai-sdk/openai-compatible';
import * as openAiCompatibleV1 from '@ai-sdk/openai-compatible-v1';
import * as aiV6 from 'ai';
import * as aiV5 from 'ai-v5';
import type { ModelMessage } from 'ai';
import { logveilMiddleware } from '../../src/llm/index.js';
import type { LlmFinding, LlmGuardOptions } from '../../src/llm/index.js';
import { KNOWN_SECRET, chatChunks, chatCompletion, email, githubToken, placeholdersIn, splitInPlaceholder, startModelServer, stripeKey } from './support.js';
import type { ModelServer } from './support.js';

const EMAIL = email('sdk-user');
const TOOL_EMAIL = email('sdk-tool');
const TOKEN = githubToken('sdk-prompt');
const STRIPE = stripeKey('sdk-tool-result');
const ARG_TOKEN = githubToken('sdk-tool-args');
const DESCRIPTION_TOKEN = githubToken('sdk-tool-description');
const planted = [EMAIL, TOOL_EMAIL, TOKEN, STRIPE, ARG_TOKEN, DESCRIPTION_TOKEN];

let server: ModelServer;
before(async () => {
  server = await startModelServer();
});
after(async () => {
  await server.close();
});

/**
 * The same tests run with AI SDK 6 (LanguageModelV3) and AI SDK 5 (LanguageModelV2), each with its own
 * OpenAI-compatible provider. The middleware is written against the V3 types; the parts it reads and writes
 * (prompt messages and parts, tools, generate content, stream deltas) have the same shape in V2, so AI SDK 5
 * takes it as it is. AI SDK 5's module is typed as 6's here: only values the two share are used.
 */
const SDKS = [
  { label: 'AI SDK 6', ai: aiV6, provider: openAiCompatibleV2 },
  { label: 'AI SDK 5', ai: aiV5 as unknown as typeof aiV6, provider: openAiCompatibleV1 as unknown as typeof openAiCompatibleV2 },
];

function assertNothingPlanted(text: string): void {
  const leaked = planted.map((value, i) => (text.includes(value) ? i : -1)).filter((i) => i >= 0);
  assert.deepEqual(leaked, [], `planted values ${leaked.join(', ')} reached the server`);
}

const history: ModelMessage[] = [
  { role: 'system', content: `You help ${EMAIL}.` },
  { role: 'user', content: [{ type: 'text', text: `Use ${TOKEN} and tell ${EMAIL}.` }] },
  { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'call_a', toolName: 'lookup', input: { email: TOOL_EMAIL, token: ARG_TOKEN } }] },
  {
    role: 'tool',
    content: [{ type: 'tool-result', toolCallId: 'call_a', toolName: 'lookup', output: { type: 'json', value: { owner: TOOL_EMAIL, apiKey: STRIPE, authorization: 'Bearer x-y-z-1234567890' } } }],
  },
];

for (const { label, ai, provider: compatible } of SDKS) {
  const { generateText, jsonSchema, stepCountIs, streamText, tool, wrapLanguageModel } = ai;

  function model(options: LlmGuardOptions = {}) {
    const provider = compatible.createOpenAICompatible({ name: 'local', baseURL: `${server.url}/v1`, apiKey: 'test-key' });
    return wrapLanguageModel({ model: provider.chatModel('test-model'), middleware: logveilMiddleware(options) });
  }

  describe(`logveilMiddleware with ${label} and its OpenAI-compatible provider`, () => {
    it('sends no planted value from prompt, tool history or tool descriptions, and restores the answer', async () => {
      server.reply = (request) => ({ json: chatCompletion(`Mailed ${placeholdersIn(request).find((p) => p.startsWith('⟦EMAIL'))}.`) });
      const result = await generateText({
        model: model(),
        messages: history,
        tools: { lookup: tool({ description: `Looks up users with ${DESCRIPTION_TOKEN}`, inputSchema: jsonSchema<{ email: string }>({ type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } }) }) },
      });
      const request = server.requests.at(-1)!;
      assertNothingPlanted(request.text);
      const body = request.body as { tools: { function: { parameters: unknown } }[] };
      assert.deepEqual(body.tools[0]!.function.parameters, { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } } });
      assert.equal(result.text, `Mailed ${EMAIL}.`);
    });

    it('restores tool-call arguments before the tool runs, then scrubs the tool result it sends back', async () => {
      const seen: unknown[] = [];
      server.reply = (request) => {
        const body = request.body as { messages: { role: string }[] };
        if (body.messages.some((message) => message.role === 'tool')) return { json: chatCompletion(`Done for ${placeholdersIn(request).at(-1)}`) };
        const placeholder = placeholdersIn(request)[0]!;
        return { json: chatCompletion('', [{ name: 'lookup', arguments: JSON.stringify({ email: placeholder }) }]) };
      };
      const result = await generateText({
        model: model(),
        prompt: `Look up ${TOOL_EMAIL}`,
        stopWhen: stepCountIs(2),
        tools: {
          lookup: tool({
            inputSchema: jsonSchema<{ email: string }>({ type: 'object', properties: { email: { type: 'string' } }, required: ['email'] }),
            execute: async (input) => {
              seen.push(input);
              return { owner: input.email, key: STRIPE };
            },
          }),
        },
      });
      assert.deepEqual(seen, [{ email: TOOL_EMAIL }]);
      assert.equal(server.requests.length >= 2, true);
      for (const request of server.requests.slice(-2)) assertNothingPlanted(request.text);
      assert.equal(result.text, `Done for ${TOOL_EMAIL}`);
    });

    it('restores a placeholder split across stream chunks in streamText', async () => {
      server.reply = (request) => ({ sse: chatChunks(['Hello ', ...splitInPlaceholder(`${placeholdersIn(request)[0]}!`)]) });
      const result = streamText({ model: model(), messages: history });
      let text = '';
      for await (const delta of result.textStream) text += delta;
      assertNothingPlanted(server.requests.at(-1)!.text);
      assert.equal(text, `Hello ${EMAIL}!`);
    });

    it('runs a streamed tool call with the original arguments', async () => {
      const seen: unknown[] = [];
      server.reply = (request) => {
        const body = request.body as { messages: { role: string }[] };
        if (body.messages.some((message) => message.role === 'tool')) return { sse: chatChunks(['ok']) };
        const args = JSON.stringify({ email: placeholdersIn(request)[0] });
        const cut = args.indexOf('⟦') + 2;
        const chunk = (delta: unknown, finish: string | null = null): unknown => ({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] });
        return {
          sse: [
            chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 'call_s', type: 'function', function: { name: 'lookup', arguments: args.slice(0, cut) } }] }),
            chunk({ tool_calls: [{ index: 0, function: { arguments: args.slice(cut) } }] }),
            chunk({}, 'tool_calls'),
            'data: [DONE]\n\n',
          ],
        };
      };
      const result = streamText({
        model: model(),
        prompt: `Look up ${TOOL_EMAIL}`,
        stopWhen: stepCountIs(2),
        tools: { lookup: tool({ inputSchema: jsonSchema<{ email: string }>({ type: 'object', properties: { email: { type: 'string' } } }), execute: async (input) => { seen.push(input); return 'found'; } }) },
      });
      await result.consumeStream();
      assert.deepEqual(seen, [{ email: TOOL_EMAIL }]);
      for (const request of server.requests.slice(-2)) assertNothingPlanted(request.text);
    });

    it('blocks a known secret in a tool result before anything is sent', async () => {
      const count = server.requests.length;
      const findings: LlmFinding[] = [];
      const messages: ModelMessage[] = [
        ...history.slice(0, 3),
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'call_a', toolName: 'lookup', output: { type: 'text', value: `vault ${KNOWN_SECRET}` } }] },
      ];
      await assert.rejects(generateText({ model: model({ knownSecrets: [KNOWN_SECRET], onFinding: (f) => findings.push(f) }), messages }), (error: unknown) => {
        assert.equal((error as { code?: string }).code, 'LOGVEIL_ERR_LLM_BLOCKED');
        assert.ok(!String((error as Error).message).includes(KNOWN_SECRET));
        return true;
      });
      assert.equal(server.requests.length, count);
      const blocked = findings.filter((finding) => finding.mode === 'block');
      assert.deepEqual(blocked.map(({ detector, path, messageIndex, part }) => ({ detector, path, messageIndex, part })), [
        { detector: 'known-secret', path: 'prompt[3].content[0].output.value', messageIndex: 3, part: 0 },
      ]);
    });
  });
}
