import { idCardCheckCharacter } from '@app/domain';
import { allProjections } from '@app/projections';
import { allDocuments } from '@app/read-store/testing/all-documents';
import { ApiHarness, type Caller, admin, staff } from './support/api-harness';
import { creditCode, enforcementCertificate } from './support/task-fixtures';

/**
 * What an anonymous caller of /api/public/* sees while plans, tasks and results go through their
 * unpublished states: only what was published, as it stood then, and no internal id or text.
 */
describe('the public portal shows only what was published', () => {
  const api = new ApiHarness();
  const operatorScjg = staff('scjg', ['operator'], 'u-operator-scjg-4f1c');
  const headScjg = staff('scjg', ['head'], 'u-head-scjg-8a2e');
  const principalScjg = staff('scjg', ['principal'], 'u-principal-scjg-77d0');
  const operatorXf = staff('xf', ['operator'], 'u-operator-xf-3b9d');
  const staffSubs = [operatorScjg, headScjg, principalScjg, operatorXf, admin].map((c) => c.sub);
  /**
   * Correction reasons are published with the corrected result (更正说明), and a plan's adjustment
   * reasons with the version they made (调整情况向社会公示); no other free text is.
   */
  const correctionReason = '检查记录有误，予以更正';
  const publishedAdjustmentReason = '公示调整理由-乙：消防部门不再参与';
  const publishedTexts = [correctionReason, publishedAdjustmentReason];

  const items: Record<string, string> = {};
  const inspectors: Record<string, string[]> = { scjg: [], xf: [] };
  const entities = [creditCode(41), creditCode(42)];
  /** Every public answer given in the scenario, walked for internal ids at the end. */
  const answers: { path: string; body: unknown }[] = [];
  /** Ids of the plan and the task the public may see. */
  const publishedIds: Record<string, string> = {};

  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const setClock = (now: string) => ok('PUT', '/api/admin/clock', admin, { now });
  /** An anonymous GET, once every act so far is in the read models. */
  const publicly = async <T>(path: string): Promise<T> => {
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const answer = await api.call<T>('GET', path);
    expect(answer.status).toBe(200);
    answers.push({ path, body: answer.body });
    return answer.body;
  };
  const publicPlans = async () =>
    (await publicly<{ items: Record<string, unknown>[] }>('/api/public/plans')).items;
  const publicTasks = async () =>
    (await publicly<{ items: Record<string, unknown>[] }>('/api/public/tasks')).items;
  const publicResults = async (entityCode: string) =>
    (await publicly<{ results: Record<string, unknown>[] }>(`/api/public/results?entityCode=${entityCode}`))
      .results;

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    await setClock('2026-03-02T02:00:00.000Z');
    for (const [d, n] of [
      ['scjg', 1],
      ['xf', 2],
    ] as const) {
      await ok('POST', '/api/departments', admin, { id: d, name: `部门${d}`, regionCode: '320102' });
      const item = await ok<{ id: string }>(
        'POST',
        '/api/check-items',
        staff(d, ['operator'], `u-operator-${d}-4f1c`),
        {
          departmentId: d,
          name: `${d}检查事项`,
          basis: '依据',
          targetKinds: ['enterprise'],
          content: '内容',
          methods: ['onsite'],
          itemClass: 'A',
          ratio: 0.05,
        },
      );
      items[d] = item.id;
      for (let i = 0; i < 2; i += 1) {
        const first17 = `3201021980010${n}${i}1`.padEnd(17, '3');
        const person = await ok<{ id: string }>(
          'POST',
          '/api/inspectors',
          staff(d, ['operator'], `u-operator-${d}-4f1c`),
          {
            departmentId: d,
            name: `${d}检查员${i}`,
            idCardNumber: first17 + idCardCheckCharacter(first17),
            category: 'certified',
            ...enforcementCertificate(),
            regionCode: '320102',
          },
        );
        inspectors[d].push(person.id);
      }
    }
    for (const [n, code] of entities.entries()) {
      await ok('POST', '/api/entities', operatorScjg, {
        code,
        name: `南京公示测试公司${n}`,
        kind: 'enterprise',
        address: '南京',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
  });
  afterAll(() => api.stop());

  describe('plans', () => {
    const definition = () => ({
      year: 2026,
      name: '2026年度联合抽查计划',
      leadDepartmentId: 'scjg',
      cooperatingDepartmentIds: ['xf'],
      itemIds: [items.scjg, items.xf],
      targetCriteria: { regionCodes: ['320102'] },
      ratiosByCreditRisk: { A: 0.03, D: 0.3 },
      window: { from: '2026-03-01', to: '2026-11-30' },
    });
    let planId = '';
    let firstPublication: Record<string, unknown> = {};

    it('shows nothing of a draft, adjusted or not', async () => {
      planId = (await ok<{ id: string }>('POST', '/api/plans', operatorScjg, definition())).id;
      publishedIds.plan = planId;
      expect(await publicPlans()).toEqual([]);
      await ok('POST', `/api/plans/${planId}/adjustments`, operatorScjg, {
        changes: { name: '2026年度联合抽查计划（草案二）' },
        reason: '草案内部讨论意见-甲',
      });
      expect(await publicPlans()).toEqual([]);
    });

    it('shows a published plan as it stood then: its public fields, the version and the day', async () => {
      await ok('POST', `/api/plans/${planId}/publish`, headScjg);
      firstPublication = {
        id: planId,
        ...definition(),
        name: '2026年度联合抽查计划（草案二）',
        status: 'published',
        version: 1,
        publishedOn: '2026-03-02',
        // The draft's own adjustments before its first publication are drafting, not published.
        adjustments: [],
      };
      expect(await publicPlans()).toEqual([firstPublication]);
    });

    it('keeps showing exactly that after an adjustment not yet published', async () => {
      await setClock('2026-04-01T02:00:00.000Z');
      await ok('POST', `/api/plans/${planId}/adjustments`, operatorScjg, {
        changes: {
          name: '2026年度联合抽查计划（调整稿）',
          ratiosByCreditRisk: { A: 0.5, D: 0.9 },
          cooperatingDepartmentIds: [],
          itemIds: [items.scjg],
        },
        reason: publishedAdjustmentReason,
      });
      // The plan's own route shows the adjustment apart, as pending, with who made it and why.
      const internal = await ok<{ name: string; unpublishedChanges: boolean }>(
        'GET',
        `/api/plans/${planId}`,
        operatorScjg,
      );
      expect(internal).toMatchObject({
        name: '2026年度联合抽查计划（草案二）',
        pending: { name: '2026年度联合抽查计划（调整稿）' },
        unpublishedChanges: true,
        adjustments: [{}, { reason: publishedAdjustmentReason, actorId: operatorScjg.sub, version: 2 }],
      });
      expect(await publicPlans()).toEqual([firstPublication]);
    });

    it('shows the adjusted plan once it is published again, as the next version', async () => {
      await ok('POST', `/api/plans/${planId}/publish`, headScjg);
      expect(await publicPlans()).toEqual([
        {
          ...firstPublication,
          name: '2026年度联合抽查计划（调整稿）',
          ratiosByCreditRisk: { A: 0.5, D: 0.9 },
          cooperatingDepartmentIds: [],
          itemIds: [items.scjg],
          version: 2,
          publishedOn: '2026-04-01',
          adjustments: [
            {
              fields: ['cooperatingDepartmentIds', 'itemIds', 'name', 'ratiosByCreditRisk'],
              reason: publishedAdjustmentReason,
              adjustedOn: '2026-04-01',
            },
          ],
        },
      ]);
      const { versions } = await publicly<{ versions: Record<string, unknown>[] }>(
        `/api/public/plans/${planId}`,
      );
      const { id: _id, status: _status, ...version1 } = firstPublication;
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[0]).toEqual(version1);
    });

    it('marks a closed plan closed as last published, without the reason; never shows one closed as a draft', async () => {
      await ok('POST', `/api/plans/${planId}/adjustments`, operatorScjg, {
        changes: { name: '从未公布的名称' },
        reason: '内部调整原因-丙',
      });
      await ok('POST', `/api/plans/${planId}/close`, operatorScjg, { reason: '内部关闭原因-丁' });
      const never = (await ok<{ id: string }>('POST', '/api/plans', operatorScjg, definition())).id;
      await ok('POST', `/api/plans/${never}/close`, operatorScjg, { reason: '内部关闭原因-戊' });
      expect(await publicPlans()).toEqual([
        expect.objectContaining({ id: planId, status: 'closed', closedOn: '2026-04-01', version: 2 }),
      ]);
      const [shown] = await publicPlans();
      expect(shown.name).toBe('2026年度联合抽查计划（调整稿）');
      expect(Object.keys(shown).sort()).toEqual([...Object.keys(firstPublication), 'closedOn'].sort());
    });
  });

  describe('tasks and results', () => {
    let taskId = '';
    const window = { from: '2026-04-01', to: '2026-04-30' };

    it('announces a task only once it is locked; a task cancelled before lock never', async () => {
      taskId = (
        await ok<{ id: string }>('POST', '/api/tasks', operatorScjg, {
          adhocReason: '内部立项原因-己',
          name: '餐饮行业联合抽查',
          participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
          itemIds: [items.scjg],
          criteria: { regionCodes: ['320102'] },
          sampling: { count: 2 },
          window,
        })
      ).id;
      publishedIds.task = taskId;
      const cancelled = (
        await ok<{ id: string }>('POST', '/api/tasks', operatorScjg, {
          adhocReason: '内部立项原因-庚',
          name: '未公告的抽查',
          participants: [],
          itemIds: [items.scjg],
          criteria: {},
          sampling: { count: 1 },
          window,
        })
      ).id;
      expect(await publicTasks()).toEqual([]);
      await ok('POST', `/api/tasks/${taskId}/responses`, operatorXf, { accepted: true, itemIds: [items.xf] });
      await ok('POST', `/api/tasks/${taskId}/draws/entities`, operatorScjg, {});
      await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operatorScjg, {});
      await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operatorXf, {});
      await ok('POST', `/api/tasks/${cancelled}/cancel`, operatorScjg, { reason: '内部撤销原因-辛' });
      expect(await publicTasks()).toEqual([]);

      await ok('POST', `/api/tasks/${taskId}/lock`, operatorScjg);
      expect(await publicTasks()).toEqual([
        {
          id: taskId,
          name: '餐饮行业联合抽查',
          planId: null,
          leadDepartmentId: 'scjg',
          departmentIds: ['scjg', 'xf'],
          itemIds: [items.scjg, items.xf],
          window,
          entityCount: 2,
          // Drawn without a beacon for the ad hoc reason, which stays internal.
          randomness: { operatorTrusted: { statedReason: null } },
          announcedOn: '2026-04-01',
        },
      ]);
    });

    const team = async (entityId: string): Promise<{ inspectorId: string; departmentId: string }[]> => {
      const task = await ok<{
        teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
      }>('GET', `/api/tasks/${taskId}`, operatorScjg);
      return task.teams[entityId].members;
    };
    const inspectorOf = async (entityId: string, departmentId: string): Promise<Caller> => {
      const member = (await team(entityId)).find((m) => m.departmentId === departmentId)!;
      return { sub: member.inspectorId, department: departmentId, roles: ['inspector'] };
    };
    const result = (entityId: string, itemId: string) => ({
      entityId,
      category: 'ordered_to_correct',
      method: 'onsite',
      itemFindings: [{ itemId, finding: '内部检查发现-壬：许可证过期', compliant: false }],
      inspectedOn: '2026-04-01',
      witness: '见证人-癸 13800001111',
      notes: '内部备注-子',
    });

    it('shows no result entered but not published, and a published one without inspector, witness, notes or finding', async () => {
      await ok(
        'POST',
        `/api/tasks/${taskId}/results`,
        await inspectorOf(entities[0], 'scjg'),
        result(entities[0], items.scjg),
      );
      await ok(
        'POST',
        `/api/tasks/${taskId}/results`,
        await inspectorOf(entities[1], 'xf'),
        result(entities[1], items.xf),
      );
      expect(await publicResults(entities[0])).toEqual([]);
      expect(await publicResults(entities[1])).toEqual([]);

      await setClock('2026-04-02T02:00:00.000Z');
      await ok('POST', `/api/tasks/${taskId}/publications`, headScjg, { entityId: entities[0] });
      expect(await publicResults(entities[0])).toEqual([
        {
          id: `${taskId}|${entities[0]}|scjg`,
          taskId,
          taskName: '餐饮行业联合抽查',
          entityId: entities[0],
          departmentId: 'scjg',
          category: 'ordered_to_correct',
          method: 'onsite',
          items: [{ itemId: items.scjg, compliant: false }],
          inspectedOn: '2026-04-01',
          publishedOn: '2026-04-02',
        },
      ]);
      expect(await publicResults(entities[1])).toEqual([]);
    });

    it('shows a correction only once it is approved, with its day, reason and the category before', async () => {
      const before = await publicResults(entities[0]);
      const { objectionId } = await ok<{ objectionId: string }>(
        'POST',
        `/api/tasks/${taskId}/objections`,
        operatorScjg,
        {
          entityId: entities[0],
          departmentId: 'scjg',
          grounds: '内部异议理由-丑',
        },
      );
      await ok('POST', `/api/tasks/${taskId}/objections/${objectionId}/review`, headScjg, {
        upheld: true,
        reply: '内部答复-寅',
      });
      await setClock('2026-04-03T02:00:00.000Z');
      const { requestId } = await ok<{ requestId: string }>(
        'POST',
        `/api/tasks/${taskId}/correction-requests`,
        operatorScjg,
        {
          entityId: entities[0],
          corrected: { ...result(entities[0], items.scjg), entityId: undefined, category: 'no_issue_found' },
          reason: correctionReason,
          objectionId,
        },
      );
      expect(await publicResults(entities[0])).toEqual(before);
      await ok('POST', `/api/tasks/${taskId}/correction-requests/${requestId}/approve`, principalScjg, {
        reply: '内部批复-卯',
      });
      expect(await publicResults(entities[0])).toEqual([
        {
          ...before[0],
          category: 'no_issue_found',
          correction: {
            correctedOn: '2026-04-03',
            reason: correctionReason,
            previousCategory: 'ordered_to_correct',
          },
        },
      ]);
      await ok('POST', `/api/tasks/${taskId}/follow-ups`, operatorScjg, {
        entityId: entities[0],
        kind: 'referral',
        detail: '内部后续处理-辰',
        toDepartmentId: 'xf',
      });
    });

    it('withdraws a result from public view once its disclosure is stopped', async () => {
      await setClock('2029-06-01T02:00:00.000Z');
      await ok('POST', `/api/tasks/${taskId}/public-disclosure-stops`, headScjg, {
        entityId: entities[0],
        application: '企业申请-巳：已整改',
      });
      expect(await publicResults(entities[0])).toEqual([]);
    });
  });

  describe('departments', () => {
    it('names every department, and says nothing else of it', async () => {
      expect(await publicly('/api/public/departments')).toEqual({
        items: [
          { id: 'scjg', name: '部门scjg' },
          { id: 'xf', name: '部门xf' },
        ],
      });
    });
  });

  describe('the whole portal', () => {
    const portal = async () => ({
      departments: await publicly('/api/public/departments'),
      checkItems: await publicly('/api/public/check-items'),
      plans: await publicly('/api/public/plans'),
      plan: await publicly(`/api/public/plans/${publishedIds.plan}`),
      tasks: await publicly('/api/public/tasks'),
      results: await Promise.all(entities.map((code) => publicly(`/api/public/results?entityCode=${code}`))),
      byName: await publicly(`/api/public/results?name=${encodeURIComponent('南京公示')}`),
    });

    it('answers the same after its read models are rebuilt from the log', async () => {
      const host = api.stores.projections;
      const documents = async (name: string) => {
        const projection = allProjections.find((p) => p.name === name)!;
        const out: Record<string, unknown[]> = {};
        for (const collection of projection.collections)
          out[collection.name] = await allDocuments(host.collection(name, collection.name));
        return out;
      };
      const before = await portal();
      for (const name of ['publicPlans', 'publicDisclosures', 'checkItems', 'entities']) {
        const live = await documents(name);
        await host.rebuild(name, { pollMs: 10 });
        expect({ name, ...(await documents(name)) }).toEqual({ name, ...live });
      }
      expect(await portal()).toEqual(before);
    }, 60_000);

    it('holds no internal id or internal text anywhere: actors, events, requests, reasons, notes', async () => {
      await portal();
      const secrets = new Set<string>(staffSubs);
      for (const list of Object.values(inspectors)) list.forEach((id) => secrets.add(id));
      const internalKeys = new Set([
        'requesterId',
        'approverId',
        'inspectorId',
        'leaderId',
        'requestId',
        'objectionId',
        'followUpId',
        'reason',
        'adhocReason',
        'note',
        'notes',
        'witness',
        'finding',
        'grounds',
        'reply',
        'application',
        'detail',
        'seed',
        'seedCommitment',
      ]);
      const collect = (value: unknown, key = ''): void => {
        if (typeof value === 'string') {
          if (internalKeys.has(key) && !publishedTexts.includes(value)) secrets.add(value);
        } else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) collect(v, k);
      };
      for (const event of await api.allEvents()) {
        const { actorId, correlationId, causationId, hash, previousHash } = event.metadata;
        for (const id of [event.id, actorId, correlationId, causationId, hash, previousHash])
          if (id) secrets.add(id);
        collect(event.data);
      }
      // A resource's id is the id of the command that created it (the causation id of its first
      // event): those of published resources are public, those of unpublished ones are not.
      for (const id of [...Object.values(items), ...Object.values(publishedIds), ...entities])
        secrets.delete(id);
      expect(secrets.size).toBeGreaterThan(40);

      const forbiddenKeys = new Set([
        ...internalKeys,
        'actorId',
        'correlationId',
        'causationId',
        'closedReason',
        'retiredReason',
        'unpublishedChanges',
        'itemFindings',
        'teams',
        'members',
        'draw',
      ]);
      const leaks: string[] = [];
      const walk = (value: unknown, path: string): void => {
        if (typeof value === 'string') {
          for (const secret of secrets) {
            if (value === secret || (secret.length >= 6 && value.includes(secret)))
              leaks.push(`${path} = ${value} (holds ${secret})`);
          }
        } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
        else if (value && typeof value === 'object') {
          for (const [k, v] of Object.entries(value)) {
            if (forbiddenKeys.has(k) && !(k === 'reason' && publishedTexts.includes(v as string)))
              leaks.push(`${path}.${k}`);
            walk(v, `${path}.${k}`);
          }
        }
      };
      for (const { path, body } of answers) walk(body, path);
      expect(answers.length).toBeGreaterThan(20);
      expect(leaks).toEqual([]);
    });
  });
});
