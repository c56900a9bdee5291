import { DEMO_DEPARTMENTS, type DemoCounty } from './demo-county';

/**
 * One task's story, in days before today: initiated, answered (or not), drawn, locked, results
 * entered and published, corrected, rectified, cancelled. Each stops where its stage says.
 */
export interface TaskStory {
  stage: string;
  name: string;
  initiated: number;
  /** The participant answers (accepts) this many days before today; absent: never answers. */
  answered?: number;
  window: { from: number; to: number };
  drawn?: number;
  locked?: number;
  /** Results entered on this day (all of them, or only the first when `resultsPartly`). */
  results?: number;
  resultsPartly?: boolean;
  published?: number;
  corrected?: number;
  rectified?: number;
  referred?: number;
  cancelled?: number;
}

/** Publication is due 20 working days (about four weeks) after the window's last day. */
export const TASK_STORIES: readonly TaskStory[] = [
  {
    stage: 'published',
    name: '餐饮场所食品安全与消防安全联合抽查',
    initiated: 120,
    answered: 119,
    window: { from: 110, to: 100 },
    drawn: 112,
    locked: 112,
    results: 105,
    published: 95,
    corrected: 90,
    rectified: 80,
    referred: 94,
  },
  {
    stage: 'published-late',
    name: '公共场所卫生与消防联合抽查',
    initiated: 115,
    answered: 114,
    window: { from: 105, to: 98 },
    drawn: 107,
    locked: 107,
    results: 100,
    published: 40,
  },
  {
    stage: 'overdue-disclosure',
    name: '商贸企业产品质量联合抽查',
    initiated: 90,
    answered: 89,
    window: { from: 80, to: 70 },
    drawn: 82,
    locked: 82,
    results: 75,
  },
  {
    stage: 'cancelled',
    name: '娱乐场所联合抽查（已撤销）',
    initiated: 60,
    answered: 59,
    window: { from: 50, to: 40 },
    cancelled: 58,
  },
  {
    stage: 'overdue-response',
    name: '化工企业危险废物联合抽查',
    initiated: 20,
    window: { from: -5, to: -25 },
  },
  {
    stage: 'results-entered-partly',
    name: '生活饮用水卫生联合抽查',
    initiated: 16,
    answered: 15,
    window: { from: 6, to: -14 },
    drawn: 8,
    locked: 8,
    results: 3,
    resultsPartly: true,
  },
  {
    stage: 'locked',
    name: '消防设施维护保养联合抽查',
    initiated: 12,
    answered: 11,
    window: { from: -2, to: -20 },
    drawn: 5,
    locked: 5,
  },
  {
    stage: 'drawn',
    name: '排污许可执行情况联合抽查',
    initiated: 8,
    answered: 7,
    window: { from: -6, to: -26 },
    drawn: 3,
  },
  { stage: 'awaiting-response', name: '食品经营许可联合抽查', initiated: 1, window: { from: -10, to: -30 } },
];

type Team = { members: { inspectorId: string; departmentId: string }[] };

/** Plays a story for the pair led by department `lead` (index in DEMO_DEPARTMENTS). */
export async function playStory(county: DemoCounty, story: TaskStory, lead: number): Promise<void> {
  const d = DEMO_DEPARTMENTS[lead].id;
  const p = DEMO_DEPARTMENTS[(lead + 1) % DEMO_DEPARTMENTS.length].id;
  const { items, plans } = county.ids;
  const operator = county.as(d, 'operator');
  const from = county.daysAgo(story.window.from);
  const to = county.daysAgo(story.window.to);
  const plan = from.slice(0, 4) === to.slice(0, 4) ? plans[d][Number(from.slice(0, 4))] : undefined;
  await county.at(county.daysAgo(story.initiated));
  const { id } = await county.ok<{ id: string }>('POST', '/api/tasks', operator, {
    ...(plan ? { planId: plan } : { adhocReason: '跨年度联合抽查' }),
    name: `${DEMO_DEPARTMENTS[lead].name.slice(3)}牵头：${story.name}`,
    participants: [{ departmentId: p, itemIds: [items[p][0]] }],
    itemIds: [items[d][0]],
    criteria: {},
    sampling: { count: 3 },
    window: { from, to },
  });
  county.left(story.stage, id);
  if (story.answered !== undefined) {
    await county.at(county.daysAgo(story.answered));
    await county.ok('POST', `/api/tasks/${id}/responses`, county.as(p, 'operator'), {
      accepted: true,
      itemIds: [items[p][0]],
    });
  }
  if (story.cancelled !== undefined) {
    await county.at(county.daysAgo(story.cancelled));
    await county.ok('POST', `/api/tasks/${id}/cancel`, operator, {
      reason: '与专项整治行动重复，撤销本任务',
    });
    return;
  }
  if (story.drawn === undefined) return;
  await county.at(county.daysAgo(story.drawn));
  await county.ok('POST', `/api/tasks/${id}/draws/entities`, operator, {});
  if (story.locked === undefined) return;
  for (const department of [d, p])
    await county.ok('POST', `/api/tasks/${id}/draws/inspectors`, county.as(department, 'operator'), {});
  await county.ok('POST', `/api/tasks/${id}/lock`, operator, {});
  if (story.results === undefined) return;
  await enterResults(county, story, id, [d, p]);
}

