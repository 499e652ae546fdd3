/**
 * All recipients' codewords of one document, position-major (one contiguous column of n symbols
 * per code position) so that scoring a read position is a single linear pass over memory.
 */
export class CodewordMatrix {
  readonly symbols: Uint8Array;

  constructor(
    readonly recipients: number,
    readonly positions: number,
    symbols?: Uint8Array,
  ) {
    this.symbols = symbols ?? new Uint8Array(recipients * positions);
  }

  static fromCodewords(codewords: readonly Uint8Array[], positions: number): CodewordMatrix {
    const matrix = new CodewordMatrix(codewords.length, positions);
    codewords.forEach((word, j) => matrix.setCodeword(j, word));
    return matrix;
  }

  setCodeword(recipient: number, word: Uint8Array): void {
    const n = this.recipients;
    for (let i = 0; i < this.positions; i++) this.symbols[i * n + recipient] = word[i]!;
  }

  codeword(recipient: number): Uint8Array {
    const word = new Uint8Array(this.positions);
    for (let i = 0; i < this.positions; i++)
      word[i] = this.symbols[i * this.recipients + recipient]!;
    return word;
  }

  column(position: number): Uint8Array {
    return this.symbols.subarray(position * this.recipients, (position + 1) * this.recipients);
  }
}
