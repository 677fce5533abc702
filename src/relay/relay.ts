import { once } from 'node:events';
import { Delivery } from './delivery.js';
import { createHttpListener } from './http-listener.js';
import { Ingest } from './ingest.js';
import { importGrpc } from './optional-grpc.js';
import { RelayMetrics } from './metrics.js';
import { Spool } from './spool.js';
import { createUpstream } from './upstream.js';
import type { AddressInfo } from 'node:net';
import type { Redactor } from '../redactor.js';
import type { UpstreamProtocol } from './upstream.js';

export interface RelayOptions {
  readonly listen: { readonly host: string; readonly port: number };
  readonly grpcListen?: { readonly host: string; readonly port: number } | undefined;
  readonly upstream: string;
  readonly upstreamProtocol: UpstreamProtocol;
  readonly upstreamHeaders: Readonly<Record<string, string>>;
  readonly upstreamCa?: Buffer | undefined;
  readonly upstreamTimeoutMs: number;
  readonly maxQueueBytes: number;
  readonly maxBatchBytes: number;
  readonly concurrency: number;
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly maxBodyBytes: number;
  readonly maxDecompressedBytes: number;
  readonly maxDepth: number;
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly authToken?: string | undefined;
  readonly tls?: { readonly cert: Buffer; readonly key: Buffer } | undefined;
  readonly spoolDir?: string | undefined;
  /** One line of the relay's own log; the relay passes it through the redactor first. */
  readonly log: (line: string) => void;
}

export interface RunningRelay {
  readonly httpPort: number;
  readonly grpcPort: number | undefined;
  readonly metrics: RelayMetrics;
  /**
   * Stops accepting, answers the requests already arriving, drains for up to `deadlineMs` in all; returns the
   * items not delivered, queued or in flight (spooled when a spool is set).
   */
  stop(deadlineMs: number): Promise<number>;
}

export async function startRelay(redactor: Redactor, options: RelayOptions): Promise<RunningRelay> {
  const log = (event: string, fields: Record<string, unknown> = {}): void =>
    options.log(redactor.redactLine(JSON.stringify({ time: new Date().toISOString(), event, ...fields })));
  const metrics = new RelayMetrics();
  const upstream = await createUpstream({
    url: options.upstream,
    protocol: options.upstreamProtocol,
    headers: options.upstreamHeaders,
    ca: options.upstreamCa,
    timeoutMs: options.upstreamTimeoutMs,
  });
  const spool = options.spoolDir === undefined ? undefined : new Spool(options.spoolDir);
  const delivery = new Delivery(
    {
      maxQueueBytes: options.maxQueueBytes,
      maxBatchBytes: options.maxBatchBytes,
      concurrency: options.concurrency,
      initialBackoffMs: options.initialBackoffMs,
      maxBackoffMs: options.maxBackoffMs,
      protocol: options.upstreamProtocol,
    },
    upstream,
    metrics,
    spool,
  );
  const restored = delivery.restore();
  if (restored > 0) log('spool_restored', { items: restored });
  const ingest = new Ingest(redactor, delivery, metrics, options.upstreamProtocol, options.maxDepth);
  metrics.gauge('logveil_relay_requests_receiving', 'HTTP export requests whose body is still arriving.', () => ingest.receiving);
  let ready = false;
  const server = createHttpListener(ingest, {
    maxBodyBytes: options.maxBodyBytes,
    maxDecompressedBytes: options.maxDecompressedBytes,
    headersTimeoutMs: options.headersTimeoutMs,
    bodyTimeoutMs: options.bodyTimeoutMs,
    authToken: options.authToken,
    tls: options.tls,
    health: () => ready && !ingest.draining,
    metrics: () => metrics.render(redactor),
  });
  server.listen(options.listen.port, options.listen.host);
  await once(server, 'listening');
  const httpPort = (server.address() as AddressInfo).port;
  let grpcServer: { tryShutdown(callback: () => void): void; forceShutdown(): void } | undefined;
  let grpcPort: number | undefined;
  if (options.grpcListen !== undefined) {
    const { startGrpcListener } = await importGrpc('--grpc-listen', () => import('./grpc-listener.js'));
    const started = await startGrpcListener(ingest, `${options.grpcListen.host}:${options.grpcListen.port}`, {
      maxBodyBytes: options.maxDecompressedBytes,
      authToken: options.authToken,
      tls: options.tls,
    });
    grpcServer = started.server;
    grpcPort = started.port;
  }
  ready = true;
  log('listening', { http: `${options.listen.host}:${httpPort}`, grpc: grpcPort, upstream_protocol: options.upstreamProtocol });
  return {
    httpPort,
    grpcPort,
    metrics,
    async stop(deadlineMs: number): Promise<number> {
      // New requests get 503 + Retry-After; requests already arriving are answered (and so queued or spooled)
      // before the queue drains; all of it within the one deadline, then the listeners close.
      const until = Date.now() + deadlineMs;
      ingest.draining = true;
      log('draining', { queue_bytes: delivery.queuedBytes, receiving: ingest.receiving, deadline_ms: deadlineMs });
      await ingest.settled(deadlineMs);
      const left = await delivery.drain(Math.max(0, until - Date.now()));
      server.close();
      server.closeAllConnections();
      grpcServer?.forceShutdown();
      upstream.close();
      log('stopped', { items_left: left, spooled: spool !== undefined });
      return left;
    },
  };
}