async function enterResults(county: DemoCounty, story: TaskStory, id: string, acting: string[]) {
  const { items } = county.ids;
  const inspectedOn = county.daysAgo(story.results!);
  await county.at(inspectedOn);
  const { teams } = await county.ok<{ teams: Record<string, Team> }>('GET', `/api/tasks/${id}`, county.admin);
  const entered: { entityId: string; department: string; compliant: boolean }[] = [];
  for (const [entityId, team] of Object.entries(teams)) {
    for (const department of acting) {
      const member = team.members.find((m) => m.departmentId === department)!;
      const compliant = entered.length % 3 !== 0;
      await county.ok(
        'POST',
        `/api/tasks/${id}/results`,
        county.api.token(member.inspectorId, department, ['inspector']),
        {
          entityId,
          category: compliant ? 'no_issue_found' : 'ordered_to_correct',
          method: entered.length % 2 ? 'document_review' : 'onsite',
          itemFindings: [
            {
              itemId: items[department][0],
              finding: compliant ? '未发现问题' : '发现问题，责令限期整改',
              compliant,
            },
          ],
          inspectedOn,
        },
      );
      entered.push({ entityId, department, compliant });
      if (story.resultsPartly) return;
    }
  }
  if (story.published === undefined) return;
  await county.at(county.daysAgo(story.published));
  for (const e of entered)
    await county.ok('POST', `/api/tasks/${id}/publications`, county.as(e.department, 'head'), {
      entityId: e.entityId,
    });
  const faulty = entered.find((e) => !e.compliant)!;
  if (story.referred !== undefined) {
    await county.at(county.daysAgo(story.referred));
    await county.ok('POST', `/api/tasks/${id}/follow-ups`, county.as(acting[0], 'operator'), {
      entityId: faulty.entityId,
      kind: 'referral',
      detail: '发现涉及消防安全的问题，移送处理',
      toDepartmentId: acting[1],
    });
  }
  if (story.corrected !== undefined) {
    const e = entered.find((x) => x.compliant)!;
    await county.at(county.daysAgo(story.corrected));
    const { requestId } = await county.ok<{ requestId: string }>(
      'POST',
      `/api/tasks/${id}/correction-requests`,
      county.as(e.department, 'operator'),
      {
        entityId: e.entityId,
        corrected: {
          category: 'compliant',
          method: 'onsite',
          itemFindings: [{ itemId: items[e.department][0], finding: '复核：符合要求', compliant: true }],
          inspectedOn,
        },
        reason: '录入时检查结论有误，复核更正',
      },
    );
    await county.ok(
      'POST',
      `/api/tasks/${id}/correction-requests/${requestId}/approve`,
      county.as(e.department, 'principal'),
      {},
    );
  }
  if (story.rectified !== undefined && faulty.department === acting[0]) {
    await county.at(county.daysAgo(story.rectified));
    await county.ok('POST', `/api/tasks/${id}/rectification-results`, county.as(acting[0], 'operator'), {
      entityId: faulty.entityId,
      rectified: true,
      findings: '复查：已按要求整改到位',
      rectifiedOn: county.daysAgo(story.rectified + 1),
    });
  }
}
