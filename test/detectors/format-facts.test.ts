import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRedactor } from '../../src/redactor.js';
import { ALNUM, BASE64URL, HEX, fake } from '../../detectors/lib/sample.js';

/**
 * Facts of providers' formats that decide a verdict the generated samples do not reach (another case of the same
 * alphabet, a stand-in for one part of a token). Each row names the detector that must report the text, or
 * `undefined` when the text must come out unchanged. Values are made up.
 */
const CASES: readonly (readonly [string, string | undefined])[] = [
  // Sourcegraph reads the hex of its tokens in either case.
  [`sgp_${fake('fmt-sg1', 40, HEX).toUpperCase()}`, 'sourcegraph-access-token'],
  [`sgp_${fake('fmt-sg2', 16, HEX)}_${fake('fmt-sg3', 40, HEX).toUpperCase()}`, 'sourcegraph-access-token'],
  // A Google API key starts a token; inside a longer base64 run it is part of that run.
  [`${fake('fmt-g1', 24, ALNUM)}AIza${fake('fmt-g2', 35, ALNUM)}`, undefined],
  // A Meta app access token: the app id, |, and the Graph API's 27-character digest; ten digits are not an app id.
  [`token 1${fake('fmt-fb1', 15, '0123456789')}|${fake('fmt-fb2', 27, BASE64URL)} issued`, 'facebook-app-access-token'],
  [`row 1${fake('fmt-fb3', 9, '0123456789')}|${fake('fmt-fb4', 27, BASE64URL)}`, undefined],
];

test('format facts decide these verdicts', () => {
  const redactor = createRedactor();
  for (const [text, detector] of CASES) {
    const found = [...new Set(redactor.scan(text).map((finding) => finding.detector))];
    assert.deepEqual(found, detector === undefined ? [] : [detector], text);
  }
});
