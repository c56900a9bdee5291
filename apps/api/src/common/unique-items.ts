import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A list naming nothing twice, compared whole or by a key (`(finding) => finding.itemId`). In
 * place of class-validator's ArrayUnique, which compares every pair: a 100,000-item list held a
 * request for 20 seconds, even though ArrayMaxSize refused it too. This takes one pass.
 */
export function UniqueItems<T>(key?: (item: T) => unknown, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'uniqueItems',
      validator: {
        validate(value: unknown): boolean {
          if (!Array.isArray(value)) return false;
          const keys = key
            ? value.map((item: T) => (item === null || item === undefined ? item : key(item)))
            : value;
          return new Set(keys).size === keys.length;
        },
        defaultMessage: () => '$property must name each item once',
      },
    },
    options,
  );
}
