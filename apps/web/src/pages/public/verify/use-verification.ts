import type { PublicDrawVerdict } from '@app/domain/draws/public-draw-check';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type VerifyMessage, type VerifyRequest, runVerification } from './read-bundle';

export type VerificationState =
  | { phase: 'idle' }
  | { phase: 'running'; lines: number }
  | { phase: 'done'; verdict: PublicDrawVerdict; source: 'portal' | 'file' }
  | { phase: 'failed'; message: string };

/**
 * Runs the check in a Web Worker; where no worker can start, on the page itself, which the stream's
 * chunks keep responsive (the check awaits each chunk).
 */
export function useVerification(): { state: VerificationState; start: (request: VerifyRequest) => void } {
  const [state, setState] = useState<VerificationState>({ phase: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => () => worker.current?.terminate(), []);
  const start = useCallback((request: VerifyRequest) => {
    worker.current?.terminate();
    const source = 'file' in request ? 'file' : 'portal';
    const tell = (message: VerifyMessage) => {
      if (message.kind === 'progress') setState({ phase: 'running', lines: message.lines });
      else if (message.kind === 'done') setState({ phase: 'done', verdict: message.verdict, source });
      else setState({ phase: 'failed', message: message.message });
    };
    setState({ phase: 'running', lines: 0 });
    try {
      const started = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
      worker.current = started;
      started.onmessage = (event: MessageEvent<VerifyMessage>) => tell(event.data);
      started.onerror = () => {
        started.terminate();
        void runVerification(request, tell);
      };
      started.postMessage(request);
    } catch {
      void runVerification(request, tell);
    }
  }, []);
  return { state, start };
}
