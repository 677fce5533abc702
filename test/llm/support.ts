/**
 * A local model server for the logveil/llm tests: OpenAI-compatible (and Anthropic-style) endpoints on a
 * loopback port that record every request body and answer with JSON or server-sent events built by the test,
 * usually echoing placeholders found in the request. Also `sendThroughGuard`, for a conformance runner: it
 * sends strings through guardFetch to such a server and returns what arrived.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { fake } from '../../detectors/lib/sample.js';
import { withGithubChecksum } from '../../src/validators/index.js';
import { guardFetch } from '../../src/llm/index.js';
import type { LlmGuardOptions } from '../../src/llm/index.js';

export const githubToken = (seed: string): string => 'ghp_' + withGithubChecksum(fake(seed, 30));
export const stripeKey = (seed: string): string => `sk_live_${fake(seed, 24)}`;
export const email = (seed: string): string => `${fake(`${seed}-a`, 6, 'abcdefghijklmnopqrstuvwxyz')}.doe@corp.example.org`;
/** No detector knows this shape: only `knownSecrets` finds it. */
export const KNOWN_SECRET = 'vault-root-4cd1ab9f7e2c';

export interface Recorded {
  readonly path: string;
  readonly text: string;
  readonly body: unknown;
}

/** What the server answers: a JSON body, or events sent one write at a time (each `data:` JSON or a raw string). */
export type Reply = { json: unknown } | { sse: readonly (unknown | string)[] };

export interface ModelServer {
  readonly url: string;
  readonly requests: Recorded[];
  reply: (request: Recorded) => Reply;
  close(): Promise<void>;
}

export async function startModelServer(): Promise<ModelServer> {
  const requests: Recorded[] = [];
  const state: { reply: (request: Recorded) => Reply } = { reply: () => ({ json: chatCompletion('ok') }) };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text
      }
      const recorded = { path: req.url ?? '', text, body };
      requests.push(recorded);
      void answer(res, state.reply(recorded));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get reply() {
      return state.reply;
    },
    set reply(reply) {
      state.reply = reply;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function answer(res: ServerResponse, reply: Reply): Promise<void> {
  if ('json' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.json));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const event of reply.sse) {
    res.write(typeof event === 'string' ? event : `data: ${JSON.stringify(event)}\n\n`);
    // Separate writes reach the client as separate chunks only if the event loop turns between them.
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}

/** Placeholders (`⟦EMAIL_1⟧`) in a recorded request, in order of appearance. */
export function placeholdersIn(request: Recorded): string[] {
  return [...new Set(request.text.match(/⟦[A-Z0-9_]+⟧/g) ?? [])];
}

export function chatCompletion(content: string, toolCalls?: { name: string; arguments: string }[]): unknown {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'test-model',
    choices: [
      {
        index: 0,
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
        message: {
          role: 'assistant',
          content: toolCalls ? null : content,
          ...(toolCalls ? { tool_calls: toolCalls.map((call, i) => ({ id: `call_${i}`, type: 'function', function: call })) } : {}),
        },
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** Chat-completion chunks, one per piece of content, then a finish chunk and `[DONE]`. */
export function chatChunks(pieces: readonly string[]): (unknown | string)[] {
  const chunk = (delta: unknown, finish: string | null = null): unknown => ({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  return [chunk({ role: 'assistant', content: '' }), ...pieces.map((piece) => chunk({ content: piece })), chunk({}, 'stop'), 'data: [DONE]\n\n'];
}

/** Splits a text in the middle of its first placeholder, so the restorer must join two chunks. */
export function splitInPlaceholder(text: string): string[] {
  const at = text.indexOf('⟦');
  if (at === -1) return [text];
  return [text.slice(0, at + 3), text.slice(at + 3)];
}

/**
 * For a conformance runner: sends each string as a user message through guardFetch (chat completions) to a
 * local server and returns, per string, what arrived there (the message content), or the error code when the
 * request was refused.
 */
export async function sendThroughGuard(texts: readonly string[], options: LlmGuardOptions = {}): Promise<({ arrived: string } | { refused: string })[]> {
  const server = await startModelServer();
  try {
    const fetch = guardFetch(options);
    const results: ({ arrived: string } | { refused: string })[] = [];
    for (const text of texts) {
      const before = server.requests.length;
      try {
        const response = await fetch(`${server.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'test-model', messages: [{ role: 'user', content: text }] }),
        });
        await response.arrayBuffer();
        const body = server.requests[before]!.body as { messages: { content: string }[] };
        results.push({ arrived: body.messages[0]!.content });
      } catch (error) {
        results.push({ refused: (error as { code?: string }).code ?? 'unknown' });
      }
    }
    return results;
  } finally {
    await server.close();
  }
}
