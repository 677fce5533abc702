import { readFileSync } from 'node:fs';
import { DETECTION_HELP, DETECTION_OPTIONS, parseCommandArgs } from '../command-line/args.js';
import { redactorFromFlags } from '../command-line/build-redactor.js';
import { CliError } from '../command-line/cli-error.js';
import { write } from '../command-line/io.js';
import type { CliIo } from '../command-line/io.js';
import type { UpstreamProtocol } from './upstream.js';

export const RELAY_HELP = `usage: logveil relay --upstream URL [options]

Receives OTLP (traces, logs, metrics) over HTTP (and gRPC with --grpc-listen), scrubs every string a sender
controls, and forwards it to the upstream. See docs/relay.md.

  --listen HOST:PORT          OTLP/HTTP listener (default 127.0.0.1:4318)
  --grpc-listen HOST:PORT     also listen for OTLP/gRPC
  --upstream URL              OTLP endpoint base to forward to (the signal path is appended for HTTP)
  --upstream-protocol P       http/protobuf (default), http/json or grpc
  --upstream-header N=V       header for the upstream (repeatable); V may be env:NAME or file:PATH
  --upstream-ca FILE          PEM CA to trust for an https upstream
  --upstream-timeout MS       per-send timeout (default 10000)
  --queue-bytes N             bounded queue size in bytes (default 67108864)
  --batch-bytes N             largest batch sent upstream (default 4194304)
  --concurrency N             upstream sends in flight (default 4)
  --retry-initial MS          first retry backoff (default 500); doubles up to --retry-max (default 30000)
  --retry-max MS
  --spool DIR                 keep accepted data on disk until the upstream has it; sent again on start
  --drain-timeout MS          on SIGTERM, how long to finish requests arriving and drain the queue (default 10000)
  --max-body-bytes N          largest request body (default 8388608)
  --max-decompressed-bytes N  largest body after gzip (default 33554432)
  --max-depth N               deepest attribute nesting accepted (default 32)
  --header-timeout MS         time for a client to send headers (default 10000)
  --body-timeout MS           time for a client to send a whole request (default 30000)
  --auth-token-file FILE      require 'Authorization: Bearer <token>' from clients
  --tls-cert FILE, --tls-key FILE   serve the listeners over TLS
${DETECTION_HELP}
`;

const RELAY_OPTIONS = {
  ...DETECTION_OPTIONS,
  listen: { type: 'string' },
  'grpc-listen': { type: 'string' },
  upstream: { type: 'string' },
  'upstream-protocol': { type: 'string' },
  'upstream-header': { type: 'string', multiple: true },
  'upstream-ca': { type: 'string' },
  'upstream-timeout': { type: 'string' },
  'queue-bytes': { type: 'string' },
  'batch-bytes': { type: 'string' },
  concurrency: { type: 'string' },
  'retry-initial': { type: 'string' },
  'retry-max': { type: 'string' },
  spool: { type: 'string' },
  'drain-timeout': { type: 'string' },
  'max-body-bytes': { type: 'string' },
  'max-decompressed-bytes': { type: 'string' },
  'max-depth': { type: 'string' },
  'header-timeout': { type: 'string' },
  'body-timeout': { type: 'string' },
  'auth-token-file': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
} as const;

function address(flag: string, value: string): { host: string; port: number } {
  const match = /^(.*):(\d+)$/.exec(value);
  if (match === null || Number(match[2]) > 65535) throw new CliError(`relay: --${flag} must be HOST:PORT`, 2);
  return { host: match[1]!.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(match[2]) };
}

function integer(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new CliError(`relay: --${flag} must be a whole number`, 2);
  return Number(value);
}

function readFlagFile(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new CliError(`relay: cannot read the file given to --${flag}`, 2);
  }
}

