import { defineDetector } from '../../src/engine/detector.js';
import { plausibleEncoded } from '../lib/encoded.js';
import { TOKEN_START } from '../lib/patterns.js';
import { BASE64URL, fake } from '../lib/sample.js';

/**
 * PyPI API tokens are macaroons: `pypi-` + base64url whose first bytes encode the location, `AgEIcHlwaS5vcmc`
 * (pypi.org) or `AgENdGVzdC5weXBpLm9yZw` (test.pypi.org), then the identifier and caveats.
 */
const LOCATION = String.raw`(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)`;

const token = (seed: string, location = 'AgEIcHlwaS5vcmc'): string =>
  `pypi-${location}${fake(seed, 160, BASE64URL)}`;

export default defineDetector({
  id: 'pypi-upload-token',
  description: 'PyPI (or TestPyPI) API token: pypi- + a base64url macaroon that starts with the pypi.org location',
  category: 'secret',
  keywords: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
  pattern: String.raw`${TOKEN_START}(?P<secret>pypi-${LOCATION}[A-Za-z0-9_-]{50,})`,
  validate: (secret) => plausibleEncoded(secret.slice(20, 200)),
  samples: {
    positive: [
      token('pypi-1'),
      `TWINE_PASSWORD=${token('pypi-2')}`,
      `[testpypi]\n  username = __token__\n  password = ${token('pypi-3', 'AgENdGVzdC5weXBpLm9yZw')}`,
    ],
    negative: [
      'pypi-AgEIcHlwaS5vcmc' + 'x'.repeat(80),
      `pypi-AgEIcHlwaS5vcmc${fake('pypi-short', 20, BASE64URL)}`,
      'TWINE_PASSWORD=pypi-<your-token>',
      `pypi-${fake('pypi-other', 120, BASE64URL)}`,
      'pip install pypi-simple==1.4.0',
    ],
  },
});
