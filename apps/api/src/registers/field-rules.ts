import { KINDS_WITH_USCC, type EntityKind, isIdCardNumber, isUnifiedSocialCreditCode } from '@app/domain';
import { type ValidationArguments, type ValidationOptions, registerDecorator } from 'class-validator';

/** 6-digit administrative division code (GB/T 2260). */
export const REGION_CODE = /^\d{6}$/;
/** GB/T 4754 industry code: a section letter and/or 2–4 digits (H, H62, H6210, 6210). */
export const INDUSTRY_CODE = /^(?:[A-T](?:\d{2,4})?|\d{2,4})$/;

/** For enterprises and individual businesses the code must be a valid credit code (GB 32100). */
export function IsCodeValidForKind(options?: ValidationOptions) {
  return (target: object, property: string): void =>
    registerDecorator({
      name: 'isCodeValidForKind',
      target: target.constructor,
      propertyName: property,
      options: {
        message: (args: ValidationArguments) =>
          `${String(args.value)} is not a valid 18-character unified social credit code (GB 32100, check character included)`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const kind = (args.object as { kind?: EntityKind }).kind;
          if (typeof value !== 'string') return false;
          if (!kind || !KINDS_WITH_USCC.includes(kind)) return /^[\p{L}\p{N}._\-/]{1,64}$/u.test(value);
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
