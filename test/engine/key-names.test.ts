import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyNameClassifier, classifyKeyName, isValueJudgedKey, sensitiveKeyWord, splitKeyWords } from '../../src/engine/key-names.js';

const SENSITIVE = [
  'password', 'db_password', 'DB_PASSWORD', 'apiKey', 'api_key', 'x-api-key', 'OPENAI_API_KEY', 'GITHUB_TOKEN',
  'Authorization', 'http.request.header.authorization', 'http.request.header.cookie', 'set-cookie',
  'client_secret', 'clientSecret', 'aws_secret_access_key', 'accessToken', 'refresh_token', 'privateKey',
  'PRIVATE_KEY', 'credentials', 'passwd', 'auth', 'sessionToken', 'connectionString', 'db.connection_string',
  'pasword', 'api-kee', 'credentals', 'authorisation', 'secrets', 'password_reset_token',
];
const NOT_SENSITIVE = [
  'prompt_tokens', 'max_tokens', 'total_tokens', 'completion_tokens', 'input_tokens', 'cache_key', 'idempotency_key',
  'primary_key', 'public_key', 'keyboard', 'author', 'authored_at', 'authorName', 'authority', 'token_type',
  'token_count', 'secret_name', 'passed', 'passport', 'key', 'keys', 'session_id', 'monkey', 'hostname', 'msg',
  'level', 'partition_key', 'sort_key', 'publishable_key', 'secretary', 'tokenizer',
  'security_and_analysis.secret_scanning.status', 'cookie_consent', 'password_reset_url', 'secret_store',
];

test('flags sensitive key names, including typos and compounds', () => {
  for (const key of SENSITIVE) assert.equal(classifyKeyName(key), true, key);
});

test('leaves token counts, cache keys and look-alike words alone', () => {
  for (const key of NOT_SENSITIVE) assert.equal(classifyKeyName(key), false, key);
});

test('splits camelCase, snake_case, kebab-case and dotted names into words', () => {
  assert.deepEqual(splitKeyWords('httpRequest.header-X_APIKey'), ['http', 'request', 'header', 'x', 'api', 'key']);
});

test('custom words, keys and safe keys extend or override the vocabulary', () => {
  const classifier = new KeyNameClassifier({ words: ['license'], keys: ['x-internal'], safeKeys: ['auth'] });
  assert.equal(classifier.isSensitive('license_blob'), true);
  assert.equal(classifier.isSensitive('X-Internal'), true);
  assert.equal(classifier.isSensitive('auth'), false);
  assert.equal(classifier.isSensitive('password'), true);
});

test('env names that glue a prefix to the word, numbered words and qualified pass count too', () => {
  for (const key of ['PGPASSWORD', 'MYSQLPASSWORD', 'NPMTOKEN', 'appsecret', 'token4', 'password2', 'DB_PASS', 'smtpPass', 'GIT_CREDS', 'APP_KEY']) {
    assert.equal(classifyKeyName(key), true, key);
  }
  for (const key of ['pass', 'pass_count', 'passes', 'bypass', 'compass', 'tokens4']) {
    assert.equal(classifyKeyName(key), false, key);
  }
});

test('the lone key pass judges by value; qualified, longer or safe keys do not', () => {
  for (const key of ['pass', 'PASS', 'Pass', 'pass2', '--pass']) assert.equal(isValueJudgedKey(key), true, key);
  for (const key of ['DB_PASS', 'pass_count', 'passes', 'bypass', 'password']) assert.equal(isValueJudgedKey(key), false, key);
  const classifier = new KeyNameClassifier();
  assert.equal(classifier.judgesValue('pass'), true);
  assert.equal(classifier.isSensitive('pass'), false);
  assert.equal(classifier.judgesValue('DB_PASS'), false, 'sensitive by its name already');
  assert.equal(new KeyNameClassifier({ safeKeys: ['pass'] }).judgesValue('pass'), false);
  const listed = new KeyNameClassifier({ keys: ['pass'] });
  assert.equal(listed.isSensitive('pass'), true, 'a key the user lists is sensitive whole');
  assert.equal(listed.judgesValue('pass'), false);
});

test('sensitiveKeyWord names the word in its vocabulary spelling, typos corrected', () => {
  assert.equal(sensitiveKeyWord('DB_PASWORD'), 'password');
  assert.equal(sensitiveKeyWord('api_key'), 'key');
  assert.equal(sensitiveKeyWord('accessToken'), 'token');
  assert.equal(sensitiveKeyWord('db_pass'), 'pass');
  assert.equal(sensitiveKeyWord('token_type'), undefined);
});
