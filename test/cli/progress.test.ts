import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from '../../src/cli/progress.js';

function fakeStderr(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

test('draws a bar with percent, lines and rate on a terminal for a large input', (t) => {
  t.mock.timers.enable({ apis: ['Date'] });
  const { writes, stream } = fakeStderr(true);
  const progress = new Progress(stream, 'scrub app.log', 8 * 1024 * 1024);
  t.mock.timers.tick(1000);
  progress.bytes(4 * 1024 * 1024);
  for (let i = 0; i < 1024; i++) progress.line();
  progress.done();
  assert.match(writes[0]!, /^\rscrub app\.log \[#{12}\.{12}\] 50% 1,024 lines 4\.0 MB\/s$/);
  assert.equal(writes.at(-1), '\n');
});

test('stays silent when stderr is not a terminal or the input is small', () => {
  for (const [isTTY, size] of [[false, 1e9], [true, 1000]] as const) {
    const { writes, stream } = fakeStderr(isTTY);
    const progress = new Progress(stream, 'scrub', size);
    progress.bytes(size);
    for (let i = 0; i < 5000; i++) progress.line();
    progress.done();
    assert.deepEqual(writes, []);
  }
});
