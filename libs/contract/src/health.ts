/** GET /health: anyone may ask; it says whether the stores answer, which kinds they are, and whether this is a demonstration. */
export interface HealthAnswer {
  status: 'ok' | 'unavailable';
  eventStore: { kind: string; status: string };
  readModelStore: { kind: string };
  /** Demonstration data (`npm run demo`, DEMO=1): the console marks every page 演示数据. */
  demo: boolean;
}
