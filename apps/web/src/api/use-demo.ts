import type { HealthAnswer } from '@app/contract';
import { useEffect, useState } from 'react';

/** Asked once per page load: a deployment does not turn into a demonstration while it runs. */
let asked: Promise<boolean> | undefined;

function askDemo(): Promise<boolean> {
  asked ??= fetch('/health')
    .then((answer) => answer.json() as Promise<Partial<HealthAnswer>>)
    .then((health) => health.demo === true)
    // Not known is not a demonstration: the badge would only be missing, never wrongly shown.
    .catch(() => false);
  return asked;
}

/** Whether the api serves demonstration data (GET /health's `demo`, DEMO=1 set by `npm run demo`). */
export function useDemo(): boolean {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let live = true;
    void askDemo().then((answer) => {
      if (live) setDemo(answer);
    });
    return () => {
      live = false;
    };
  }, []);
  return demo;
}
