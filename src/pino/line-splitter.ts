/**
 * Cuts text that arrives in arbitrary pieces into lines. A line is what lies between two `\n`; a `\r` before
 * the `\n` stays in the line, so a line is handed on byte for byte. Works on strings as they come: no
 * re-encoding of each piece to bytes and back.
 */
export class LineSplitter {
  /** The start of a line whose end has not arrived yet. */
  #carry = '';

  /** Calls `onLine` for every line that `text` completes, in order, without the newline. */
  push(text: string, onLine: (line: string) => void): void {
    let end = text.indexOf('\n');
    if (end === -1) {
      this.#carry += text;
      return;
    }
    onLine(this.#carry + text.slice(0, end));
    this.#carry = '';
    let start = end + 1;
    while ((end = text.indexOf('\n', start)) !== -1) {
      onLine(text.slice(start, end));
      start = end + 1;
    }
    if (start < text.length) this.#carry = text.slice(start);
  }

  /** Hands on a last line that never got its newline. */
  end(onLine: (line: string) => void): void {
    if (this.#carry === '') return;
    const last = this.#carry;
    this.#carry = '';
    onLine(last);
  }
}
