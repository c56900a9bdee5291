import { type CountyYear, JOINT_OFFICE, YEAR } from './context';

/** The joint plan's ratio for class B: with six entities of class B, three are planned. */
export const PLAN_RATIO_B = 0.5;

/**
 * Plans filed with the joint office (备案; Yiyuan 十; Siyang 二(四)): the joint plan of scjg with xf
 * and ws published in January, filed on time; xf's own plan published in February, filed late
 * (PLAN_FILING_DEADLINE, default Siyang's January's end) and reported. The coordinator publishes
 * the consolidated county plan by early March; the portal shows it, without actor ids.
 */
export async function filePlans(year: CountyYear): Promise<void> {
  const { items } = year.ids;
  const draft = async (lead: string, cooperating: string[], name: string) =>
    (
      await year.ok<{ id: string }>('POST', '/api/plans', year.as(lead, 'operator'), {
        year: YEAR,
        name,
        leadDepartmentId: lead,
        cooperatingDepartmentIds: cooperating,
        itemIds: [lead, ...cooperating].map((d) => items[d]),
        targetCriteria: {},
        ratiosByCreditRisk: { B: PLAN_RATIO_B },
        window: { from: `${YEAR}-03-01`, to: `${YEAR}-11-30` },
      })
    ).id;
  year.ids.plans.joint = await draft('scjg', ['xf', 'ws'], `${YEAR}年度餐饮行业联合抽查计划`);
  year.ids.plans.late = await draft('xf', [], `${YEAR}年度消防抽查计划`);
  await year.at(`${YEAR}-01-20`);
  await year.ok('POST', `/api/plans/${year.ids.plans.joint}/publish`, year.as('scjg', 'head'), {});
  await year.at(`${YEAR}-02-05`);
  await year.ok('POST', `/api/plans/${year.ids.plans.late}/publish`, year.as('xf', 'head'), {});
  year.count('plansFiled', 2);
  year.count('plansFiledLate');

  const filings = async (planId: string) =>
    (await year.ok<{ filings: unknown[] }>('GET', `/api/plans/${planId}`, year.admin)).filings;
  year.check('joint plan filing', await filings(year.ids.plans.joint), [
    {
      version: 1,
      jointOfficeId: JOINT_OFFICE,
      filedOn: `${YEAR}-01-20`,
      deadline: `${YEAR}-01-31`,
      late: false,
    },
  ]);
  year.check('late plan filing', await filings(year.ids.plans.late), [
    {
      version: 1,
      jointOfficeId: JOINT_OFFICE,
      filedOn: `${YEAR}-02-05`,
      deadline: `${YEAR}-01-31`,
      late: true,
    },
  ]);
  const late = await year.ok<{ plans: { planId: string; daysLate: number }[] }>(
    'GET',
    `/api/joint-office/late-filings?year=${YEAR}`,
    coordinator(year),
  );
  year.check(
    'late filings reported',
    late.plans.map((p) => [p.planId, p.daysLate]),
    [[year.ids.plans.late, 5]],
  );
}

/** The joint office's coordinator (ADR 26, 37). */
export const coordinator = (year: CountyYear) => year.as(JOINT_OFFICE, 'coordinator');

export async function publishConsolidatedPlan(year: CountyYear): Promise<void> {
  await year.at(`${YEAR}-03-02`);
  await year.ok('POST', '/api/joint-office/consolidated-plans', coordinator(year), { year: YEAR });
  year.count('consolidatedPlansPublished');
  const published = await year.ok<
    { jointOfficeId: string; version: number; late: boolean; plans: { planId: string }[] }[]
  >('GET', `/api/public/consolidated-plans?year=${YEAR}`, '');
  year.check(
    'consolidated plan on the portal',
    published.map((c) => ({
      office: c.jointOfficeId,
      version: c.version,
      late: c.late,
      plans: c.plans.map((p) => p.planId),
    })),
    [{ office: JOINT_OFFICE, version: 1, late: false, plans: [year.ids.plans.joint] }],
  );
  year.check(
    'no actor ids on the portal',
    /operator-|head-|coordinator-/.test(JSON.stringify(published)),
    false,
  );
  const plans = await year.ok<{ items: { id?: string; planId?: string }[] }>('GET', '/api/public/plans', '');
  year.check(
    'published plans on the portal',
    plans.items.map((p) => p.id ?? p.planId).sort(),
    [year.ids.plans.joint, year.ids.plans.late].sort(),
  );
}
