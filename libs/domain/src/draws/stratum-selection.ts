import type { StratumPart } from './draw-parts';
import { sha256 } from './sha256-js';
import { compareUtf8 } from './utf8-order';

const ZERO = new Uint8Array([0]);

/**
 * The smallest keys of one stratum (docs/draw.md §3): a buffer of up to twice the bound, cut back to
 * the bound's smallest (a selection in linear time, not a sort) when full; after the first cut,
 * candidates above the largest key kept are let go at once. Each key is kept as two 48-bit halves of
 * its first 12 bytes, in typed arrays beside the ids: no object per candidate, no boxed numbers.
 */
export class StratumSelection {
  size = 0;
  letGo = false;
  private his: Float64Array;
  private los: Float64Array;
  private ids: string[] = [];
  private kept = 0;
  private readonly capacity: number;
  private boundHi = Infinity;
  private boundLo = Infinity;

  constructor(
    readonly bound: number,
    private readonly drawKeyBytes: Uint8Array,
    private readonly stratum: string,
  ) {
    this.capacity = 2 * Math.max(1, bound);
    const initial = Math.min(this.capacity, 1024);
    this.his = new Float64Array(initial);
    this.los = new Float64Array(initial);
  }

  offer(hi: number, lo: number, id: string): void {
    this.size += 1;
    if (hi > this.boundHi || (hi === this.boundHi && lo > this.boundLo)) {
      this.letGo = true;
      return;
    }
    if (this.kept === this.his.length) this.grow();
    const at = this.kept;
    this.his[at] = hi;
    this.los[at] = lo;
    this.ids[at] = id;
    this.kept = at + 1;
    if (this.kept >= this.capacity) this.cut();
  }

  /** What this selection kept, for the draw that absorbs it (draw-parts.ts). */
  part(): StratumPart {
    if (this.kept > this.bound) this.cut();
    const { stratum, size, letGo, kept } = this;
    return {
      stratum,
      size,
      letGo,
      his: this.his.slice(0, kept),
      los: this.los.slice(0, kept),
      ids: this.ids.slice(0, kept),
    };
  }

  /** Another part's selection of the same stratum, of another range of ids. */
  absorb(part: StratumPart): void {
    for (let i = 0; i < part.ids.length; i += 1) this.offer(part.his[i], part.los[i], part.ids[i]);
    this.size += part.size - part.ids.length;
    this.letGo ||= part.letGo;
  }

  /** The `quota` smallest, in draw order (lowest key first). */
  smallest(quota: number): string[] {
    if (quota === 0) return [];
    const order = Array.from({ length: this.kept }, (_, i) => i);
    order.sort((a, b) => this.compareAt(a, b));
    return order.slice(0, quota).map((i) => this.ids[i]);
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.his.length * 2);
    const his = new Float64Array(size);
    const los = new Float64Array(size);
    his.set(this.his);
    los.set(this.los);
    this.his = his;
    this.los = los;
  }

  private cut(): void {
    this.letGo = true;
    this.selectSmallest(this.bound);
    this.kept = this.bound;
    this.ids.length = this.bound;
    let largest = -1;
    for (let i = 0; i < this.kept; i += 1) if (largest < 0 || this.compareAt(i, largest) > 0) largest = i;
    this.boundHi = largest >= 0 ? this.his[largest] : -1;
    this.boundLo = largest >= 0 ? this.los[largest] : -1;
  }

  /**
   * Rearranges the kept so that the first `k` are the `k` smallest (in no particular order):
   * Hoare's quickselect, median-of-three pivots; linear on average.
   */
  private selectSmallest(k: number): void {
    const { his, los, ids } = this;
    let lo = 0;
    let hi = this.kept - 1;
    const target = k - 1;
    while (hi > lo && target >= lo && target < hi) {
      const mid = lo + ((hi - lo) >> 1);
      const p = this.medianOfThree(lo, mid, hi);
      const pHi = his[p];
      const pLo = los[p];
      const pId = ids[p];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (this.compare(his[i], los[i], ids[i], pHi, pLo, pId) < 0) i += 1;
        while (this.compare(his[j], los[j], ids[j], pHi, pLo, pId) > 0) j -= 1;
        if (i <= j) {
          this.swap(i, j);
          i += 1;
          j -= 1;
        }
      }
      if (target <= j) hi = j;
      else if (target >= i) lo = i;
      else return;
    }
  }

  private medianOfThree(a: number, b: number, c: number): number {
    if (this.compareAt(a, b) < 0) {
      if (this.compareAt(b, c) < 0) return b;
      return this.compareAt(a, c) < 0 ? c : a;
    }
    if (this.compareAt(a, c) < 0) return a;
    return this.compareAt(b, c) < 0 ? c : b;
  }

  private swap(i: number, j: number): void {
    const { his, los, ids } = this;
    const h = his[i];
    his[i] = his[j];
    his[j] = h;
    const l = los[i];
    los[i] = los[j];
    los[j] = l;
    const id = ids[i];
    ids[i] = ids[j];
    ids[j] = id;
  }

  private compareAt(i: number, j: number): number {
    return this.compare(this.his[i], this.los[i], this.ids[i], this.his[j], this.los[j], this.ids[j]);
  }

  /** By key as a 256-bit big-endian number, then by id's UTF-8 bytes. */
  private compare(aHi: number, aLo: number, aId: string, bHi: number, bLo: number, bId: string): number {
    if (aHi !== bHi) return aHi - bHi;
    if (aLo !== bLo) return aLo - bLo;
    if (aId === bId) return 0;
    // Keys equal in their first 96 bits (practically never) are compared in full, recomputed.
    const x = sha256([this.drawKeyBytes, this.stratum, ZERO, aId]);
    const y = sha256([this.drawKeyBytes, this.stratum, ZERO, bId]);
    for (let i = 12; i < 32; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
    return compareUtf8(aId, bId);
  }
}