/** `NAME=VALUE`, `NAME=env:VAR` or `NAME=file:PATH`; the value is a secret and never printed. */
function upstreamHeaders(specs: readonly string[], env: CliIo['env']): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const spec of specs) {
    const cut = spec.indexOf('=');
    if (cut <= 0) throw new CliError('relay: --upstream-header must be NAME=VALUE, NAME=env:VAR or NAME=file:PATH', 2);
    const name = spec.slice(0, cut).trim().toLowerCase();
    const raw = spec.slice(cut + 1);
    let value = raw;
    if (raw.startsWith('env:')) {
      const found = env[raw.slice(4)];
      if (found === undefined) throw new CliError(`relay: --upstream-header ${name}: environment variable ${raw.slice(4)} is not set`, 2);
      value = found;
    } else if (raw.startsWith('file:')) {
      value = readFlagFile('upstream-header', raw.slice(5)).toString('utf8').trim();
    }
    headers[name] = value;
  }
  return headers;
}

export async function relayCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('relay', args, RELAY_OPTIONS);
  if (values.help === true) {
    await write(io.stdout, RELAY_HELP);
    return 0;
  }
  if (values.upstream === undefined) throw new CliError('relay: --upstream URL is required (see: logveil relay --help)', 2);
  try {
    new URL(values.upstream);
  } catch {
    throw new CliError('relay: --upstream must be a URL such as http://127.0.0.1:4318', 2);
  }
  const protocol = (values['upstream-protocol'] ?? 'http/protobuf') as UpstreamProtocol;
  if (!['http/protobuf', 'http/json', 'grpc'].includes(protocol)) throw new CliError('relay: --upstream-protocol must be http/protobuf, http/json or grpc', 2);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined)) throw new CliError('relay: --tls-cert and --tls-key go together', 2);
  const redactor = await redactorFromFlags(values);
  const { startRelay } = await import('./relay.js');
  const relay = await startRelay(redactor, {
    listen: address('listen', values.listen ?? '127.0.0.1:4318'),
    grpcListen: values['grpc-listen'] === undefined ? undefined : address('grpc-listen', values['grpc-listen']),
    upstream: values.upstream,
    upstreamProtocol: protocol,
    upstreamHeaders: upstreamHeaders(values['upstream-header'] ?? [], io.env),
    upstreamCa: values['upstream-ca'] === undefined ? undefined : readFlagFile('upstream-ca', values['upstream-ca']),
    upstreamTimeoutMs: integer('upstream-timeout', values['upstream-timeout'], 10_000),
    maxQueueBytes: integer('queue-bytes', values['queue-bytes'], 64 * 1024 * 1024),
    maxBatchBytes: integer('batch-bytes', values['batch-bytes'], 4 * 1024 * 1024),
    concurrency: Math.max(1, integer('concurrency', values.concurrency, 4)),
    initialBackoffMs: integer('retry-initial', values['retry-initial'], 500),
    maxBackoffMs: integer('retry-max', values['retry-max'], 30_000),
    maxBodyBytes: integer('max-body-bytes', values['max-body-bytes'], 8 * 1024 * 1024),
    maxDecompressedBytes: integer('max-decompressed-bytes', values['max-decompressed-bytes'], 32 * 1024 * 1024),
    maxDepth: integer('max-depth', values['max-depth'], 32),
    headersTimeoutMs: integer('header-timeout', values['header-timeout'], 10_000),
    bodyTimeoutMs: integer('body-timeout', values['body-timeout'], 30_000),
    authToken: values['auth-token-file'] === undefined ? undefined : readFlagFile('auth-token-file', values['auth-token-file']).toString('utf8').trim(),
    tls:
      values['tls-cert'] === undefined || values['tls-key'] === undefined
        ? undefined
        : { cert: readFlagFile('tls-cert', values['tls-cert']), key: readFlagFile('tls-key', values['tls-key']) },
    spoolDir: values.spool,
    log: (line) => void write(io.stderr, `${line}\n`),
  });
  const drainMs = integer('drain-timeout', values['drain-timeout'], 10_000);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void relay.stop(drainMs).then(() => resolve());
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  return 0;
}
