/** A growable byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  private bytes: number[] = [];

  byte(b: number): this {
    this.bytes.push(b & 255);
    return this;
  }

  varint(value: bigint): this {
    let v = value;
    do {
      const low = Number(v & 127n);
      v >>= 7n;
      this.bytes.push(v > 0n ? low | 128 : low);
    } while (v > 0n);
    return this;
  }

  raw(data: Uint8Array): this {
    for (const b of data) this.bytes.push(b);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Reads what ByteWriter wrote; throws DecodeError on anything short, long or non-canonical. */
export class ByteReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.pos >= this.bytes.length) throw new DecodeError('unexpected end');
    return this.bytes[this.pos++]!;
  }

  /** At most `maxBytes` bytes, so a hostile code cannot grow a huge BigInt. */
  varint(maxBytes = 10): bigint {
    let result = 0n;
    for (let i = 0; i < maxBytes; i++) {
      const b = this.byte();
      result |= BigInt(b & 127) << BigInt(7 * i);
      if ((b & 128) === 0) {
        if (b === 0 && i > 0) throw new DecodeError('non-canonical varint');
        return result;
      }
    }
    throw new DecodeError('varint too long');
  }

  raw(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) throw new DecodeError('unexpected end');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  end(): void {
    if (this.pos !== this.bytes.length) throw new DecodeError('trailing bytes');
  }
}
