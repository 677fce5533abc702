import { StreamRestorer } from './placeholders.js';
import { JSON_TEXT_KEYS } from './restore-json.js';
import type { PlaceholderMap } from './placeholders.js';

type Segment = string | number;

interface Channel {
  readonly restorer: StreamRestorer;
  /** The last event that carried this channel, to re-send held-back text in the same shape. */
  fields: readonly string[];
  data: unknown;
  path: readonly Segment[];
}

/**
 * Restores placeholders in a server-sent-event stream whose `data:` lines are JSON (OpenAI chat completions
 * and responses, Anthropic messages, Gemini). Every string field is a channel named by its path, with the
 * `index` of the choice, content block or tool call it belongs to, so deltas of one text join up across events.
 * Text held back at the end of an event (a possible placeholder start) goes out with the channel's next event,
 * or, if the next event does not carry that channel, in a copy of the channel's last event sent just before.
 */
export function restoreEventStream(body: ReadableStream<Uint8Array>, map: PlaceholderMap, onEnd: () => void = () => {}): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const channels = new Map<string, Channel>();
  let partialLine = '';
  let eventLines: string[] = [];

  const flushChannels = (except: ReadonlySet<string>): string => {
    let out = '';
    for (const [name, channel] of channels) {
      if (except.has(name) || !channel.restorer.holding) continue;
      const copy = setAt(clearDeltas(structuredClone(channel.data)), channel.path, channel.restorer.flush());
      out += `${channel.fields.join('\n')}${channel.fields.length > 0 ? '\n' : ''}data: ${JSON.stringify(copy)}\n\n`;
    }
    return out;
  };

  const processEvent = (lines: readonly string[]): string => {
    const dataLines = lines.filter((line) => line.startsWith('data:'));
    const fields = lines.filter((line) => !line.startsWith('data:'));
    let data: unknown;
    let parsed = false;
    if (dataLines.length === 1) {
      const payload = dataLines[0]!.slice(5).trimStart();
      if (payload.startsWith('{') || payload.startsWith('[')) {
        try {
          data = JSON.parse(payload);
          parsed = true;
        } catch {
          parsed = false;
        }
      }
    }
    if (!parsed) return flushChannels(new Set()) + lines.join('\n') + '\n\n';
    const seen = new Set<string>();
    const restored = restoreEvent(data, [], '', undefined, (name, path, text, key) => {
      seen.add(name);
      let channel = channels.get(name);
      if (channel === undefined) {
        channel = { restorer: new StreamRestorer(map, key !== undefined && JSON_TEXT_KEYS.has(key)), fields, data, path };
        channels.set(name, channel);
      }
      channel.fields = fields;
      channel.data = data;
      channel.path = path;
      return channel.restorer.push(text);
    });
    return flushChannels(seen) + `${fields.join('\n')}${fields.length > 0 ? '\n' : ''}data: ${JSON.stringify(restored)}\n\n`;
  };

  const processText = (text: string, controller: TransformStreamDefaultController<Uint8Array>): void => {
    const lines = (partialLine + text).split(/\r?\n/);
    partialLine = lines.pop() ?? '';
    let out = '';
    for (const line of lines) {
      if (line === '') {
        if (eventLines.length > 0) out += processEvent(eventLines);
        eventLines = [];
      } else {
        eventLines.push(line);
      }
    }
    if (out !== '') controller.enqueue(encoder.encode(out));
  };

  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        processText(decoder.decode(chunk, { stream: true }), controller);
      },
      flush(controller) {
        processText(decoder.decode(), controller);
        if (partialLine !== '') eventLines.push(partialLine);
        let out = eventLines.length > 0 ? processEvent(eventLines) : '';
        out += flushChannels(new Set());
        if (out !== '') controller.enqueue(encoder.encode(out));
        onEnd();
      },
    }),
  );
}

type OnString = (channel: string, path: readonly Segment[], text: string, key: string | undefined) => string;

function restoreEvent(value: unknown, path: Segment[], channel: string, key: string | undefined, onString: OnString): unknown {
  if (typeof value === 'string') return onString(channel, path, value, key);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = restoreEvent(item, [...path, i], `${channel}[${i}]`, key, onString);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  // A choice, content block or tool call delta names itself by `index`, whatever its position in the event.
  const named = typeof record.index === 'number' ? `${channel}@${record.index}` : channel;
  let copy: Record<string, unknown> | undefined;
  for (const [name, child] of Object.entries(record)) {
    const next = restoreEvent(child, [...path, name], `${named}.${name}`, name, onString);
    if (next !== child) (copy ??= { ...record })[name] = next;
  }
  return copy ?? value;
}

function setAt(root: unknown, path: readonly Segment[], text: string): unknown {
  if (path.length === 0) return text;
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = text;
  return root;
}

/** Fields that carry a delta of generated text; in a re-sent copy of an event, only the held-back one stays. */
const DELTA_KEYS = new Set(['text', 'content', 'arguments', 'partial_json', 'thinking', 'delta', 'refusal', 'reasoning', 'reasoning_content']);

function clearDeltas(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const item of value) clearDeltas(item);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const [name, child] of Object.entries(record)) {
    if (typeof child === 'string' && DELTA_KEYS.has(name)) record[name] = '';
    else clearDeltas(child);
  }
  return value;
}
