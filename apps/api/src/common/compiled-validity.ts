import { type ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';

type Validate = (value: unknown, args: ValidationArguments) => unknown;

interface PropertyRules {
  /** @IsOptional and the like: the rules apply only when every condition holds. */
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: { each: boolean; constraints: unknown[]; validate: Validate }[];
}

/**
 * Whether an instance passes its class's class-validator rules (as `validateSync(instance,
 * { whitelist: true, forbidNonWhitelisted: true })` decides), without class-validator's per-call
 * walk over every registered class's metadata: a bulk import validates a million rows (issue 25).
 * The rules are class-validator's own, read once from its metadata and run by its own constraint
 * instances with the same arguments; the decorators stay the one source of the DTO's rules. Only
 * "valid" is answered here: a row found invalid goes through validateSync for its messages.
 * Undefined for a class with what this does not reproduce (nested or asynchronous rules, groups,
 * validateIf, @IsDefined): such a class is validated by class-validator alone.
 */
export function compileValidity<T extends object>(type: new () => T): ((instance: T) => boolean) | undefined {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(type, undefined as unknown as string, false, false);
  if (metadatas.length === 0) return undefined;
  const properties = new Map<string, PropertyRules>();
  for (const metadata of metadatas) {
    if ((metadata.groups?.length ?? 0) > 0 || metadata.always || metadata.validateIf) return undefined;
    const property = properties.get(metadata.propertyName) ?? { conditions: [], rules: [] };
    properties.set(metadata.propertyName, property);
    switch (metadata.type) {
      case ValidationTypes.WHITELIST:
        break;
      case ValidationTypes.CONDITIONAL_VALIDATION:
        property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
        break;
      case ValidationTypes.CUSTOM_VALIDATION:
        for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
          if (constraint.async) return undefined;
          const instance = constraint.instance;
          property.rules.push({
            each: metadata.each,
            constraints: metadata.constraints,
            validate: (value, args) => instance.validate(value, args),
          });
        }
        break;
      default:
        return undefined;
    }
  }
  const targetName = type.name;
  return (instance: T): boolean => {
    const object = instance as Record<string, unknown>;
    // whitelist + forbidNonWhitelisted: a property no rule names is refused.
    for (const key of Object.keys(object)) if (!properties.has(key)) return false;
    for (const [property, { conditions, rules }] of properties) {
      const value = object[property];
      if (!conditions.every((holds) => holds(object, value))) continue;
      for (const { each, constraints, validate } of rules) {
        const args: ValidationArguments = { targetName, property, object, value, constraints };
        const items = each ? itemsOf(value) : undefined;
        const valid = items
          ? items.every((item) => passed(validate(item, args)))
          : passed(validate(value, args));
        if (!valid) return false;
      }
    }
    return true;
  };
}

/** class-validator's reading of an answer (a promise is left to class-validator). */
const passed = (answer: unknown): boolean => !(answer instanceof Promise) && Boolean(answer);

/** What class-validator checks item by item under `each: true`: an array's, a set's or a map's values. */
function itemsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value as unknown[];
  if (value instanceof Set) return [...(value as Set<unknown>)];
  if (value instanceof Map) return [...(value as Map<unknown, unknown>).values()];
  return undefined;
}
