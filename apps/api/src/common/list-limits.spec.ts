import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, ValidateIf, ValidateNested } from 'class-validator';
import { ApiError } from './api-error';
import { cutPastListLimits } from './list-limits';
import { apiValidationPipe } from './validation';

class Line {
  @IsString()
  name!: string;
}

class Order {
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => Line)
  lines!: Line[];
}

class SometimesLimited {
  @ValidateIf((order: SometimesLimited) => order.lines.length < 0)
  @IsArray()
  @ArrayMaxSize(3)
  lines!: string[];
}

const bad = (n: number) => Array.from({ length: n }, () => ({ name: 7 }));

async function refusal(body: unknown): Promise<ApiError> {
  const error: unknown = await apiValidationPipe()
    .transform(body, { type: 'body', metatype: Order })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('lists past their DTO limit', () => {
  it('are cut to one element past the limit before their elements are checked', () => {
    const body = { lines: bad(10_000), note: 'kept' };
    const cut = cutPastListLimits(body, Order) as typeof body;
    expect(cut.lines).toHaveLength(4);
    expect(cut.note).toBe('kept');
    expect(body.lines).toHaveLength(10_000);
    // At the limit or one past it, and where no list is too long: the body itself.
    for (const n of [3, 4]) {
      const within = { lines: bad(n) };
      expect(cutPastListLimits(within, Order)).toBe(within);
    }
  });

  it('are refused by their limit, with the elements up to the cut named', async () => {
    const details = (await refusal({ lines: bad(10_000) })).details as { field: string; rule: string }[];
    expect(details).toContainEqual(expect.objectContaining({ field: 'lines', rule: 'arrayMaxSize' }));
    expect(details.filter((d) => d.field.startsWith('lines.')).map((d) => d.field)).toEqual([
      'lines.0.name',
      'lines.1.name',
      'lines.2.name',
      'lines.3.name',
    ]);
    // The same answer as for a list one past the limit.
    expect(details).toEqual((await refusal({ lines: bad(4) })).details);
  });

  it('are left whole where the limit applies only sometimes, and then taken whole', async () => {
    const body = { lines: Array.from({ length: 10 }, (_, i) => `l${i}`) };
    expect(cutPastListLimits(body, SometimesLimited)).toBe(body);
    const taken = (await apiValidationPipe().transform(body, {
      type: 'body',
      metatype: SometimesLimited,
    })) as SometimesLimited;
    expect(taken.lines).toHaveLength(10);
  });

  it('leave other bodies, queries and lists as they are', () => {
    const list = bad(10);
    expect(cutPastListLimits(list, Order)).toBe(list);
    expect(cutPastListLimits('x', Order)).toBe('x');
    expect(cutPastListLimits({ lines: bad(10) }, undefined)).toEqual({ lines: bad(10) });
  });
});
