import { prefixedBareDetector } from '../lib/bare-token.js';
import { base62 } from '../lib/value-shape.js';

export default prefixedBareDetector({
  id: 'adafruit-io-key',
  what: 'Adafruit IO key',
  prefixes: ['aio_'],
  body: base62(28),
  contexts: ['ADAFRUIT_IO_KEY={}', 'curl -H "X-AIO-Key: {}" https://io.adafruit.com/api/v2/user/feeds'],
});
