import * as grpc from '@grpc/grpc-js';
import { encodeResponse } from './codec.js';
import { SIGNALS } from './signals.js';
import { tokenMatcher } from './http-listener.js';
import type { Ingest } from './ingest.js';

const identity = (buffer: Buffer): Buffer => buffer;

export interface GrpcListenerOptions {
  readonly maxBodyBytes: number;
  readonly authToken: string | undefined;
  readonly tls: { readonly cert: Buffer; readonly key: Buffer } | undefined;
}

/**
 * OTLP/gRPC: the trace, logs and metrics Export services. Requests arrive as raw bytes (grpc-js does framing,
 * compression and the size limit) and go through the same Ingest as OTLP/HTTP.
 */
export async function startGrpcListener(ingest: Ingest, address: string, options: GrpcListenerOptions): Promise<{ port: number; server: grpc.Server }> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': options.maxBodyBytes });
  const authorized = options.authToken === undefined ? undefined : tokenMatcher(options.authToken);
  for (const signal of Object.values(SIGNALS)) {
    const definition: grpc.ServiceDefinition = {
      Export: {
        path: signal.grpcPath,
        requestStream: false,
        responseStream: false,
        requestSerialize: identity,
        requestDeserialize: identity,
        responseSerialize: identity,
        responseDeserialize: identity,
      },
    };
    server.addService(definition, {
      Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        if (authorized !== undefined && !authorized(String(call.metadata.get('authorization')[0] ?? ''))) {
          return callback({ code: grpc.status.UNAUTHENTICATED, details: 'unauthorized' });
        }
        const result = ingest.handle(signal, call.request, 'protobuf');
        switch (result.kind) {
          case 'accepted':
            return callback(null, encodeResponse(signal, 'protobuf', result.rejected, result.message));
          case 'bad':
            return callback({ code: grpc.status.INVALID_ARGUMENT, details: result.message });
          case 'full':
            return callback({ code: grpc.status.RESOURCE_EXHAUSTED, details: 'the relay queue is full; retry later' });
          case 'unavailable':
            return callback({ code: grpc.status.UNAVAILABLE, details: 'the relay cannot take data now (draining or spool unwritable); retry later' });
        }
      },
    });
  }
  const credentials =
    options.tls === undefined ? grpc.ServerCredentials.createInsecure() : grpc.ServerCredentials.createSsl(null, [{ cert_chain: options.tls.cert, private_key: options.tls.key }]);
  const port = await new Promise<number>((resolve, reject) => server.bindAsync(address, credentials, (error, bound) => (error ? reject(error) : resolve(bound))));
  return { port, server };
}
