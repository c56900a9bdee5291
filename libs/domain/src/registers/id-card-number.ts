/*
 * The resident identity card number (公民身份号码, GB 11643-1999): 6-digit region code,
 * 8-digit birth date, 3-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function isValidBirthDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Whether a number is a well-formed 18-digit ID-card number (birth date and check character). */
export function isIdCardNumber(value: string): boolean {
  const upper = value.toUpperCase();
  return (
    SHAPE.test(upper) &&
    isValidBirthDate(upper.slice(6, 14)) &&
    idCardCheckCharacter(upper.slice(0, 17)) === upper[17]
  );
}

/**
 * The number as shown to anyone but an administrator: the province (first 2) and the check
 * character only. Region, birth date and sequence stay hidden, since once the region and the last
 * four are known only about 2,000 birth dates fit an adult's number, few enough to try them all.
 * Hidden as here, even someone who knows the county and the birth date faces about 90 candidates.
 */
export function maskIdCardNumber(value: string): string {
  return value.length < 10
    ? '*'.repeat(value.length)
    : `${value.slice(0, 2)}${'*'.repeat(value.length - 3)}${value.slice(-1)}`;
}
