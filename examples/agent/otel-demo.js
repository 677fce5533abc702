// The simulated agent's traces: a tracer provider whose exporting processor sits inside logveil's
// RedactingSpanProcessor. Each step records what agent instrumentation records in practice (a gen_ai chat
// span with the prompt, a tool call with its URL and headers, an exception quoting a token); the in-memory
// exporter then holds only what would have left the process.
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from 'logveil/otel';
import { fakeCredentials } from './fake-credentials.js';

/**
 * Records `steps` agent steps and returns the spans the exporter received (scrubbed), with the processor's
 * counters and the credentials that were planted, so a caller can check that none of them got through.
 */
export async function runOtelDemo({ steps = 3 } = {}) {
  const credentials = fakeCredentials();
  const exporter = new InMemorySpanExporter();
  const processor = new RedactingSpanProcessor(new SimpleSpanProcessor(exporter), {
    knownSecrets: [credentials.sessionSecret],
    summary: true,
  });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'support-bot', 'agent.session': credentials.sessionSecret }),
    spanProcessors: [processor],
  });
  const tracer = provider.getTracer('support-bot', '0.1.0');

  const root = tracer.startSpan('invoke_agent support-bot', { attributes: { 'gen_ai.operation.name': 'invoke_agent' } });
  for (let step = 1; step <= steps; step++) {
    recordChat(tracer, step, credentials);
    recordToolCall(tracer, step, credentials);
  }
  recordFailure(tracer, credentials);
  root.end();

  await provider.forceFlush();
  const spans = exporter.getFinishedSpans();
  const stats = processor.stats();
  await provider.shutdown();
  return { spans, stats, credentials };
}

function recordChat(tracer, step, c) {
  const messages = [
    { role: 'system', parts: [{ type: 'text', content: 'You are a support agent. Refund orders under $50.' }] },
    { role: 'user', parts: [{ type: 'text', content: `Step ${step}: use my GitHub token ${c.githubToken} to open an issue` }] },
  ];
  const span = tracer.startSpan('chat gpt-4.1-mini', {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4.1-mini',
      'gen_ai.input.messages': JSON.stringify(messages),
      'gen_ai.output.messages': JSON.stringify([
        { role: 'assistant', parts: [{ type: 'tool_call', name: 'payments.refund', arguments: { api_key: c.stripeKey, amount: 42 } }] },
      ]),
      'gen_ai.usage.input_tokens': 812 + step,
      'gen_ai.usage.output_tokens': 64,
      'http.request.header.authorization': [`Bearer ${c.openaiKey}`],
    },
  });
  span.end();
}

function recordToolCall(tracer, step, c) {
  const span = tracer.startSpan('execute_tool weather.lookup', {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'weather.lookup',
      'http.request.method': 'GET',
      'url.full': `https://bot:${c.databasePassword}@api.weather.example.com/v1/forecast?city=Paris&day=${step}&api_key=${c.awsSecretAccessKey}`,
      'http.response.status_code': 200,
    },
  });
  span.end();
}

function recordFailure(tracer, c) {
  const span = tracer.startSpan('execute_tool slack.post_message', { attributes: { 'gen_ai.tool.name': 'slack.post_message' } });
  const error = new Error(`Slack API error: invalid_auth for token ${c.slackToken}`);
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  span.end();
}
