import { otlpType } from './otlp-schema.js';
import type { Signal } from './signals.js';

export type WireFormat = 'protobuf' | 'json';

/* eslint-disable @typescript-eslint/no-explicit-any -- protobufjs messages and OTLP/JSON trees. */

/** A body that is not a valid OTLP request of its signal: answered 400 with this message (never a value). */
export class UndecodableBody extends Error {}

const HEX_ID = /^(?:[0-9a-fA-F]{2})*$/;

/**
 * OTLP/JSON is the protobuf JSON mapping with two exceptions: trace and span ids are hex, not base64, and
 * enums are integers. These are the id fields, per message path, so the JSON tree can be turned into the
 * protobuf form and back.
 */
function eachIdHolder(signal: Signal, request: any, visit: (holder: any) => void): void {
  for (const resource of asArray(request?.[signal.resourceField])) {
    for (const scope of asArray(resource?.scopeSpans ?? resource?.scopeLogs ?? resource?.scopeMetrics)) {
      if (signal.name === 'traces') {
        for (const span of asArray(scope?.spans)) {
          visit(span);
          for (const link of asArray(span?.links)) visit(link);
        }
      } else if (signal.name === 'logs') {
        for (const record of asArray(scope?.logRecords)) visit(record);
      } else {
        for (const metric of asArray(scope?.metrics)) {
          const data = metric?.gauge ?? metric?.sum ?? metric?.histogram ?? metric?.exponentialHistogram ?? metric?.summary;
          for (const point of asArray(data?.dataPoints)) for (const exemplar of asArray(point?.exemplars)) visit(exemplar);
        }
      }
    }
  }
}

function asArray(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

const ID_FIELDS = ['traceId', 'spanId', 'parentSpanId'] as const;

/** Decodes an export request. Throws UndecodableBody with a message that quotes nothing of the body. */
export function decodeRequest(signal: Signal, body: Buffer, format: WireFormat): any {
  const type = otlpType(signal.request);
  if (format === 'protobuf') {
    try {
      return type.decode(body);
    } catch (error) {
      throw new UndecodableBody(`the body is not a protobuf ${signal.request}${reason(error)}`);
    }
  }
  let tree: any;
  try {
    tree = JSON.parse(body.toString('utf8'));
  } catch {
    throw new UndecodableBody(`the body is not JSON`);
  }
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) throw new UndecodableBody(`the body is not a JSON ${signal.request} object`);
  eachIdHolder(signal, tree, (holder) => {
    if (holder === null || typeof holder !== 'object') return;
    for (const field of ID_FIELDS) {
      const id = holder[field];
      if (id === undefined || id === null || id === '') continue;
      if (typeof id !== 'string' || !HEX_ID.test(id)) throw new UndecodableBody(`${field} must be a hex string in OTLP/JSON`);
      holder[field] = Buffer.from(id, 'hex');
    }
  });
  try {
    // fromObject, not verify: verify refuses int64 given as decimal strings, which OTLP/JSON requires.
    return type.fromObject(tree);
  } catch (error) {
    if (error instanceof UndecodableBody) throw error;
    throw new UndecodableBody(`the body is not a valid ${signal.request}${reason(error)}`);
  }
}

function reason(error: unknown): string {
  // protobufjs messages name the wire problem ("index out of range", "invalid wire type"), not the data.
  return error instanceof Error ? ` (${error.message.replace(/[^ -~]/g, '').slice(0, 80)})` : '';
}

export function encodeProtobuf(signal: Signal, message: any): Buffer {
  const bytes = otlpType(signal.request).encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The OTLP/JSON text of a request's resource list, without its brackets (so batches join with a comma). */
export function encodeJsonItems(signal: Signal, message: any): string {
  const tree: any = otlpType(signal.request).toObject(message, { longs: String, bytes: String, json: true });
  eachIdHolder(signal, tree, (holder) => {
    for (const field of ID_FIELDS) {
      if (typeof holder[field] === 'string') holder[field] = Buffer.from(holder[field], 'base64').toString('hex');
    }
  });
  return JSON.stringify(tree[signal.resourceField] ?? []).slice(1, -1);
}

export function joinJsonItems(signal: Signal, parts: readonly string[]): Buffer {
  return Buffer.from(`{"${signal.resourceField}":[${parts.filter((part) => part.length > 0).join(',')}]}`);
}

/** The response to a client: empty on full success, a partial success with a count and a message otherwise. */
export function encodeResponse(signal: Signal, format: WireFormat, rejected: number, message: string): Buffer {
  const type = otlpType(signal.response);
  const body = rejected > 0 || message.length > 0 ? { partialSuccess: { [signal.rejectedField]: rejected, errorMessage: message } } : {};
  if (format === 'json') return Buffer.from(JSON.stringify(body));
  const bytes = type.encode(type.fromObject(body)).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Reads a partial success out of an upstream's response (for counting). */
export function decodeResponse(signal: Signal, format: WireFormat, body: Buffer): { rejected: number; message: string } {
  try {
    const type = otlpType(signal.response);
    const tree: any = format === 'json' ? JSON.parse(body.toString('utf8') || '{}') : type.toObject(type.decode(body), { longs: Number });
    const partial = tree?.partialSuccess ?? {};
    return { rejected: Number(partial[signal.rejectedField] ?? 0), message: String(partial.errorMessage ?? '') };
  } catch {
    return { rejected: 0, message: '' };
  }
}
