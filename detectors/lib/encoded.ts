/**
 * A check for tokens whose body encodes binary data (macaroons, protobufs, STS blobs): those hold runs such as
 * `AAAAAA`, `//////////` or `______` (zero or 0xFF bytes), so the repeated-character test of `looksFake` would
 * reject real ones. Placeholders are told instead by `xxxx`, `...`, a few distinct characters or a word.
 */
export function plausibleEncoded(body: string, minDistinct = 16): boolean {
  if (/x{4}|\*{3}|\.{3}|…/i.test(body)) return false;
  if (/example|placeholder|redacted|changeme|dummy|your[_-]?(?:token|key)/i.test(body)) return false;
  return new Set(body).size >= minDistinct;
}
