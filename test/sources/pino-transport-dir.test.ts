import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { TARGET, assertBuilt, fileLines, finish, pinoLine, ready, tempDir } from '../pino/helpers.js';

const SECRET = 'orchard-Lantern-4471-quiet';

before(assertBuilt);

test('the pino transport (a real worker) takes knownSecretsDir: each file of the directory is a secret it redacts', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'deploy_key'), `${SECRET}\n`);
  const out = join(dir, 'app.log');
  const transport = pino.transport({ target: TARGET, options: { destination: out, knownSecretsDir: dir } });
  await ready(transport);
  transport.write(pinoLine({ msg: `deploying with ${SECRET}` }) + '\n');
  await finish(transport);
  assert.deepEqual(fileLines(out), [pinoLine({ msg: 'deploying with [REDACTED:known-secret]' })]);
});
