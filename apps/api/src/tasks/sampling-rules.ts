import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Ratios per credit-risk class only beside a ratio: a count is drawn from the whole pool as one
 * stratum (docs/draw.md §3), so ratios given with it would be silently ignored.
 */
export function NotWithCount(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notWithCount',
      validator: {
        validate: (_value: unknown, args) => (args?.object as { count?: unknown }).count === undefined,
        defaultMessage: () =>
          '$property is not taken when sampling by a count (a count has no ratios per class)',
      },
    },
    options,
  );
}
