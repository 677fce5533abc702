/** The three OTLP signals: where they are received, what their messages are called, what counts as an item. */
export type SignalName = 'traces' | 'logs' | 'metrics';

export interface Signal {
  readonly name: SignalName;
  readonly path: string;
  readonly request: string;
  readonly response: string;
  /** The request's one repeated field (its JSON name); concatenating two encoded requests merges them. */
  readonly resourceField: 'resourceSpans' | 'resourceLogs' | 'resourceMetrics';
  readonly rejectedField: 'rejectedSpans' | 'rejectedLogRecords' | 'rejectedDataPoints';
  readonly partialType: string;
  readonly grpcPath: string;
}

export const SIGNALS: Readonly<Record<SignalName, Signal>> = {
  traces: {
    name: 'traces',
    path: '/v1/traces',
    request: 'ExportTraceServiceRequest',
    response: 'ExportTraceServiceResponse',
    resourceField: 'resourceSpans',
    rejectedField: 'rejectedSpans',
    partialType: 'ExportTracePartialSuccess',
    grpcPath: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  },
  logs: {
    name: 'logs',
    path: '/v1/logs',
    request: 'ExportLogsServiceRequest',
    response: 'ExportLogsServiceResponse',
    resourceField: 'resourceLogs',
    rejectedField: 'rejectedLogRecords',
    partialType: 'ExportLogsPartialSuccess',
    grpcPath: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  },
  metrics: {
    name: 'metrics',
    path: '/v1/metrics',
    request: 'ExportMetricsServiceRequest',
    response: 'ExportMetricsServiceResponse',
    resourceField: 'resourceMetrics',
    rejectedField: 'rejectedDataPoints',
    partialType: 'ExportMetricsPartialSuccess',
    grpcPath: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
  },
};

export function signalForPath(path: string): Signal | undefined {
  for (const signal of Object.values(SIGNALS)) if (path === signal.path) return signal;
  return undefined;
}
