import { Worker } from 'node:worker_threads';
import { WriteTurn } from './write-turn';

// A thread that takes the turn as WriteTurn does, marks what it did in `marks`, and lets go.
const HOLDER = `
const { workerData, parentPort } = require('node:worker_threads');
const cell = new Int32Array(workerData.turn);
const marks = new Int32Array(workerData.marks);
while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1, 20);
Atomics.store(marks, 0, 1);
parentPort.postMessage('holding');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
Atomics.store(marks, 1, 1);
Atomics.store(cell, 0, 0);
Atomics.notify(cell, 0, 1);
`;

describe('WriteTurn', () => {
  it('runs the write and answers what it returns', () => {
    expect(new WriteTurn().take(() => 42)).toBe(42);
  });

  it('lets go when the write throws: the next take runs', () => {
    const turn = new WriteTurn();
    expect(() =>
      turn.take(() => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(turn.take(() => 'next')).toBe('next');
  });

  it('waits while another thread holds the turn, and runs once it has let go', async () => {
    const turn = new WriteTurn();
    const marks = new Int32Array(new SharedArrayBuffer(8));
    const holder = new Worker(HOLDER, { eval: true, workerData: { turn: turn.buffer, marks: marks.buffer } });
    await new Promise((resolve) => holder.once('message', resolve));
    const seen = turn.take(() => [Atomics.load(marks, 0), Atomics.load(marks, 1)]);
    expect(seen).toEqual([1, 1]);
    await holder.terminate();
  });

  it('is shared through its buffer: a turn made on it waits for the first', async () => {
    const first = new WriteTurn();
    const second = new WriteTurn(first.buffer);
    const marks = new Int32Array(new SharedArrayBuffer(8));
    const holder = new Worker(HOLDER, {
      eval: true,
      workerData: { turn: second.buffer, marks: marks.buffer },
    });
    await new Promise((resolve) => holder.once('message', resolve));
    expect(first.take(() => Atomics.load(marks, 1))).toBe(1);
    await holder.terminate();
  });
});
