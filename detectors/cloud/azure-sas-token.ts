import { defineDetector } from '../../src/engine/detector.js';
import { looksFake } from '../lib/checks.js';
import { key256 } from '../lib/azure.js';
import { BASE64, fake } from '../lib/sample.js';

/**
 * The signature of an Azure shared access signature (SAS) URL or token: the `sig` parameter, in a query that also
 * carries the SAS fields before it (`sv` signed version, always present, and `ss srt sp se st spr sr sip si skoid…`).
 * The signature is an HMAC-SHA256 in base64, usually percent-encoded (`%2B %2F %3D`); it must decode to 32 bytes.
 * Only the signature is redacted: the permissions and expiry stay readable.
 */
const FIELD = String.raw`(?:sv|ss|srt|sp|se|st|spr|sr|sip|si|sdd|ses|skoid|sktid|skt|ske|sks|skv|saoid|suoid|scid|rscc|rscd|rsce|rscl|rsct)`;
const VALUE = String.raw`[^&\s"'<>\\#]*`;

function signature(secret: string, context: { readonly match: string }): boolean {
  if (!/(?:^|[^A-Za-z0-9_])sv=\d{4}-\d{2}-\d{2}/.test(context.match)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(secret);
  } catch {
    return false;
  }
  if (!/^[A-Za-z0-9+/]{43}=$/.test(decoded.replace(/ /g, '+'))) return false;
  return Buffer.from(decoded, 'base64').length === 32 && !looksFake(decoded);
}

const sas = (seed: string, encode = true): string => {
  const sig = key256(`${seed}-sig`);
  return `sv=2022-11-02&ss=b&srt=co&sp=rwdlaciytfx&se=2025-01-01T00:00:00Z&st=2024-11-23T00:00:00Z&spr=https&sig=${encode ? encodeURIComponent(sig) : sig}`;
};

export default defineDetector({
  id: 'azure-sas-token',
  description:
    'Signature (sig=) of an Azure shared access signature URL or token whose query also holds sv= and the other SAS ' +
    'fields; percent-encoded or plain base64 of a 32-byte HMAC. Only the signature is redacted.',
  category: 'secret',
  keywords: ['sig='],
  pattern: String.raw`(?:^|[^A-Za-z0-9_])${FIELD}=${VALUE}(?:&(?:amp;)?[A-Za-z0-9_-]+=${VALUE})*&(?:amp;)?sig=(?P<secret>[A-Za-z0-9%+/=]{40,100})`,
  validate: signature,
  priority: 55,
  samples: {
    positive: [
      `https://acme.blob.core.windows.net/logs/run.json?${sas('azure-sas-1')}`,
      `AZURE_STORAGE_SAS_TOKEN="?${sas('azure-sas-2', false)}"`,
      `https://acme.blob.core.windows.net/c/a.png?sp=r&st=2024-11-23T10:00:00Z&se=2024-11-24T10:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${encodeURIComponent(key256('azure-sas-3'))}`,
      `BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=${sas('azure-sas-4')}`,
    ],
    negative: [
      `https://acme.blob.core.windows.net/logs/run.json?sv=2022-11-02&sp=r&sig=REDACTED`,
      `https://acme.blob.core.windows.net/logs/run.json?sv=2022-11-02&ss=b&sig=${'x'.repeat(43)}%3D`,
      `https://example.com/cb?state=abc&sig=${encodeURIComponent(key256('azure-sas-nosv'))}`,
      `https://acme.blob.core.windows.net/c/a.png?sv=2022-11-02&sr=b&sig=${fake('azure-sas-short', 20, BASE64)}`,
      'https://acme.blob.core.windows.net/c/a.png?${SAS_TOKEN}',
    ],
  },
});
