import { LlmGuard } from './guard.js';
import { StreamRestorer } from './placeholders.js';
import type { LanguageModelV3CallOptions, LanguageModelV3Content, LanguageModelV3Middleware, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import type { LlmGuardStats } from './audit.js';
import type { RequestSession } from './guard.js';
import type { LlmGuardOptions } from './options.js';

export type LogveilMiddleware = LanguageModelV3Middleware & { stats(): LlmGuardStats };

/**
 * Middleware for the AI SDK's `wrapLanguageModel({ model, middleware })`. `transformParams` scrubs everything
 * in the call that leaves (system and user messages, text and text-file parts, tool descriptions and schemas,
 * tool calls and tool results in the history, provider options); `wrapGenerate` and `wrapStream` put this
 * call's placeholders back in text, reasoning and tool-call arguments before the SDK runs a tool. The call's
 * headers and abort signal are the caller's own and pass untouched. Loads nothing from the AI SDK at run time.
 */
export function logveilMiddleware(options: LlmGuardOptions = {}): LogveilMiddleware {
  const guard = new LlmGuard(options);
  // The SDK hands wrapGenerate/wrapStream the very object transformParams returned.
  const sessions = new WeakMap<object, RequestSession>();
  return {
    specificationVersion: 'v3',
    stats: () => guard.stats(),
    transformParams: async ({ params }) => {
      const { headers, abortSignal, ...rest } = params;
      const { value, session } = guard.scrub(rest);
      const next: LanguageModelV3CallOptions = { ...value };
      if (headers !== undefined) next.headers = headers;
      if (abortSignal !== undefined) next.abortSignal = abortSignal;
      sessions.set(next, session);
      return next;
    },
    wrapGenerate: async ({ doGenerate, params }) => {
      const result = await doGenerate();
      const session = sessions.get(params);
      if (session === undefined || session.placeholders.size === 0) return result;
      const map = session.placeholders;
      const content = result.content.map((part): LanguageModelV3Content => {
        if (part.type === 'text' || part.type === 'reasoning') return { ...part, text: map.restore(part.text) };
        if (part.type === 'tool-call') return { ...part, input: map.restore(part.input, true) };
        return part;
      });
      guard.countRestored(map.restored);
      return { ...result, content };
    },
    wrapStream: async ({ doStream, params }) => {
      const result = await doStream();
      const session = sessions.get(params);
      if (session === undefined || session.placeholders.size === 0) return result;
      const map = session.placeholders;
      return { ...result, stream: result.stream.pipeThrough(restoreStream(map, () => guard.countRestored(map.restored))) };
    },
  };
}

type DeltaPart = Extract<LanguageModelV3StreamPart, { type: 'text-delta' | 'reasoning-delta' | 'tool-input-delta' }>;

function restoreStream(map: RequestSession['placeholders'], done: () => void): TransformStream<LanguageModelV3StreamPart, LanguageModelV3StreamPart> {
  const open = new Map<string, { restorer: StreamRestorer; type: DeltaPart['type']; id: string }>();
  const flushOne = (key: string, controller: TransformStreamDefaultController<LanguageModelV3StreamPart>): void => {
    const entry = open.get(key);
    if (entry === undefined) return;
    open.delete(key);
    const rest = entry.restorer.flush();
    if (rest !== '') controller.enqueue({ type: entry.type, id: entry.id, delta: rest });
  };
  return new TransformStream({
    transform(part, controller) {
      switch (part.type) {
        case 'text-delta':
        case 'reasoning-delta':
        case 'tool-input-delta': {
          const key = `${part.type}:${part.id}`;
          let entry = open.get(key);
          if (entry === undefined) {
            entry = { restorer: new StreamRestorer(map, part.type === 'tool-input-delta'), type: part.type, id: part.id };
            open.set(key, entry);
          }
          const delta = entry.restorer.push(part.delta);
          if (delta !== '') controller.enqueue({ ...part, delta });
          return;
        }
        case 'text-end':
        case 'reasoning-end':
        case 'tool-input-end':
          flushOne(`${part.type.replace('-end', '-delta')}:${part.id}`, controller);
          controller.enqueue(part);
          return;
        case 'tool-call':
          controller.enqueue({ ...part, input: map.restore(part.input, true) });
          return;
        case 'finish':
          for (const key of [...open.keys()]) flushOne(key, controller);
          controller.enqueue(part);
          return;
        default:
          controller.enqueue(part);
      }
    },
    flush(controller) {
      for (const key of [...open.keys()]) flushOne(key, controller);
      done();
    },
  });
}
