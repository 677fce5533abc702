/** Luhn (mod 10) check over the digits of `text`; other characters (spaces, dashes) are skipped. */
export function luhn(text: string): boolean {
  let sum = 0;
  let digits = 0;
  let double = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) continue;
    digits++;
    let value = code;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return digits > 1 && sum % 10 === 0;
}
