import http from 'node:http';
import https from 'node:https';
import { importGrpc } from './optional-grpc.js';
import type { Signal } from './signals.js';

export type UpstreamProtocol = 'http/protobuf' | 'http/json' | 'grpc';

export interface UpstreamOptions {
  readonly url: string;
  readonly protocol: UpstreamProtocol;
  /** Header values are secrets: they are sent, never logged, never counted by value. */
  readonly headers: Readonly<Record<string, string>>;
  /** PEM of a CA to trust for an https/grpcs upstream. */
  readonly ca?: Buffer | undefined;
  readonly timeoutMs: number;
}

export type SendResult =
  | { readonly kind: 'ok'; readonly body: Buffer }
  | { readonly kind: 'retry'; readonly retryAfterMs: number | undefined; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string };

export interface Upstream {
  send(signal: Signal, body: Buffer): Promise<SendResult>;
  close(): void;
}

/** HTTP statuses OTLP calls retryable (the rest of 4xx/5xx mean the data will never be accepted). */
const RETRYABLE_HTTP = new Set([429, 502, 503, 504]);

export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export async function createUpstream(options: UpstreamOptions): Promise<Upstream> {
  if (options.protocol === 'grpc') {
    const { createGrpcUpstream } = await importGrpc('--upstream-protocol grpc', () => import('./grpc-upstream.js'));
    return createGrpcUpstream(options);
  }
  return new HttpUpstream(options);
}

class HttpUpstream implements Upstream {
  readonly #options: UpstreamOptions;
  readonly #base: URL;
  readonly #agent: http.Agent;
  readonly #contentType: string;

  constructor(options: UpstreamOptions) {
    this.#options = options;
    this.#base = new URL(options.url);
    const secure = this.#base.protocol === 'https:';
    this.#agent = secure ? new https.Agent({ keepAlive: true, ca: options.ca }) : new http.Agent({ keepAlive: true });
    this.#contentType = options.protocol === 'http/json' ? 'application/json' : 'application/x-protobuf';
  }

  send(signal: Signal, body: Buffer): Promise<SendResult> {
    // The upstream URL is an endpoint base, as OTEL_EXPORTER_OTLP_ENDPOINT is: the signal's path is appended.
    const target = new URL(this.#base.href.replace(/\/+$/, '') + signal.path);
    const request = target.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve) => {
      const req = request(
        target,
        {
          method: 'POST',
          agent: this.#agent,
          headers: { ...this.#options.headers, 'content-type': this.#contentType, 'content-length': body.length },
          timeout: this.#options.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', () => resolve({ kind: 'retry', retryAfterMs: undefined, reason: 'response aborted' }));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve({ kind: 'ok', body: Buffer.concat(chunks) });
            else if (RETRYABLE_HTTP.has(status)) {
              const header = res.headers['retry-after'];
              resolve({ kind: 'retry', retryAfterMs: parseRetryAfter(Array.isArray(header) ? header[0] : header), reason: `HTTP ${status}` });
            } else resolve({ kind: 'rejected', reason: `HTTP ${status}` });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => resolve({ kind: 'retry', retryAfterMs: undefined, reason: error.code ?? 'network error' }));
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
