import type { ArgumentMetadata } from '@nestjs/common';
import { ValidatedQueries } from './validated-queries';

class PageQuery {
  departmentId?: string;
  limit?: number;
}
class OtherQuery {
  departmentId?: string;
}

const whole = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

describe('ValidatedQueries', () => {
  const dto = (): PageQuery => Object.assign(new PageQuery(), { departmentId: 'scjg', limit: 20 });

  it('recalls a query met before as a fresh copy of its DTO, by class and query', () => {
    const queries = new ValidatedQueries();
    const query = { departmentId: 'scjg', limit: '20' };
    expect(queries.recall(query, whole(PageQuery))).toBeUndefined();
    const kept = dto();
    queries.keep(query, whole(PageQuery), kept);
    kept.limit = 999;
    const first = queries.recall({ departmentId: 'scjg', limit: '20' }, whole(PageQuery));
    expect(first).toBeInstanceOf(PageQuery);
    expect(first).toEqual(dto());
    (first as PageQuery).limit = 1;
    expect(queries.recall(query, whole(PageQuery))).toEqual(dto());
    expect(queries.recall(query, whole(PageQuery))).not.toBe(first);
    expect(queries.recall(query, whole(OtherQuery))).toBeUndefined();
    expect(queries.recall({ departmentId: 'scjg', limit: '21' }, whole(PageQuery))).toBeUndefined();
  });

  it('keeps only whole-query DTOs of text fields whose own fields are flat', () => {
    const queries = new ValidatedQueries();
    const query = { departmentId: 'scjg' };
    queries.keep(query, { type: 'body', metatype: PageQuery }, dto());
    queries.keep(query, { type: 'query', metatype: PageQuery, data: 'departmentId' }, dto());
    queries.keep({ departmentId: ['a', 'b'] }, whole(PageQuery), dto());
    queries.keep(
      { window: 'x' },
      whole(PageQuery),
      Object.assign(new PageQuery(), { window: { from: 'x' } }),
    );
    expect(queries.recall(query, { type: 'body', metatype: PageQuery })).toBeUndefined();
    expect(
      queries.recall(query, { type: 'query', metatype: PageQuery, data: 'departmentId' }),
    ).toBeUndefined();
    expect(queries.recall({ departmentId: ['a', 'b'] }, whole(PageQuery))).toBeUndefined();
    expect(queries.recall({ window: 'x' }, whole(PageQuery))).toBeUndefined();
  });

  it('starts again empty past its limit', () => {
    const queries = new ValidatedQueries(2);
    for (const id of ['a', 'b', 'c']) queries.keep({ departmentId: id }, whole(PageQuery), dto());
    expect(queries.recall({ departmentId: 'a' }, whole(PageQuery))).toBeUndefined();
    expect(queries.recall({ departmentId: 'c' }, whole(PageQuery))).toEqual(dto());
  });
});
