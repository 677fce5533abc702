import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { withGithubChecksum } from '../../src/validators/index.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;
const redactor = createRedactor({ knownSecrets: ['p"w\\d-agent-known-secret-1'] });

test('lone surrogates around a secret are kept as they were', () => {
  const output = redactor.redactString(`\ud800${GITHUB}\udfff`);
  assert.equal(output, '\ud800[REDACTED:github-pat]\udfff');
  const line = redactor.redactLine(JSON.stringify({ msg: `\ud800 ${GITHUB} é€😀` }));
  assert.deepEqual(JSON.parse(line), { msg: '\ud800 [REDACTED:github-pat] é€😀' });
});

test('offsets stay right after multi-byte characters', () => {
  const text = `😀é€ ${GITHUB} ü`;
  const [finding] = redactor.scan(text);
  assert.equal(text.slice(finding!.start, finding!.end), GITHUB);
});

test('NUL and control characters neither hide a secret nor break the line', () => {
  assert.equal(redactor.redactString(`\u0000\u0001${GITHUB}\u0007`), '\u0000\u0001[REDACTED:github-pat]\u0007');
  const output = redactor.redactLine(JSON.stringify({ msg: `\u0000${GITHUB}\u001f` }));
  assert.equal(JSON.parse(output).msg, '\u0000[REDACTED:github-pat]\u001f');
});

test('\\u-escaped JSON is caught however much of the secret is escaped', () => {
  const escaped = [...GITHUB].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const output = redactor.redactLine(`{"level":30,"msg":"${escaped}"}`);
  assert.deepEqual(JSON.parse(output), { level: 30, msg: '[REDACTED:github-pat]' });
});

test('a known secret holding quotes and backslashes is caught raw, escaped once and escaped twice', () => {
  const secret = 'p"w\\d-agent-known-secret-1';
  const once = JSON.stringify({ msg: `a ${secret} b` });
  const twice = JSON.stringify({ msg: JSON.stringify({ pass: secret }) });
  for (const text of [once, twice]) assert.ok(!redactor.redactLine(text).includes('agent-known-secret-1'), text);
  assert.equal(redactor.redactString(secret), '[REDACTED:known-secret]');
});

test('CRLF endings are kept and very long numbers survive byte for byte', () => {
  assert.equal(redactor.redactLine(`{"msg":"${GITHUB}"}\r\n`), '{"msg":"[REDACTED:github-pat]"}\r\n');
  const long = `{"n":${'9'.repeat(100_000)},"msg":"${GITHUB}"}`;
  assert.equal(redactor.redactLine(long), long.replace(GITHUB, '[REDACTED:github-pat]'));
});
