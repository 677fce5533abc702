import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KnownSecrets } from '../../src/engine/known-secrets.js';
import { encodedForms } from '../../src/engine/encodings.js';

const SECRET = 'p@ss w"rd/ü€-hunter2-9f8e7d';

function spans(matcher: KnownSecrets, text: string): string[] {
  return matcher.scan(text).map((match) => text.slice(match.start, match.end));
}

test('finds a known secret as a substring with no delimiter around it', () => {
  const matcher = new KnownSecrets();
  matcher.add([SECRET]);
  assert.deepEqual(spans(matcher, `abc${SECRET}xyz`), [SECRET]);
});

test('finds the URL-encoded, JSON-escaped, base64 (both alphabets) and hex forms', () => {
  const matcher = new KnownSecrets();
  matcher.add([SECRET]);
  const forms = [
    encodeURIComponent(SECRET),
    JSON.stringify(SECRET).slice(1, -1),
    Buffer.from(SECRET).toString('base64'),
    Buffer.from(SECRET).toString('base64url'),
    Buffer.from(SECRET).toString('hex'),
    Buffer.from(SECRET).toString('hex').toUpperCase(),
  ];
  for (const form of forms) assert.equal(matcher.scan(`before ${form} after`).length, 1, `form ${forms.indexOf(form)}`);
});

test('finds a secret inside a longer base64 payload at any byte alignment (Basic user:secret)', () => {
  const matcher = new KnownSecrets();
  matcher.add(['Tr0ub4dor&3-horse']);
  for (const user of ['a', 'ab', 'abc']) {
    const header = Buffer.from(`${user}:Tr0ub4dor&3-horse`).toString('base64');
    const found = matcher.scan(header);
    assert.equal(found.length, 1, `user ${user}`);
    // The redacted span covers every character that depends only on the secret's bytes.
    const kept = header.slice(0, found[0]!.start) + header.slice(found[0]!.end);
    assert.ok(kept.length <= Math.ceil(((user.length + 1) * 8) / 6) + 2);
  }
});

test('a value shorter than 8 characters is an error with a stable code, and nothing of the list is registered', () => {
  const matcher = new KnownSecrets();
  assert.throws(() => matcher.add(['long-enough-1', 'pw12345'], 'secrets.txt'), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT');
    assert.match(error.message, /secrets\.txt: entry 2 is shorter than 8 characters/);
    assert.ok(!error.message.includes('pw12345'));
    return true;
  });
  assert.equal(matcher.size, 0);
  assert.deepEqual(matcher.add(['long-enough-1']), { added: 1 });
  assert.throws(() => matcher.replace(['short']), { code: 'LOGVEIL_ERR_KNOWN_SECRET_TOO_SHORT' });
  assert.equal(matcher.scan('x long-enough-1 y').length, 1, 'a refused replace keeps the previous set');
});

test('finds lower-case percent escapes and the + form of a space', () => {
  const matcher = new KnownSecrets();
  matcher.add(['s3cr3t/pass word+x']);
  const upper = encodeURIComponent('s3cr3t/pass word+x');
  assert.equal(upper, 's3cr3t%2Fpass%20word%2Bx');
  for (const form of [upper, upper.toLowerCase(), 's3cr3t%2Fpass+word%2Bx']) {
    assert.equal(matcher.scan(`GET /login?pw=${form}&next=1`).length, 1, form);
  }
});

test('finds a value JSON-escaped twice (tool-call arguments inside a logged gen_ai message)', () => {
  const secret = 'pa"ss\\w0rd-2024';
  const matcher = new KnownSecrets();
  matcher.add([secret]);
  const argumentsText = JSON.stringify({ password: secret });
  // pino writes the messages array as JSON: the arguments string inside it is escaped once more.
  const messages = [{ role: 'assistant', tool_calls: [{ function: { name: 'login', arguments: argumentsText } }] }];
  const line = JSON.stringify({ level: 30, 'gen_ai.input.messages': messages });
  assert.ok(!line.includes(secret) && !line.includes(JSON.stringify(secret).slice(1, -1)), 'the line holds only the twice-escaped form');
  assert.equal(matcher.scan(line).length, 1);
});

test('a known secret found in base64 after token= keeps the = (padding only ever ends a payload)', () => {
  const secret = 'Tr0ub4dor&3-horse-battery';
  const matcher = new KnownSecrets();
  matcher.add([secret]);
  for (const prefix of ['', 'a', 'ab']) {
    const encoded = Buffer.from(prefix + secret).toString('base64');
    const text = `token=${encoded}`;
    const [found] = matcher.scan(text);
    assert.ok(found !== undefined, `prefix ${prefix.length}`);
    assert.ok(found.start >= 'token='.length, `prefix ${prefix.length}: the span starts after token=`);
  }
});

test('replaceWith swaps another matcher\'s secrets and key in place', () => {
  const live = new KnownSecrets();
  live.add(['old-secret-value-1']);
  const hashed = new KnownSecrets();
  hashed.add(['new-secret-value-2']);
  live.replaceWith(KnownSecrets.fromHashedList(hashed.toHashedList()));
  assert.equal(live.scan('old-secret-value-1').length, 0);
  assert.equal(live.scan('x new-secret-value-2 y').length, 1);
  assert.equal(live.size, 1);
});

