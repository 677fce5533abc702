import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../src/redactor.js';
import { withGithubChecksum } from '../src/validators/index.js';

const GITHUB = `ghp_${withGithubChecksum('Zx8Kq2Lm9Pw4Rt6Yv1Bn3Cd5Fg7Hj0')}`;
const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 30, time: 1732370400000, pid: 1, hostname: 'h', ...fields });

test('a clean line comes back as the very same string', () => {
  const redactor = createRedactor();
  const clean = line({ msg: 'tool call finished', usage: { prompt_tokens: 812, total_tokens: 900 }, cache_key: 'crm:9f86d081' });
  assert.equal(redactor.redactLine(clean), clean);
  assert.equal(redactor.redactLine(`${clean}\n`), `${clean}\n`);
});

test('a dirty line stays valid JSON with the same keys in the same order', () => {
  const redactor = createRedactor();
  const input = line({ msg: `pushing with ${GITHUB}`, nested: { auth: 'hunter2-but-longer' }, n: 12345678901234567890 });
  const output = redactor.redactLine(input);
  assert.ok(!output.includes(GITHUB));
  assert.deepEqual(Object.keys(JSON.parse(output)), Object.keys(JSON.parse(input)));
  assert.match(output, /\[REDACTED:github-pat\]/);
  assert.match(output, /"auth":"\[REDACTED:sensitive-key\]"/);
  assert.match(output, /"level":30,"time":1732370400000,"pid":1,"hostname":"h"/);
});

test('unicode-escaped JSON is seen decoded', () => {
  const redactor = createRedactor();
  const escaped = line({ msg: 'x' }).replace('"msg":"x"', `"msg":"token \\u0067${GITHUB.slice(1)}"`);
  const output = redactor.redactLine(escaped);
  assert.ok(!JSON.parse(output).msg.includes(GITHUB.slice(1)));
});

test('a non-JSON line is scanned as text and keeps its line ending', () => {
  const redactor = createRedactor();
  assert.equal(redactor.redactLine(`plain ${GITHUB} text\r\n`), 'plain [REDACTED:github-pat] text\r\n');
});

test('scan reports detector, category and offsets, never the value', () => {
  const redactor = createRedactor();
  const text = `a ${GITHUB} b`;
  const findings = redactor.scan(text);
  assert.deepEqual(findings, [{ detector: 'github-pat', category: 'secret', start: 2, end: 2 + GITHUB.length }]);
  assert.ok(!JSON.stringify(findings).includes(GITHUB.slice(4)));
});

test('tokens one separator apart are each found: the character ending one may start the next', () => {
  const redactor = createRedactor();
  const key = (run: string) => `AIzaSyD${run.repeat(4)}Qw7_kLm2`;
  const [a, b] = [key('x8Kq2L'), key('Vb3Nc5')];
  const findings = redactor.scan(`keys=${a},${b}`);
  assert.deepEqual(
    findings.map((f) => [f.detector, f.start, f.end]),
    [['google-api-key', 5, 5 + a.length], ['google-api-key', 6 + a.length, 6 + a.length + b.length]],
  );
});

test('redactValue scrubs nested values and keys without mutating the input', () => {
  const redactor = createRedactor();
  const input = { args: { [GITHUB]: 'as a key', list: [`x ${GITHUB}`] }, password: 'p4ss-w0rd!' };
  const copy = structuredClone(input);
  const output = redactor.redactValue(input);
  assert.deepEqual(input, copy);
  assert.ok(!JSON.stringify(output).includes(GITHUB));
  assert.equal(output.password, '[REDACTED:sensitive-key]');
});

test('known secrets are found in any encoding and can rotate', () => {
  const redactor = createRedactor({ knownSecrets: ['agent-session-Xq81mZ0pLk'] });
  assert.equal(redactor.redactString('s=agent-session-Xq81mZ0pLk'), 's=[REDACTED:known-secret]');
  assert.ok(!redactor.redactString(Buffer.from('agent-session-Xq81mZ0pLk').toString('base64')).includes('ZXNzaW9uLVhxODFtWjBwTGs'));
  redactor.knownSecrets.replace(['rotated-secret-0042']);
  assert.equal(redactor.redactString('agent-session-Xq81mZ0pLk'), 'agent-session-Xq81mZ0pLk');
  assert.equal(redactor.redactString('rotated-secret-0042'), '[REDACTED:known-secret]');
});

