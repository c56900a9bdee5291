import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { type ApiHarness, type Caller, admin, staff } from './api-harness';

/** The lead department's operator in the fixtures below. */
export const leadOperator: Caller = staff('scjg', ['operator']);

/** Today in Beijing (YYYY-MM-DD). */
export const beijingToday = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** A drand quicknet round to be published a minute from now: a beacon a task may name today. */
export const drandRoundSoon = (): { source: string; round: string } => ({
  source: 'drand-quicknet',
  round: String(Math.floor((Date.now() / 1000 + 60 - 1692803367) / 3) + 1),
});

/** The last day of the suites' 执法资格: after every task window they name (Yiyuan 十九、二十). */
export const CERTIFICATE_VALID_UNTIL = '2099-12-31';

let certificates = 0;

/**
 * 执法资格 for an inspector's registration, as the product requires it of a team member
 * (ENFORCEMENT_QUALIFICATION=required): a certificate number of its own (sealed) valid until
 * CERTIFICATE_VALID_UNTIL.
 */
export function enforcementCertificate(): { certificateNo: string; enforcementValidUntil: string } {
  certificates += 1;
  return {
    certificateNo: `ZF320102${String(certificates).padStart(5, '0')}`,
    enforcementValidUntil: CERTIFICATE_VALID_UNTIL,
  };
}

/** A valid unified social credit code (GB 32100), different for each n. */
export const creditCode = sampleCreditCode;

/**
 * A check item of a department's list: enterprises, checked on site, class A at 5%; `changes`
 * replace any of it.
 */
export const checkItemBody = (departmentId: string, name: string, changes: Record<string, unknown> = {}) => ({
  departmentId,
  name,
  basis: '依据',
  targetKinds: ['enterprise'],
  content: '内容',
  methods: ['onsite'],
  itemClass: 'A',
  ratio: 0.05,
  ...changes,
});

/** The basis and content of a food business licence check, as the console's scenarios word them. */
export const FOOD_LICENCE_CHECK = { basis: '《食品安全法》第三十五条', content: '检查许可证件及经营场所' };

/**
 * Departments scjg (lead) and xf of 南京市 (320100: their operators act in its districts), each with
 * one check item; their ids by department.
 */
export async function setUpDepartments(api: ApiHarness, itemClass = 'A'): Promise<Record<string, string>> {
  const items: Record<string, string> = {};
  for (const d of ['scjg', 'xf']) {
    await api.call('POST', '/api/departments', { as: admin, body: { id: d, name: d, regionCode: '320100' } });
    const answer = await api.call<{ id: string }>('POST', '/api/check-items', {
      as: staff(d, ['operator']),
      body: checkItemBody(d, '事项', { itemClass }),
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
