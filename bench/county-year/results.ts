import { NO_PROBLEM_CATEGORIES, type ResultCategory } from '@app/domain';
import { type CountyYear, YEAR } from './context';

/** What each team entered, by entity (of the two drawn and not moved) and department. */
const CATEGORIES: [number, string, ResultCategory, string][] = [
  [0, 'scjg', 'ordered_to_correct', 'onsite'],
  [0, 'xf', 'no_issue_found', 'document_review'],
  [1, 'scjg', 'compliant', 'onsite'],
  [1, 'xf', 'no_issue_found', 'onsite'],
];
/** The result kept off the portal (Gui'an 第43条): xf's for the second entity. */
const NOT_FOR_PUBLICATION = { entity: 1, department: 'xf' };

/**
 * Results in the postponed window (10 April), each with its method (Gui'an 第13条); one marked not
 * for publication on its legal ground with a head's approval; the others published on 20 April; a
 * 整改 follow-up result entered after publication (Gui'an 第32条).
 */
export async function enterAndPublishResults(year: CountyYear): Promise<void> {
  const { taskId, drawn, items } = year.ids;
  await year.at(`${YEAR}-04-10`);
  const { teams } = await year.ok<{
    teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
  }>('GET', `/api/tasks/${taskId}`, year.admin);
  const member = (entityId: string, d: string) =>
    teams[entityId].members.find((m) => m.departmentId === d)!.inspectorId;
  for (const [n, d, category, method] of CATEGORIES) {
    await year.ok(
      'POST',
      `/api/tasks/${taskId}/results`,
      year.api.token(member(drawn[n], d), d, ['inspector']),
      {
        entityId: drawn[n],
        category,
        method,
        itemFindings: [
          { itemId: items[d], finding: '检查情况', compliant: category !== 'ordered_to_correct' },
        ],
        inspectedOn: `${YEAR}-04-10`,
      },
    );
    year.count('resultsEntered');
  }
  const kept = drawn[NOT_FOR_PUBLICATION.entity];
  const { requestId } = await year.ok<{ requestId: string }>(
    'POST',
    `/api/tasks/${taskId}/non-publication-requests`,
    year.as('xf', 'operator'),
    { entityId: kept, ground: 'trade_secret', legalBasis: '《反不正当竞争法》第九条' },
  );
  await year.ok(
    'POST',
    `/api/tasks/${taskId}/non-publication-requests/${requestId}/approve`,
    year.as('xf', 'head'),
    { reply: '涉及商业秘密' },
  );
  year.count('notForPublication');
  await year.at(`${YEAR}-04-20`);
  for (const [n, d, category] of CATEGORIES) {
    if (n === NOT_FOR_PUBLICATION.entity && d === NOT_FOR_PUBLICATION.department) continue;
    await year.ok('POST', `/api/tasks/${taskId}/publications`, year.as(d, 'head'), { entityId: drawn[n] });
    year.count('published');
    if (!NO_PROBLEM_CATEGORIES.includes(category)) year.count('problemsFound');
  }
  const refused = await year.call<{ code: string }>(
    'POST',
    `/api/tasks/${taskId}/publications`,
    year.as('xf', 'head'),
    { entityId: kept },
  );
  year.check(
    'not for publication refused',
    [refused.status, refused.body.code],
    [409, 'RESULT_NOT_FOR_PUBLICATION'],
  );
  const onPortal = async (entityCode: string) =>
    (
      await year.ok<{ results: { departmentId: string; rectifications?: unknown[] }[] }>(
        'GET',
        `/api/public/results?entityCode=${entityCode}`,
        '',
      )
    ).results;
  year.check(
    'portal leaves out the result not for publication',
    (await onPortal(kept)).map((r) => r.departmentId),
    ['scjg'],
  );

  await year.at(`${YEAR}-04-25`);
  await year.ok('POST', `/api/tasks/${taskId}/rectification-results`, year.as('scjg', 'operator'), {
    entityId: drawn[0],
    rectified: true,
    findings: '复查：已按要求整改',
    rectifiedOn: `${YEAR}-04-24`,
  });
  year.count('rectifications');
  const rectified = (await onPortal(drawn[0])).find((r) => r.departmentId === 'scjg');
  year.check('rectification on the portal', rectified?.rectifications, [
    { rectifiedOn: `${YEAR}-04-24`, rectified: true },
  ]);
}
