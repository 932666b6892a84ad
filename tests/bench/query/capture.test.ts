import { describe, expect, it } from 'vitest';
import { groupWaves } from '../../../bench/query/capture.js';

const read = (name: string, start: number, end: number) => ({ name, start, end });

describe('groupWaves', () => {
  it('keeps reads that ran side by side in one wave and starts a new one after an answer', () => {
    // A node lookup, then a page and a count batched together once it answered, then a last read.
    const reads = [read('node', 0, 5), read('page', 6, 20), read('count', 6.5, 9), read('last', 21, 25)];
    expect(groupWaves(reads).map((w) => w.map((r) => r.name))).toEqual([['node'], ['page', 'count'], ['last']]);
  });

  it('orders by start, whatever order the reads were recorded in', () => {
    const reads = [read('second', 10, 12), read('first', 0, 4)];
    expect(groupWaves(reads).map((w) => w.map((r) => r.name))).toEqual([['first'], ['second']]);
  });

  it('starts a new wave as soon as any read of the current one has answered', () => {
    // b started after a answered, though c (of a's wave) was still running.
    const reads = [read('a', 0, 2), read('c', 1, 10), read('b', 3, 5)];
    expect(groupWaves(reads).map((w) => w.map((r) => r.name))).toEqual([['a', 'c'], ['b']]);
  });
});