test('remove and replace rotate secrets without a restart', () => {
  const matcher = new KnownSecrets();
  matcher.add(['old-secret-value-1', 'other-secret-2']);
  assert.equal(matcher.remove(['old-secret-value-1']), 1);
  assert.equal(matcher.scan('old-secret-value-1').length, 0);
  assert.equal(matcher.scan('other-secret-2').length, 1);
  matcher.replace(['new-secret-value-3']);
  assert.equal(matcher.scan('other-secret-2 new-secret-value-3').length, 1);
  assert.equal(matcher.size, 1);
});

test('a hashed list finds the same secrets and contains none of their forms', () => {
  const matcher = new KnownSecrets();
  matcher.add([SECRET, 'sk-test-51Habcdefghijklmnop']);
  const list = matcher.toHashedList();
  for (const form of encodedForms(SECRET)) assert.ok(!list.includes(form.text));
  assert.ok(!list.includes('sk-test-51H'));
  const loaded = KnownSecrets.fromHashedList(list);
  assert.equal(loaded.size, 2);
  assert.deepEqual(spans(loaded, `x ${SECRET} y`), [SECRET]);
});

test('a malformed hashed list is rejected with the line named', () => {
  const header = new KnownSecrets().toHashedList().trim();
  assert.throws(() => KnownSecrets.fromHashedList(`${header}\n{"id":"x","forms":[[1,2]]}`, 'secrets.hashed'), {
    code: 'LOGVEIL_ERR_BAD_KNOWN_SECRETS',
    message: /secrets\.hashed: line 2/,
  });
});

test('property: a registered secret is found in any of its forms at any position', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 8, maxLength: 40 }),
      fc.string({ maxLength: 30 }),
      fc.string({ maxLength: 30 }),
      fc.nat(),
      (secret, before, after, pick) => {
        const matcher = new KnownSecrets();
        matcher.add([secret]);
        const forms = encodedForms(secret);
        const form = forms[pick % forms.length]!;
        const text = before + form.text + after;
        const found = matcher.scan(text);
        const start = before.length;
        assert.ok(found.some((match) => match.start <= start && match.end >= start + form.text.length));
      },
    ),
    { numRuns: 200 },
  );
});

test('a hashed list with a key shorter than 16 bytes is rejected, not crashed on', () => {
  const list = '{"format":"logveil-known-secrets","version":2,"key":"AAE="}\n';
  assert.throws(() => KnownSecrets.fromHashedList(list, 'short.hashed'), { code: 'LOGVEIL_ERR_BAD_KNOWN_SECRETS', message: /short\.hashed: line 1: the key/ });
});

test('a hashed list from an older format version is refused with what to do', () => {
  const list = `{"format":"logveil-known-secrets","version":1,"key":"${Buffer.alloc(32).toString('base64')}"}\n`;
  assert.throws(() => KnownSecrets.fromHashedList(list, 'old.hashed'), {
    code: 'LOGVEIL_ERR_BAD_KNOWN_SECRETS',
    message: /old\.hashed: line 1: version 1 .*hash-secrets/,
  });
});

test('a secret is found at every byte alignment, for every length from the minimum up', () => {
  // The scan probes aligned words; a form of 8-10 bytes registers single-word windows where two do not fit.
  for (let length = 8; length <= 14; length++) {
    const secret = 'Zq7-x9Wv3#kLm2Pd'.slice(0, length);
    const matcher = new KnownSecrets();
    matcher.add([secret]);
    for (let shift = 0; shift < 8; shift++) {
      const before = '.'.repeat(shift);
      for (const after of ['', 'a', 'ab', 'abc', ' tail']) {
        assert.deepEqual(spans(matcher, before + secret + after), [secret], `length ${length}, shift ${shift}, after "${after}"`);
      }
    }
  }
});

test('bytes that are not 4-byte aligned are scanned the same as aligned ones', () => {
  const matcher = new KnownSecrets();
  matcher.add([SECRET]);
  const text = Buffer.from(`xx ${SECRET} yy`);
  const backing = Buffer.alloc(text.length + 8);
  for (let offset = 0; offset < 4; offset++) {
    text.copy(backing, offset);
    const found = matcher.scanBytes(backing.subarray(offset, offset + text.length));
    assert.deepEqual(found, [{ start: 3, end: 3 + Buffer.byteLength(SECRET) }], `offset ${offset}`);
  }
});

test('short and long secrets survive a hashed-list round trip and removal', () => {
  const matcher = new KnownSecrets();
  matcher.add(['9-bytes!!', 'a-much-longer-secret-value']);
  const loaded = KnownSecrets.fromHashedList(matcher.toHashedList());
  assert.deepEqual(spans(loaded, 'x9-bytes!! a-much-longer-secret-value'), ['9-bytes!!', 'a-much-longer-secret-value']);
  assert.equal(loaded.remove(['9-bytes!!']), 1);
  assert.deepEqual(spans(loaded, 'x9-bytes!! a-much-longer-secret-value'), ['a-much-longer-secret-value']);
});
