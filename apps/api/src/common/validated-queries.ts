import type { ArgumentMetadata } from '@nestjs/common';

type Flat = Record<string, string | number | boolean | undefined>;

/**
 * Query strings already met and turned into their DTO, by DTO class and query. The rules of a
 * query DTO depend on nothing but the value (no clock, no store), so a query seen before is
 * answered without class-transformer and class-validator: each caller gets its own copy of the
 * DTO. Only successes are kept, only of flat DTOs (every field a string, number or boolean: a
 * shallow copy is the whole of it). Bounded: past the limit it starts again empty.
 */
export class ValidatedQueries {
  private readonly kept = new Map<string, Flat>();
  /** A number for each DTO class, to key its queries by. */
  private readonly classes = new WeakMap<object, number>();
  private nextClass = 0;

  constructor(private readonly limit = 1000) {}

  recall(value: unknown, metadata: ArgumentMetadata): object | undefined {
    const key = this.keyOf(value, metadata);
    const dto = key === undefined ? undefined : this.kept.get(key);
    return dto && copyOf(dto);
  }

  keep(value: unknown, metadata: ArgumentMetadata, dto: unknown): void {
    const key = this.keyOf(value, metadata);
    if (key === undefined || !isFlat(dto)) return;
    if (this.kept.size >= this.limit) this.kept.clear();
    // A copy, so that what the caller does with its DTO never reaches the next one.
    this.kept.set(key, copyOf(dto));
  }

  /** Whole-query DTOs only (`@Query() query: SomeDto`), of a query of plain text fields. */
  private keyOf(value: unknown, metadata: ArgumentMetadata): string | undefined {
    const { type, data, metatype } = metadata;
    if (type !== 'query' || data !== undefined || typeof metatype !== 'function') return undefined;
    if (typeof value !== 'object' || value === null || !Object.values(value).every(isText)) return undefined;
    let id = this.classes.get(metatype);
    if (id === undefined) this.classes.set(metatype, (id = this.nextClass++));
    return `${id} ${JSON.stringify(Object.entries(value))}`;
  }
}

const isText = (field: unknown): boolean => typeof field === 'string';

function isFlat(dto: unknown): dto is Flat {
  if (typeof dto !== 'object' || dto === null) return false;
  return Object.values(dto).every(
    (field) => field === undefined || ['string', 'number', 'boolean'].includes(typeof field),
  );
}

/** The same class and fields: all a flat DTO is. */
function copyOf(dto: Flat): Flat {
  return Object.assign(Object.create(Object.getPrototypeOf(dto) as object | null) as Flat, dto);
}
