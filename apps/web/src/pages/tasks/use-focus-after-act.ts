import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * After an act succeeds the button that did it is often gone (publish, approve, lock): keyboard
 * and screen-reader users would be left on the page's body. This says the act is done, in a
 * status region, and puts the focus on the heading of the section the act was made in, once the
 * task has been read again. The section is the one focus last entered: a button that is busy is
 * disabled, and loses the focus before its act returns.
 *
 * One outcome at a time: `begin` is called as each act starts, clears the last success and
 * numbers the act, so that an older act's refusal is no longer shown (useTaskCommand).
 */
export function useFocusAfterAct(taskState: unknown, doneMessage: string) {
  const [status, setStatus] = useState('');
  const [latestAct, setLatestAct] = useState(0);
  const acts = useRef(0);
  const lastSection = useRef<string | undefined>(undefined);
  const headingId = useRef<string | undefined>(undefined);
  useEffect(() => {
    const entered = (event: FocusEvent) => {
      const section = (event.target as Element | null)?.closest?.('section[aria-labelledby]');
      if (section) lastSection.current = section.getAttribute('aria-labelledby') ?? undefined;
    };
    document.addEventListener('focusin', entered);
    return () => document.removeEventListener('focusin', entered);
  }, []);
  const recordFocus = useCallback(() => {
    headingId.current = lastSection.current;
    setStatus(doneMessage);
  }, [doneMessage]);
  useEffect(() => {
    const id = headingId.current;
    if (id === undefined) return;
    headingId.current = undefined;
    const heading = document.getElementById(id);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [taskState]);
  const begin = useCallback(() => {
    acts.current += 1;
    setLatestAct(acts.current);
    setStatus('');
    return acts.current;
  }, []);
  return { status, recordFocus, begin, latestAct };
}
