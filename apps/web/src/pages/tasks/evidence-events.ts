import { useEffect, useState } from 'react';

/** Told when this page attached a file, so that the lists of evidence read again. */
const attached = new EventTarget();

export function announceEvidence(): void {
  attached.dispatchEvent(new Event('attached'));
}

/** A number that changes each time this page attaches a file. */
export function useEvidenceVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    attached.addEventListener('attached', bump);
    return () => attached.removeEventListener('attached', bump);
  }, []);
  return version;
}
