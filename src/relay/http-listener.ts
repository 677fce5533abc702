import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { encodeResponse } from './codec.js';
import { otlpType } from './otlp-schema.js';
import { signalForPath } from './signals.js';
import type { WireFormat } from './codec.js';
import type { Ingest, IngestResult } from './ingest.js';
import type { Signal } from './signals.js';

const gunzipAsync = promisify(gunzip);

export interface HttpListenerOptions {
  readonly maxBodyBytes: number;
  readonly maxDecompressedBytes: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly authToken: string | undefined;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | undefined;
  /** GET /healthz and GET /metrics. */
  readonly health: () => boolean;
  readonly metrics: () => string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A bearer check whose time does not depend on how much of the token matched. */
export function tokenMatcher(token: string): (header: string | undefined) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (header) => {
    const match = /^Bearer (.+)$/i.exec(header ?? '');
    if (match === null) return false;
    return timingSafeEqual(createHash('sha256').update(match[1]!).digest(), expected);
  };
}

class TooLarge extends Error {}

/**
 * OTLP/HTTP on node:http: POST /v1/{traces,logs,metrics} in protobuf or JSON, gzip or not. Node's own
 * headersTimeout and requestTimeout bound a slow client; the body is counted as it arrives and refused at the
 * limit, and gzip is inflated with an output cap, so neither a large body nor a gzip bomb is ever held whole.
 */
export function createHttpListener(ingest: Ingest, options: HttpListenerOptions): http.Server {
  const authorized = options.authToken === undefined ? undefined : tokenMatcher(options.authToken);
  const handler: Handler = (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && path === '/healthz') {
      const ready = options.health();
      return plain(res, ready ? 200 : 503, ready ? 'ok\n' : 'draining\n');
    }
    if (req.method === 'GET' && path === '/metrics') return plain(res, 200, options.metrics(), 'text/plain; version=0.0.4');
    if (authorized !== undefined && !authorized(req.headers.authorization)) {
      req.resume();
      return plain(res, 401, 'unauthorized\n', 'text/plain', { 'www-authenticate': 'Bearer' });
    }
    const signal = signalForPath(path);
    if (signal === undefined) return discard(req, res, 404, 'no such OTLP path (use /v1/traces, /v1/logs or /v1/metrics)');
    if (req.method !== 'POST') return discard(req, res, 405, 'OTLP export requests are POSTed');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const format: WireFormat | undefined = type === 'application/x-protobuf' ? 'protobuf' : type === 'application/json' ? 'json' : undefined;
    if (format === undefined) return discard(req, res, 415, 'Content-Type must be application/x-protobuf or application/json');
    const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'gzip' && encoding !== 'identity') return discard(req, res, 415, 'Content-Encoding must be gzip or identity', format);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxBodyBytes) return discard(req, res, 413, `the body is over ${options.maxBodyBytes} bytes`, format, true);
    const request = ingest.begin();
    void readBody(req, options.maxBodyBytes)
      .then(async (raw) => {
        const body = encoding === 'gzip' ? await inflate(raw, options.maxDecompressedBytes) : raw;
        if (body.length > options.maxDecompressedBytes) throw new TooLarge();
        respond(res, format, ingest.handle(signal, body, format, request.begunBeforeDrain), signal);
      })
      .catch((error: unknown) => {
        if (res.headersSent) return;
        if (error instanceof TooLarge) return status(res, 413, 'the body or its decompressed size is over the limit', format, true);
        if (error instanceof BadGzip) return status(res, 400, 'the body is not valid gzip', format);
        // The client went away mid-body: nothing was acknowledged, nothing was queued.
        res.destroy();
      })
      .finally(() => request.end());
  };
  // Node checks the header and request timeouts every connectionsCheckingInterval (30 s by default): check
  // often enough that a stalled client is cut off close to its deadline.
  const checking = { connectionsCheckingInterval: Math.max(100, Math.min(1_000, options.headersTimeoutMs, options.bodyTimeoutMs)) };
  const server =
    options.tls === undefined ? http.createServer(checking, handler) : https.createServer({ ...checking, cert: options.tls.cert, key: options.tls.key }, handler);
  server.headersTimeout = options.headersTimeoutMs;
  server.requestTimeout = options.bodyTimeoutMs;
  server.keepAliveTimeout = 5_000;
  return server;
}

class BadGzip extends Error {}

async function inflate(raw: Buffer, max: number): Promise<Buffer> {
  try {
    return await gunzipAsync(raw, { maxOutputLength: max });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new TooLarge();
    throw new BadGzip();
  }
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('aborted', () => reject(new Error('aborted')));
    req.on('error', reject);
  });
}

function respond(res: http.ServerResponse, format: WireFormat, result: IngestResult, signal: Signal): void {
  switch (result.kind) {
    case 'accepted': {
      const body = encodeResponse(signal, format, result.rejected, result.message);
      res.writeHead(200, { 'content-type': contentType(format), 'content-length': body.length });
      res.end(body);
      return;
    }
    case 'bad':
      return status(res, 400, result.message, format);
    case 'full':
      return status(res, 429, 'the relay queue is full; retry later', format, false, { 'retry-after': String(result.retryAfterSeconds) });
    case 'unavailable':
      return status(res, 503, 'the relay cannot take data now (draining or spool unwritable); retry later', format, false, { 'retry-after': String(result.retryAfterSeconds) });
  }
}

function contentType(format: WireFormat): string {
  return format === 'json' ? 'application/json' : 'application/x-protobuf';
}

/** An OTLP error response: a google.rpc.Status carrying a message (never a value from the request). */
function status(res: http.ServerResponse, code: number, message: string, format: WireFormat = 'json', close = false, headers: Record<string, string> = {}): void {
  const rpcCode = code === 429 ? 8 : code === 503 ? 14 : code === 413 ? 8 : 3;
  const type = otlpType('RpcStatus');
  const body =
    format === 'json' ? Buffer.from(JSON.stringify({ code: rpcCode, message })) : Buffer.from(type.encode(type.fromObject({ code: rpcCode, message })).finish());
  res.writeHead(code, { ...headers, 'content-type': contentType(format), 'content-length': body.length, ...(close ? { connection: 'close' } : {}) });
  res.end(body);
}

function discard(req: http.IncomingMessage, res: http.ServerResponse, code: number, message: string, format?: WireFormat, close = false): void {
  req.resume();
  status(res, code, message, format, close);
}

function plain(res: http.ServerResponse, code: number, text: string, type = 'text/plain', headers: Record<string, string> = {}): void {
  res.writeHead(code, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
