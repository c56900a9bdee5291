import { beijingTime } from '../../components/dates';
import { refusalWords } from '../../components/refusals/wording';
import { type Locale, translate } from '../../i18n/catalogue';

/** A refused sign-in as the api answered it (ApiFailure's fields). */
export interface SignInRefusal {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

function secondsOf(details: unknown): number | undefined {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * Why a sign-in was refused, in the reader's words: a lock says until when (Beijing time, to the
 * minute) and about how long; a delay says how many seconds; the rest as the refusal catalogue says.
 */
export function signInRefusalWords(locale: Locale, refusal: SignInRefusal, now: Date): string {
  const seconds = secondsOf(refusal.details);
  if (refusal.code === 'SIGN_IN_LOCKED' && seconds !== undefined) {
    const until = beijingTime(new Date(now.getTime() + seconds * 1000).toISOString()).slice(11);
    return translate(locale, 'signIn.locked', { time: until, minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (refusal.code === 'SIGN_IN_TOO_SOON' && seconds !== undefined) {
    return translate(locale, 'signIn.tooSoon', { seconds: Math.max(1, seconds) });
  }
  return refusalWords(locale, refusal);
}

/**
 * The `?error=` code the unified identity platform's return brings, in words. Only a code's shape
 * is taken from the address: anything else a link might carry is never shown as the page's words.
 */
export function oidcErrorWords(locale: Locale, code: string | null): string | undefined {
  if (!code) return undefined;
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return translate(locale, 'signIn.oidcUnknown', { code: '?' });
  const words = refusalWords(locale, { status: 0, code, message: '' });
  return words
    ? translate(locale, 'signIn.oidcFailed', { reason: words })
    : translate(locale, 'signIn.oidcUnknown', { code });
}

/** Why the console's session ended under the reader (the api's 401 code), in words. */
export function endedWords(locale: Locale, code: string): string {
  const reason = refusalWords(locale, { status: 401, code, message: '' });
  return translate(locale, 'signIn.sessionEnded', { reason: reason || code });
}
