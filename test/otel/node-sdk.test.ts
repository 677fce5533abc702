import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trace } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { InMemoryLogRecordExporter, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor, InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { RedactingLogRecordProcessor, RedactingSpanProcessor } from '../../src/otel/index.js';
import { assertNoSecrets, plantedSecrets, spanData } from './support.js';

// Offline: no exporter may be built from the environment (the OTLP defaults would dial a collector).
process.env.OTEL_TRACES_EXPORTER = 'none';
process.env.OTEL_METRICS_EXPORTER = 'none';
process.env.OTEL_LOGS_EXPORTER = 'none';

test('NodeSDK wired with the redacting processors exports no planted secret', async () => {
  const secrets = plantedSecrets('node-sdk');
  const spanExporter = new InMemorySpanExporter();
  const logExporter = new InMemoryLogRecordExporter();
  const spanProcessor = new RedactingSpanProcessor(new BatchSpanProcessor(spanExporter));
  const logProcessor = new RedactingLogRecordProcessor(new SimpleLogRecordProcessor({ exporter: logExporter }));
  const sdk = new NodeSDK({
    serviceName: 'agent-under-test',
    spanProcessors: [spanProcessor],
    logRecordProcessors: [logProcessor],
  });
  sdk.start();
  try {
    const tracer = trace.getTracer('agent');
    tracer.startActiveSpan(`tool ${secrets.name}`, { attributes: { 'gen_ai.prompt': secrets.genAiPrompt } }, (span) => {
      logs.getLogger('agent').emit({ body: `calling with ${secrets.attribute}`, attributes: { 'tool.input': secrets.arrayItem } });
      span.recordException(new Error(`denied ${secrets.exceptionMessage}`));
      span.end();
    });
    await spanProcessor.forceFlush();
    await logProcessor.forceFlush();
    const spans = spanExporter.getFinishedSpans();
    const records = logExporter.getFinishedLogRecords();
    assert.equal(spans.length, 1);
    assert.equal(records.length, 1);
    assertNoSecrets(spans.map(spanData), secrets);
    assertNoSecrets(records.map((record) => ({ body: record.body, attributes: record.attributes })), secrets);
    assert.equal(spans[0]!.resource.attributes['service.name'], 'agent-under-test');
    // The log record is tied to the span it was emitted in.
    assert.equal(records[0]!.spanContext?.spanId, spans[0]!.spanContext().spanId);
  } finally {
    await sdk.shutdown();
  }
});
