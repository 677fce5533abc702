// The simulated agent's log records through a real pino logger and the `logveil/pino` transport, beside the
// same records through pino's own `pino/file` transport: the file logveil wrote, and what pino alone wrote.
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { KnownSecrets } from 'logveil';

/**
 * Logs `lines` (agent records `{ level, msg, ...fields }`, or pino NDJSON lines) twice, with the same pid,
 * hostname and timestamps, so the two files differ only where logveil redacted something.
 *
 * Returns `{ written, plain, summary }`: the text the logveil transport wrote (without its summary line),
 * the text pino alone wrote (it holds the planted credentials: print counts or diffs, never this text), and
 * the transport's findings per detector. `out` keeps the scrubbed file at that path; otherwise it is
 * written to a temporary directory that is removed. `knownSecrets` are registered through a hashed list,
 * so no plaintext secret is written to disk for the transport to read.
 */
export async function runPinoDemo({ lines, out, knownSecrets = [] }) {
  const records = lines.map((line) => (typeof line === 'string' ? recordOf(line) : line));
  const dir = mkdtempSync(join(tmpdir(), 'logveil-pino-demo-'));
  try {
    const scrubbedPath = out ?? join(dir, 'agent.log');
    const plainPath = join(dir, 'agent.pino.log');
    const options = { destination: scrubbedPath, append: false, summary: true };
    if (knownSecrets.length > 0) {
      const matcher = new KnownSecrets();
      matcher.add(knownSecrets);
      options.knownSecretsFile = join(dir, 'known-secrets.hashed');
      writeFileSync(options.knownSecretsFile, matcher.toHashedList());
    }

    // The one line an agent adds to register logveil.
    await logAll(pino.transport({ target: 'logveil/pino', options }), records);
    await logAll(pino.transport({ target: 'pino/file', options: { destination: plainPath, append: false } }), records);

    const writtenLines = readFileSync(scrubbedPath, 'utf8').trimEnd().split('\n');
    const summary = JSON.parse(writtenLines.pop()).logveil;
    return { written: writtenLines.join('\n') + '\n', plain: readFileSync(plainPath, 'utf8'), summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A pino line back into the record the agent logged (pino adds level, time, pid and hostname itself). */
function recordOf(line) {
  const { time: _time, pid: _pid, hostname: _hostname, ...record } = JSON.parse(line);
  return record;
}

async function logAll(transport, records) {
  const failed = once(transport, 'error').then(([error]) => {
    throw error;
  });
  let tick = 0;
  const logger = pino(
    {
      base: { pid: 4242, hostname: 'agent-7' },
      // Same clock for both runs, so the files line up.
      timestamp: () => `,"time":${1732370400000 + tick++ * 137}`,
    },
    transport,
  );
  for (const { level = 30, msg, ...fields } of records) logger[pino.levels.labels[level] ?? 'info'](fields, msg);
  const finished = once(transport, 'finish');
  transport.end();
  await Promise.race([finished, failed]);
}
