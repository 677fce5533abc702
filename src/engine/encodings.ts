/**
 * The forms a known secret takes when it is logged inside something else. Each form is registered as its
 * own fingerprint, so finding it costs nothing extra at scan time.
 */
export interface EncodedForm {
  readonly text: string;
  /** Characters on each side that partly encode the secret (base64 at an unaligned offset): redact them too. */
  readonly fringe: number;
}

function base64Cores(bytes: Buffer, urlSafe: boolean): EncodedForm[] {
  const forms: EncodedForm[] = [];
  // A secret inside a longer base64 payload (`Basic base64(user:secret)`) starts at one of three byte offsets;
  // for each, keep the characters that depend on the secret's bytes alone.
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString(urlSafe ? 'base64url' : 'base64').replace(/=+$/, '');
    const first = Math.ceil((8 * offset) / 6);
    const last = Math.floor((8 * (offset + bytes.length)) / 6) - 1;
    if (last - first + 1 >= 8) forms.push({ text: encoded.slice(first, last + 1), fringe: 1 });
  }
  return forms;
}

/** Raw, URL-encoded, JSON-escaped, base64 (standard and URL-safe, every alignment) and hex (both cases). */
export function encodedForms(secret: string): EncodedForm[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: EncodedForm[] = [
    { text: secret, fringe: 0 },
    { text: encodeURIComponent(secret), fringe: 0 },
    { text: JSON.stringify(secret).slice(1, -1), fringe: 0 },
    ...base64Cores(bytes, false),
    ...base64Cores(bytes, true),
    { text: bytes.toString('hex'), fringe: 0 },
    { text: bytes.toString('hex').toUpperCase(), fringe: 0 },
  ];
  const unique = new Map<string, EncodedForm>();
  for (const form of forms) if (!unique.has(form.text)) unique.set(form.text, form);
  return [...unique.values()];
}
