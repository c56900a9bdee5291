import {
  INSPECTION_METHODS,
  NO_PROBLEM_CATEGORIES,
  RESULT_CATEGORIES,
  type ResultCategory,
} from '@app/domain';
import { sampleCreditCode, sampleIdCardNumber } from '../libs/domain/src/testing/sample-codes';

/**
 * A county's year played through the real HTTP API (issue 8): registers, published plans, joint
 * tasks answered (some late, some declined), draws, locks, results of every category, publications
 * (some late), corrections approved by principals, follow-ups, a few tasks cancelled. The api runs
 * with SIMULATED_CLOCK=true; the simulation moves its clock. Then it reads the dashboards back and
 * checks them against what it did.
 */
export interface SimulationApi {
  call<T>(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: T }>;
  token(sub: string, department: string, roles: string[]): string;
}

export interface SimulationSizes {
  entities: number;
  departments: number;
  inspectors: number;
  tasks: number;
  year: number;
}

export interface SimulationSummary {
  did: Record<string, number>;
  read: Record<string, unknown>;
  mismatches: string[];
}

export async function simulateYear(api: SimulationApi, sizes: SimulationSizes): Promise<SimulationSummary> {
  const ok = async <T>(method: string, path: string, token: string, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, token, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const admin = api.token('admin', 'system', ['admin']);
  const at = (date: string) => ok('PUT', '/api/admin/clock', admin, { now: `${date}T01:00:00.000Z` });
  const dept = (d: number) => `d${String(d).padStart(2, '0')}`;
  const role = (d: string, r: string) => api.token(`${r}-${d}`, d, [r]);
  const did: Record<string, number> = {
    tasks: 0,
    cancelled: 0,
    locked: 0,
    responsesLate: 0,
    declined: 0,
    results: 0,
    published: 0,
    publishedLate: 0,
    corrections: 0,
    followUps: 0,
    problems: 0,
  };
  const y = sizes.year;
  await at(`${y}-01-05`);

  // Registers.
  const items: Record<string, string> = {};
  for (let d = 0; d < sizes.departments; d += 1) {
    await ok('POST', '/api/departments', admin, { id: dept(d), name: `部门${d}`, regionCode: '320102' });
    const item = await ok<{ id: string }>('POST', '/api/check-items', role(dept(d), 'operator'), {
      departmentId: dept(d),
      name: `事项${d}`,
      basis: '依据',
      targetKinds: ['enterprise'],
      content: '内容',
      methods: ['onsite'],
      itemClass: 'A',
      ratio: 0.05,
    });
    items[dept(d)] = item.id;
  }
  for (let n = 0; n < sizes.entities; n += 1) {
    await ok('POST', '/api/entities', role(dept(0), 'operator'), {
      code: sampleCreditCode(n),
      name: `企业${n}`,
      kind: 'enterprise',
      address: '江苏省南京市',
      regionCode: '320102',
      industryCode: 'F5100',
      creditRisk: 'ABCD'[n % 4],
    });
  }
  for (let n = 0; n < sizes.inspectors; n += 1) {
    const d = dept(n % sizes.departments);
    await ok('POST', '/api/inspectors', role(d, 'operator'), {
      departmentId: d,
      name: `检查员${n}`,
      idCardNumber: sampleIdCardNumber(n),
      category: 'certified',
      certificateNo: `ZF${String(n).padStart(6, '0')}`,
      enforcementValidUntil: '2099-12-31',
      regionCode: '320102',
    });
  }
  // Each department's plan, published.
  for (let d = 0; d < sizes.departments; d += 1) {
    const plan = await ok<{ id: string }>('POST', '/api/plans', role(dept(d), 'operator'), {
      year: y,
      name: `${y}年度抽查计划${d}`,
      leadDepartmentId: dept(d),
      cooperatingDepartmentIds: [],
      itemIds: [items[dept(d)]],
      targetCriteria: { kinds: ['enterprise'] },
      ratiosByCreditRisk: { A: 0.03, B: 0.05, C: 0.1, D: 0.3 },
      window: { from: `${y}-01-01`, to: `${y}-12-31` },
    });
    await ok('POST', `/api/plans/${plan.id}/publish`, role(dept(d), 'head'), {});
  }

  // The tasks, spread over the year: each led by one department with the next as participant.
  const perTask = Math.max(1, Math.min(5, Math.floor(sizes.entities / (sizes.tasks * 2))));
  for (let t = 0; t < sizes.tasks; t += 1) {
    const lead = dept(t % sizes.departments);
    const partner = dept((t + 1) % sizes.departments);
    // Months clear of the long holidays, so "two working days" and "twenty" are plainly met or missed.
    const month = [3, 4, 5, 6, 7, 8, 9, 11][t % 8];
    const day = (m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    await at(day(month, 3));
    const window = { from: day(month, 14), to: day(month, 24) };
    const { id } = await ok<{ id: string }>('POST', '/api/tasks', role(lead, 'operator'), {
      adhocReason: '联合抽查',
      name: `任务${t}`,
      participants: lead === partner ? [] : [{ departmentId: partner, itemIds: [items[partner]] }],
      itemIds: [items[lead]],
      criteria: {},
      sampling: { count: perTask },
      window,
    });
    did.tasks += 1;
    if (lead !== partner) {
      const declines = t % 7 === 3;
      const late = t % 5 === 1;
      if (late) await at(day(month, 12));
      await ok('POST', `/api/tasks/${id}/responses`, role(partner, 'operator'), {
        accepted: !declines,
        ...(declines ? { reason: '无对应事项' } : { itemIds: [items[partner]] }),
      });
      if (declines) did.declined += 1;
      // A cancelled task owes no answers: its late answer is not counted as overdue.
      if (late && t % 11 !== 5) did.responsesLate += 1;
    }
    if (t % 11 === 5) {
      await ok('POST', `/api/tasks/${id}/cancel`, role(lead, 'operator'), { reason: '计划调整' });
      did.cancelled += 1;
      continue;
    }
    await at(day(month, 13));
    await ok('POST', `/api/tasks/${id}/draws/entities`, role(lead, 'operator'), {});
    const acting = [lead, ...(lead !== partner && t % 7 !== 3 ? [partner] : [])];
    for (const d of acting) await ok('POST', `/api/tasks/${id}/draws/inspectors`, role(d, 'operator'), {});
    await ok('POST', `/api/tasks/${id}/lock`, role(lead, 'operator'), {});
    did.locked += 1;
    const task = await ok<{
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>('GET', `/api/tasks/${id}`, admin);
    const inspectedOn = day(month, 16);
    await at(inspectedOn);
    const entered: { entityId: string; d: string; category: ResultCategory }[] = [];
    for (const [entityId, team] of Object.entries(task.teams)) {
      for (const d of acting) {
        const member = team.members.find((m) => m.departmentId === d)!;
        const category = RESULT_CATEGORIES[(t + entered.length) % RESULT_CATEGORIES.length];
        await ok('POST', `/api/tasks/${id}/results`, api.token(member.inspectorId, d, ['inspector']), {
          entityId,
          category,
          method: INSPECTION_METHODS[(t + entered.length) % INSPECTION_METHODS.length],
          itemFindings: [{ itemId: items[d], finding: '检查情况', compliant: category === 'compliant' }],
          inspectedOn,
        });
        did.results += 1;
        entered.push({ entityId, d, category });
      }
    }
    // Published in time, or (one task in four) weeks after the deadline.
    const late = t % 4 === 2;
    await at(late ? day(Math.min(month + 2, 12), 28) : day(month, 26));
    for (const e of entered) {
      await ok('POST', `/api/tasks/${id}/publications`, role(e.d, 'head'), { entityId: e.entityId });
      did.published += 1;
      if (late) did.publishedLate += 1;
    }
    // A correction after publication (one task in three), approved by the principal.
    if (t % 3 === 0 && entered.length > 0) {
      const e = entered[0];
      const { requestId } = await ok<{ requestId: string }>(
        'POST',
        `/api/tasks/${id}/correction-requests`,
        role(e.d, 'operator'),
        {
          entityId: e.entityId,
          corrected: {
            category: 'compliant',
            method: 'onsite',
            itemFindings: [{ itemId: items[e.d], finding: '复核合格', compliant: true }],
            inspectedOn,
          },
          reason: '复核更正',
        },
      );
      await ok(
        'POST',
        `/api/tasks/${id}/correction-requests/${requestId}/approve`,
        role(e.d, 'principal'),
        {},
      );
      did.corrections += 1;
      e.category = 'compliant';
    }
    for (const e of entered) if (!NO_PROBLEM_CATEGORIES.includes(e.category)) did.problems += 1;
    if (t % 2 === 1 && entered.length > 0) {
      await ok('POST', `/api/tasks/${id}/follow-ups`, role(lead, 'operator'), {
        entityId: entered[0].entityId,
        kind: 'referral',
        detail: '移送处理',
        toDepartmentId: partner,
      });
      did.followUps += 1;
    }
  }

  // Read the dashboards back, and check them against what was done.
  await at(`${y}-12-31`);
  const reader = api.token('supervisor', 'jjjc', ['supervisor']);
  const stats = await ok<{
    tasks: { initiated: number; cancelled: number; locked: number };
    results: { published: number; publishedOnTime: number; problemsFound: number };
    followUps: { recorded: number };
  }>('GET', `/api/statistics?year=${y}`, reader);
  const responses = await ok<{ items: { state: string }[] }>(
    'GET',
    `/api/overdue-responses?asOf=${y}-12-31`,
    reader,
  );
  const disclosures = await ok<{ items: { state: string; workingDaysOverdue: number }[] }>(
    'GET',
    `/api/overdue-disclosures?asOf=${y}-12-31`,
    reader,
  );
  const mismatches: string[] = [];
  const expect = (label: string, actual: number, expected: number) => {
    if (actual !== expected)
      mismatches.push(`${label}: the dashboards say ${actual}, the simulation did ${expected}`);
  };
  expect('tasks initiated', stats.tasks.initiated, did.tasks);
  expect('tasks cancelled', stats.tasks.cancelled, did.cancelled);
  expect('tasks locked', stats.tasks.locked, did.locked);
  expect('results published', stats.results.published, did.results);
  expect('problems found', stats.results.problemsFound, did.problems);
  expect('follow-ups', stats.followUps.recorded, did.followUps);
  expect('results published on time', stats.results.publishedOnTime, did.published - did.publishedLate);
  expect(
    'results published late (overdue disclosures)',
    disclosures.items.filter((d) => d.state === 'published-late' && d.workingDaysOverdue > 0).length,
    did.publishedLate,
  );
  expect('results still overdue', disclosures.items.filter((d) => d.state !== 'published-late').length, 0);
  expect(
    'late responses',
    responses.items.filter((r) => r.state === 'responded-late').length,
    did.responsesLate,
  );
  // No entity above the yearly cap.
  let aboveCap = 0;
  for (let n = 0; n < sizes.entities; n += 1) {
    const checks = await ok<{ count: number; cap: number }>(
      'GET',
      `/api/entities/${sampleCreditCode(n)}/checks?year=${y}`,
      reader,
    );
    if (checks.count > checks.cap) aboveCap += 1;
  }
  expect('entities above the yearly cap', aboveCap, 0);
  return {
    did,
    read: {
      statistics: stats,
      lateResponses: responses.items.length,
      overdueDisclosures: disclosures.items.length,
    },
    mismatches,
  };
}
