import {
  KINDS_WITH_USCC,
  type EntityKind,
  type FieldRule,
  isIdCardNumber,
  isUnifiedSocialCreditCode,
} from '@app/domain';
import {
  Matches,
  type ValidationArguments,
  type ValidationOptions,
  registerDecorator,
} from 'class-validator';

/** A department's stable id: letters, digits, - and _ (1–64). */
export const DEPARTMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A mobile (11 digits) or landline number. */
export const PHONE = /^(?:1\d{10}|0\d{2,3}-?\d{7,8})$/;
/** A mainland mobile number (11 digits), as officials' accounts keep. */
export const MOBILE = /^1\d{10}$/;
/** A page's `nextCursor`. */
export const CURSOR = /^[A-Za-z0-9_-]{1,2000}$/;

/** 6-digit administrative division code (GB/T 2260). */
export const REGION_CODE = /^\d{6}$/;
/** GB/T 4754 industry code: a section letter and/or 2–4 digits (H, H62, H6210, 6210). */
export const INDUSTRY_CODE = /^(?:[A-T](?:\d{2,4})?|\d{2,4})$/;

/**
 * A code or id keeps to ASCII letters, digits and . _ - / (1–64): look-alike letters of other
 * scripts (Cyrillic А for Latin A) would make two records of one. Department ids, check-item,
 * task and inspector ids (UUIDs), entity codes and certificate numbers all fit it.
 */
export const CODE = /^[A-Za-z0-9._\-/]{1,64}$/;
const CODE_MESSAGE = 'must be 1–64 ASCII letters, digits, ".", "_", "-" or "/"';

/** A code or the id of a record (see CODE); `{ each: true }` for a list of them. */
export function IsCode(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(CODE, { message: options.each ? `each ${CODE_MESSAGE}` : CODE_MESSAGE, ...options });
}

/**
 * A tag or specialty: a short word of Chinese characters, Latin letters and digits, with inner
 * spaces, "-", "_" or "·" (1–50). No punctuation, no look-alike scripts, no line breaks.
 */
export const TAG =
  /^[\p{Script=Han}A-Za-z0-9](?:[\p{Script=Han}A-Za-z0-9 _\-·]{0,48}[\p{Script=Han}A-Za-z0-9])?$/u;
export const TAG_MESSAGE =
  'each must be 1–50 Chinese characters, Latin letters or digits (inner " ", "-", "_", "·")';

/**
 * Text of one line: names, addresses, titles. Free text (reasons, notes, findings) may hold tabs and
 * line breaks, and the emoji presentation selectors U+FE0E–FE0F, which a name has no use for and
 * which would give one name two spellings that look alike (text-rules.ts refuses the other
 * variation selectors everywhere).
 */
export const SINGLE_LINE = /^(?:(?!\uFE0E|\uFE0F)[^\t\n])*$/u;
const SINGLE_LINE_MESSAGE =
  'must be one line (no tab or line break) with no variation selector (U+FE0E–FE0F)';

export function IsSingleLine(options: ValidationOptions = {}): PropertyDecorator {
  return Matches(SINGLE_LINE, {
    message: options.each ? `each ${SINGLE_LINE_MESSAGE}` : SINGLE_LINE_MESSAGE,
    ...options,
  });
}

/** A reason or note must say something: text of spaces alone is refused (400), not left to a rule (409). */
export function IsNotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, property: string | symbol): void =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(property),
      options: { message: `${String(property)} must not be blank`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || value.trim() !== '' },
    });
}

/**
 * What each pattern checks, as the `rule` of a field problem (libs/domain/src/refusals/field-rules.ts),
 * so that a client says "a 6-digit region code" rather than "does not match".
 */
export const PATTERN_RULES: ReadonlyMap<string, FieldRule> = new Map<string, FieldRule>([
  [CODE.source, 'code'],
  [DEPARTMENT_ID.source, 'departmentCode'],
  [PHONE.source, 'phone'],
  [MOBILE.source, 'mobile'],
  [CURSOR.source, 'cursor'],
  [REGION_CODE.source, 'regionCode'],
  [INDUSTRY_CODE.source, 'industryCode'],
  [TAG.source, 'tag'],
  [SINGLE_LINE.source, 'singleLine'],
]);

/** For enterprises and individual businesses the code must be a valid credit code (GB 32100). */
export function IsCodeValidForKind(options?: ValidationOptions) {
  return (target: object, property: string): void =>
    registerDecorator({
      name: 'isCodeValidForKind',
      target: target.constructor,
      propertyName: property,
      options: {
        message: (args: ValidationArguments) =>
          KINDS_WITH_USCC.includes((args.object as { kind?: EntityKind }).kind as EntityKind)
            ? `${String(args.value)} is not a valid 18-character unified social credit code (GB 32100, check character included)`
            : CODE_MESSAGE,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const kind = (args.object as { kind?: EntityKind }).kind;
          if (typeof value !== 'string') return false;
          if (!kind || !KINDS_WITH_USCC.includes(kind)) return CODE.test(value);
          return isUnifiedSocialCreditCode(value.toUpperCase());
        },
      },
    });
}

/** An 18-digit resident ID-card number with a valid birth date and check character (GB 11643). */
export function IsIdCardNumber(options?: ValidationOptions) {
  return (target: object, property: string): void =>
    registerDecorator({
      name: 'isIdCardNumber',
      target: target.constructor,
      propertyName: property,
      options: {
        message: 'must be a valid 18-digit ID-card number (GB 11643, check character included)',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIdCardNumber(value) },
    });
}
