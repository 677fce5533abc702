// `npm run demo`: the simulated agent's log lines, scrubbed by logveil, with a per-detector summary.
import { createRedactor } from 'logveil';
import { agentLogRecords, toPinoLines } from './agent.js';
import { fakeCredentials } from './fake-credentials.js';

const credentials = fakeCredentials();
const lines = toPinoLines(agentLogRecords(credentials));

// The agent registers its own session secret: found in any encoding, without logveil keeping the plaintext.
const redactor = createRedactor({ knownSecrets: [credentials.sessionSecret] });

console.log('== engine: the agent\'s log lines after logveil ==\n');
const scrubbed = lines.map((line) => redactor.redactLine(line));
for (const line of scrubbed) console.log(line);
const changed = scrubbed.filter((line, index) => line !== lines[index]).length;

const leaked = Object.entries(credentials).filter(([, value]) => scrubbed.some((line) => line.includes(value)));
const stats = redactor.stats();
console.log(`\n${lines.length} lines, ${changed} changed, ${leaked.length === 0 ? 'no credential left' : `LEAKED: ${leaked.map(([name]) => name).join(', ')}`}`);
console.log('\nfindings per detector:');
for (const [detector, count] of Object.entries(stats.findings)) console.log(`  ${detector.padEnd(28)} ${count}`);
if (leaked.length > 0) process.exitCode = 1;
