import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type ApiHarness, type Caller, admin, staff } from './api-harness';

/** The lead department's operator in the fixtures below. */
export const leadOperator: Caller = staff('scjg', ['operator']);

/** Today in Beijing (YYYY-MM-DD). */
export const beijingToday = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** A valid unified social credit code (GB 32100), different for each n. */
export const creditCode = sampleCreditCode;

/** Departments scjg (lead) and xf, each with one check item; their ids by department. */
export async function setUpDepartments(api: ApiHarness, itemClass = 'A'): Promise<Record<string, string>> {
  const items: Record<string, string> = {};
  for (const d of ['scjg', 'xf']) {
    await api.call('POST', '/api/departments', { as: admin, body: { id: d, name: d, regionCode: '320102' } });
    const answer = await api.call<{ id: string }>('POST', '/api/check-items', {
      as: staff(d, ['operator']),
      body: {
        departmentId: d,
        name: '事项',
        basis: '依据',
        targetKinds: ['enterprise'],
        content: '内容',
        methods: ['onsite'],
        itemClass,
        ratio: 0.05,
      },
    });
    items[d] = answer.body.id;
  }
  return items;
}

/** An ad hoc joint task of scjg with xf, today; `extra` overrides the body. Its id. */
export async function initiateTask(
  api: ApiHarness,
  items: Record<string, string>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const answer = await api.call<{ id: string }>('POST', '/api/tasks', {
    as: leadOperator,
    body: {
      adhocReason: '专项检查',
      name: '抽查',
      participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
      itemIds: [items.scjg],
      criteria: {},
      sampling: { ratio: 0.1 },
      window: { from: beijingToday(), to: beijingToday() },
      ...extra,
    },
  });
  if (answer.status !== 201) throw new Error(`initiation refused: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}
