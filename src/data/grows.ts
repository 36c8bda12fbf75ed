// A typed array written from its start, made twice as long when full: lists of numbers whose
// length is known only once they are written (a problem list's packed numbers, problemPack.ts; the
// notes on printed rates, model/rates.ts), without pushing onto a plain array and copying it.
export class Grows<A extends Float64Array | Int32Array | Uint32Array | Uint8Array> {
  length = 0;
  private a: A;

  constructor(private readonly make: new (n: number) => A, capacity: number) {
    this.a = new make(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new this.make(2 * this.a.length);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }

  /** The value at i (below `length`). */
  at(i: number): number {
    return this.a[i];
  }

  /** What was written, in an array of its own. */
  done(): A {
    return this.a.slice(0, this.length) as A;
  }
}
