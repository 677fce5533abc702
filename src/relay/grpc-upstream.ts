import * as grpc from '@grpc/grpc-js';
import type { SendResult, Upstream, UpstreamOptions } from './upstream.js';
import type { Signal } from './signals.js';

const identity = (buffer: Buffer): Buffer => buffer;

/** An OTLP/gRPC upstream: the batch is already an encoded Export request, sent as a unary call. */
export function createGrpcUpstream(options: UpstreamOptions): Upstream {
  const url = new URL(options.url);
  const secure = url.protocol === 'https:' || url.protocol === 'grpcs:';
  const credentials = secure ? grpc.credentials.createSsl(options.ca ?? null) : grpc.credentials.createInsecure();
  const client = new grpc.Client(url.host, credentials);
  return {
    send(signal: Signal, body: Buffer): Promise<SendResult> {
      const metadata = new grpc.Metadata();
      for (const [name, value] of Object.entries(options.headers)) metadata.set(name, value);
      return new Promise((resolve) => {
        client.makeUnaryRequest(
          signal.grpcPath,
          identity,
          identity,
          body,
          metadata,
          { deadline: Date.now() + options.timeoutMs },
          (error, response) => {
            if (error === null || error === undefined) return resolve({ kind: 'ok', body: response ?? Buffer.alloc(0) });
            const retryable = [grpc.status.UNAVAILABLE, grpc.status.RESOURCE_EXHAUSTED, grpc.status.DEADLINE_EXCEEDED, grpc.status.ABORTED, grpc.status.CANCELLED];
            if (retryable.includes(error.code)) resolve({ kind: 'retry', retryAfterMs: undefined, reason: `gRPC ${grpc.status[error.code]}` });
            else resolve({ kind: 'rejected', reason: `gRPC ${grpc.status[error.code]}` });
          },
        );
      });
    },
    close(): void {
      client.close();
    },
  };
}
