import { idCardCheckCharacter } from '../registers/id-card-number';
import { usccCheckCharacter } from '../registers/unified-social-credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A distinct valid unified social credit code (GB 32100) for each n: its last seven characters are n in base 31. */
export function sampleCreditCode(n: number): string {
  let tail = '';
  for (let rest = n, i = 0; i < 7; i += 1, rest = Math.floor(rest / 31)) tail = ALPHABET[rest % 31] + tail;
  const first17 = `91320102MA${tail}`;
  return first17 + usccCheckCharacter(first17);
}

/** A distinct valid resident ID number (GB 11643) for each n below 1000, born 1980-01-01 in 320102. */
export function sampleIdCardNumber(n: number): string {
  const first17 = `32010219800101${String(n).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}
