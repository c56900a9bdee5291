import { PacedWakes } from './paced-wakes';

describe('PacedWakes', () => {
  let clock = 0;
  let wakes: number[];
  let paced: PacedWakes;

  beforeEach(() => {
    jest.useFakeTimers();
    clock = 1000;
    wakes = [];
    paced = new PacedWakes(
      () => wakes.push(clock),
      10,
      () => clock,
    );
  });

  afterEach(() => {
    paced.stop();
    jest.useRealTimers();
  });

  const advance = (ms: number): void => {
    clock += ms;
    jest.advanceTimersByTime(ms);
  };

  it('wakes at once after a quiet spell', () => {
    paced.request();
    expect(wakes).toEqual([1000]);
    advance(25);
    paced.request();
    expect(wakes).toEqual([1000, 1025]);
  });

  it('gathers the appends of an interval into one wake at its end', () => {
    paced.request();
    advance(3);
    paced.request();
    paced.request();
    advance(4);
    paced.request();
    expect(wakes).toEqual([1000]);
    advance(3);
    expect(wakes).toEqual([1000, 1010]);
    advance(50);
    expect(wakes).toEqual([1000, 1010]);
  });

  it('never drops a wake that was asked for', () => {
    paced.request();
    advance(1);
    paced.request();
    advance(9);
    expect(wakes).toEqual([1000, 1010]);
    paced.request();
    advance(10);
    expect(wakes).toEqual([1000, 1010, 1020]);
  });

  it('wakes no more once stopped', () => {
    paced.request();
    advance(1);
    paced.request();
    paced.stop();
    advance(20);
    expect(wakes).toEqual([1000]);
  });
});
