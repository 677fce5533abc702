// `npm run demo`: a simulated agent's logs and traces, scrubbed by logveil three ways: the engine on its pino
// lines, a real pino logger with the `logveil/pino` transport, and OpenTelemetry spans through the redacting
// span processor. Credentials are fake but shaped like real ones; the demo never prints them, only counts.
import { createRedactor } from 'logveil';
import { agentLogRecords, toPinoLines } from './agent.js';
import { fakeCredentials } from './fake-credentials.js';
import { runOtelDemo } from './otel-demo.js';
import { runPinoDemo } from './pino-demo.js';
import { runRelayDemo } from './relay-demo.js';

const credentials = fakeCredentials();
const records = agentLogRecords(credentials);
const lines = toPinoLines(records);
let leaks = 0;

function leaked(text) {
  return Object.entries(credentials).filter(([, value]) => text.includes(value)).map(([name]) => name);
}

function report(title, text) {
  const names = leaked(text);
  leaks += names.length;
  console.log(`${title}: ${names.length === 0 ? 'no planted credential left' : `LEAKED ${names.join(', ')}`}`);
}

function table(counts) {
  for (const [detector, count] of Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.log(`  ${detector.padEnd(28)} ${count}`);
  }
}

// 1. The engine: the agent registers its own session secret, found in any encoding without being stored.
console.log('== 1. engine: the agent\'s log lines after logveil ==\n');
const redactor = createRedactor({ knownSecrets: [credentials.sessionSecret] });
const scrubbed = lines.map((line) => redactor.redactLine(line));
for (const line of scrubbed) console.log(line);
const changed = scrubbed.filter((line, index) => line !== lines[index]).length;
console.log(`\n${lines.length} lines, ${changed} changed; findings per detector:`);
table(redactor.stats().findings);
report('engine', scrubbed.join('\n'));

// 2. A real pino logger with the transport, beside what pino alone writes.
console.log('\n== 2. pino: logger.info(...) through the logveil/pino transport ==\n');
const pinoRun = await runPinoDemo({ lines: records, knownSecrets: [credentials.sessionSecret] });
const written = pinoRun.written.trimEnd().split('\n');
for (const line of written.slice(0, 4)) console.log(line);
console.log(`... (${written.length} lines written by the transport)`);
const plainLeaks = leaked(pinoRun.plain).length;
console.log(`\npino alone (pino/file) wrote ${plainLeaks} of the ${Object.keys(credentials).length} planted credentials in clear text.`);
console.log('findings per detector, from the transport\'s summary line:');
table(pinoRun.summary.findings ?? pinoRun.summary);
report('pino transport', pinoRun.written);

// 3. OpenTelemetry: spans of the same agent through the redacting span processor.
console.log('\n== 3. OpenTelemetry: spans through RedactingSpanProcessor ==\n');
const otel = await runOtelDemo({ steps: 2 });
for (const span of otel.spans) {
  const attributes = Object.entries(span.attributes).filter(([key]) => !key.startsWith('gen_ai.input') && !key.startsWith('gen_ai.output'));
  console.log(`${span.name}`);
  for (const [key, value] of attributes) console.log(`    ${key} = ${String(value).slice(0, 100)}`);
  for (const event of span.events) console.log(`    event ${event.name}: ${String(event.attributes?.['exception.message'] ?? '').slice(0, 100)}`);
}
const exported = JSON.stringify(otel.spans.map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status, resource: span.resource.attributes })));
const otelLeaks = Object.values(otel.credentials).filter((value) => exported.includes(value)).length;
leaks += otelLeaks;
console.log(`\n${otel.spans.length} spans exported; OpenTelemetry: ${otelLeaks === 0 ? 'no planted credential left' : `${otelLeaks} LEAKED`}`);

// 4. The relay: an agent outside Node (curl here) sends OTLP/JSON through `logveil relay`.
console.log('\n== 4. logveil relay: OTLP/JSON from curl, through the relay, to a receiver ==\n');
const relayLeaks = await runRelayDemo(credentials);
leaks += relayLeaks;
console.log(`relay: ${relayLeaks === 0 ? 'no planted credential left' : `${relayLeaks} LEAKED`}`);

console.log(leaks === 0 ? '\nNothing planted reached a log line, a file or an exporter.' : `\n${leaks} planted credentials got through.`);
if (leaks > 0) process.exitCode = 1;