test('redaction strategies: mask, hash (stable per secret), partial, remove, function', () => {
  const hashKey = 'an hmac key of 16+ bytes';
  const hashed = createRedactor({ redaction: { default: 'hash', hashKey } });
  const first = hashed.redactString(GITHUB);
  assert.match(first, /^\[REDACTED:github-pat:[0-9a-f]{12}\]$/);
  assert.equal(hashed.redactString(`again ${GITHUB}`), `again ${first}`);
  assert.equal(createRedactor({ redaction: { default: 'mask' } }).redactString(GITHUB), '********');
  const removed = createRedactor({ redaction: { detectors: { 'github-pat': 'remove' } } });
  assert.equal(removed.redactLine('{"a":1,"t":"' + GITHUB + '"}'), '{"a":1}');
  const custom = createRedactor({ redaction: { default: ({ detector }) => `<${detector}>` } });
  assert.equal(custom.redactString(GITHUB), '<github-pat>');
  const leaky = createRedactor({ redaction: { default: ({ value }) => value } });
  assert.equal(leaky.redactString(GITHUB), '[REDACTED:github-pat]', 'a function that returns the secret is overruled');
});

test('redacting twice changes nothing more', () => {
  const redactor = createRedactor();
  const once = redactor.redactLine(line({ msg: `token=${GITHUB}`, password: 'x1y2z3w4v5' }));
  assert.equal(redactor.redactLine(once), once);
});

test('counts findings per detector', () => {
  const redactor = createRedactor();
  redactor.redactString(`${GITHUB} and ${GITHUB}`);
  assert.equal(redactor.stats().findings['github-pat'], 2);
  assert.equal(redactor.stats().inputs, 1);
});

test('bad options fail at construction with the option named', () => {
  assert.throws(() => createRedactor({ presetz: [] } as never), { code: 'LOGVEIL_ERR_BAD_OPTION', message: /presetz/ });
  assert.throws(() => createRedactor({ presets: ['nope'] }), { code: 'LOGVEIL_ERR_UNKNOWN_PRESET', message: /nope/ });
  assert.throws(() => createRedactor({ disable: ['github-pta'] }), { code: 'LOGVEIL_ERR_UNKNOWN_DETECTOR', message: /github-pta/ });
  assert.throws(() => createRedactor({ redaction: { default: 'hash' } }), { code: 'LOGVEIL_ERR_BAD_OPTION', message: /hashKey/ });
});

test('presets and enable/disable choose the detectors', () => {
  const secretsOnly = createRedactor({ presets: ['secrets'] });
  assert.ok(secretsOnly.detectorIds.includes('github-pat'));
  assert.ok(!secretsOnly.detectorIds.includes('email'));
  const withoutGithub = createRedactor({ disable: ['github-pat'] });
  assert.equal(withoutGithub.redactString(GITHUB).includes(GITHUB), true);
});

test('a custom detector runs beside the built-ins; a throwing validator fails closed', () => {
  const redactor = createRedactor({
    detectors: [
      {
        id: 'acme-key',
        description: 'ACME key',
        category: 'secret',
        keywords: ['acme_'],
        pattern: String.raw`acme_[a-z0-9]{16}`,
        samples: { positive: ['acme_0123456789abcdef'], negative: [] },
      },
      {
        id: 'flaky',
        description: 'validator throws',
        category: 'secret',
        keywords: ['flaky_'],
        pattern: String.raw`flaky_[a-z]+`,
        validate: () => {
          throw new Error('boom');
        },
        samples: { positive: ['flaky_x'], negative: [] },
      },
    ],
  });
  assert.equal(redactor.redactString('k=acme_0123456789abcdef'), 'k=[REDACTED:acme-key]');
  // A validator that cannot judge lets nothing through: the candidate is redacted, and the error counted.
  assert.equal(redactor.redactString('flaky_abc'), '[REDACTED:flaky]');
  assert.equal(redactor.stats().detectorErrors.flaky, 1);
});

test('the lone key pass gets one verdict by its value in a line, a value, a text and isSensitiveKey', () => {
  const redactor = createRedactor();
  const secret = 'UxY7yp4MrGFOGQ';
  const value = { db: { host: 'db.internal', pass: secret }, tests: { pass: 12, fail: 0 }, gate: { pass: 'yes' } };
  for (const out of [redactor.redactLine(JSON.stringify(value)), redactor.redactString(JSON.stringify(value, null, 2)), JSON.stringify(redactor.redactValue(value))]) {
    assert.ok(!out.includes(secret), out);
    assert.match(out, /"pass": ?12/);
    assert.match(out, /"pass": ?"yes"/);
  }
  assert.equal(redactor.isSensitiveKey('pass'), false);
  assert.equal(redactor.isSensitiveKey('pass', secret), true);
  assert.equal(redactor.isSensitiveKey('pass', 12), false);
  assert.equal(redactor.keyJudgesValue('pass'), true);
  assert.equal(createRedactor({ keyNames: false }).isSensitiveKey('pass', secret), false);
});
