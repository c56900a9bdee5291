import type { Page } from 'playwright-core';
import { Workbook } from 'exceljs';
import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { downloaded } from './support/browser';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { FOOD_LICENCE_CHECK, checkItemBody, enforcementCertificate } from './support/task-fixtures';

/**
 * The yearly summary page (年度总结; Siyang 四(三), Yuanqu 三(三)) in Chromium: a joint task of the
 * year with one published result, its figures on the page and the XLSX downloaded holding them.
 */
const LEAD = { id: 'scjg', name: '市场监管局' };
const PARTNER = { id: 'xf', name: '消防救援大队' };
const DAY = '2026-06-01';

describeInBrowser('the yearly summary page in a real browser', () => {
  const web = consoleInBrowser({ env: { SIMULATED_CLOCK: 'true' } });
  const { api, signIn, accessible, shot } = web;
  let page: Page;
  const operator = (d: string): Caller => ({ ...staff(d, ['operator'], `op-${d}`), name: `${d}经办人` });
  const items: Record<string, string> = {};
  let inspectorName = '';

  const ok = async <T>(method: string, path: string, as: Caller, body?: unknown): Promise<T> => {
    const answer = await api.call<T>(method, path, { as, body });
    expect(answer.status).toBeLessThan(300);
    return answer.body;
  };
  const figure = (name: string) => page.locator('.figure', { hasText: name }).locator('dd');

  beforeAll(async () => {
    page = web.page;
    await ok('PUT', '/api/admin/clock', admin, { now: `${DAY}T01:00:00.000Z` });
    for (const d of [LEAD, PARTNER]) {
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
      items[d.id] = (
        await ok<{ id: string }>(
          'POST',
          '/api/check-items',
          operator(d.id),
          checkItemBody(d.id, '检查', FOOD_LICENCE_CHECK),
        )
      ).id;
      for (let n = 0; n < 2; n += 1) {
        await ok('POST', '/api/inspectors', operator(d.id), {
          departmentId: d.id,
          name: `${d.name}检查员${n + 1}`,
          idCardNumber: sampleIdCardNumber((d.id === LEAD.id ? 0 : 100) + n),
          category: 'certified',
          ...enforcementCertificate(),
          regionCode: '320102',
        });
      }
    }
    const entityId = sampleCreditCode(900);
    await ok('POST', '/api/entities', operator(LEAD.id), {
      code: entityId,
      name: '南京示例餐饮有限公司',
      kind: 'enterprise',
      address: '江苏省南京市玄武区示例路2号',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    const taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', operator(LEAD.id), {
        name: '餐饮联合抽查',
        adhocReason: '专项抽查',
        itemIds: [items[LEAD.id]],
        participants: [{ departmentId: PARTNER.id, itemIds: [items[PARTNER.id]] }],
        criteria: {},
        sampling: { count: 1 },
        window: { from: DAY, to: '2026-06-30' },
      })
    ).id;
    await ok('POST', `/api/tasks/${taskId}/responses`, operator(PARTNER.id), {
      accepted: true,
      itemIds: [items[PARTNER.id]],
    });
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, operator(LEAD.id), {});
    for (const d of [LEAD, PARTNER])
      await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator(d.id), {});
    await ok('POST', `/api/tasks/${taskId}/lock`, operator(LEAD.id));
    const { teams } = await ok<{
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>('GET', `/api/tasks/${taskId}`, operator(LEAD.id));
    const member = teams[entityId].members.find((m) => m.departmentId === LEAD.id)!;
    inspectorName = (await ok<{ name: string }>('GET', `/api/inspectors/${member.inspectorId}`, admin)).name;
    await ok(
      'POST',
      `/api/tasks/${taskId}/results`,
      { sub: member.inspectorId, department: LEAD.id, roles: ['inspector'] },
      {
        entityId,
        category: 'ordered_to_correct',
        method: 'onsite',
        itemFindings: [{ itemId: items[LEAD.id], finding: '许可证过期', compliant: false }],
        inspectedOn: DAY,
      },
    );
    await ok('POST', `/api/tasks/${taskId}/publications`, staff(LEAD.id, ['head']), { entityId });
    await api.stores.projections.waitFor(await api.head(), 20_000);
  }, 60_000);

  it('is in the dashboards menu and shows the year: figures, joint tasks against the minimum, results by category, industry and inspector', async () => {
    await signIn(operator(LEAD.id));
    await page.goto(`${api.base}/`);
    await page.getByRole('link', { name: '年度总结' }).click();
    await page.getByRole('heading', { name: '2026 年工作总结' }).waitFor();
    expect(await figure('发起任务').textContent()).toBe('1');
    expect(await figure('联合抽查任务').textContent()).toBe('1');
    expect(await figure('已公示结果').textContent()).toBe('1');
    expect(await figure('发现问题').textContent()).toBe('1');
    const joint = page.getByRole('table', { name: '联合抽查（每年至少 1 次）' });
    expect(await joint.getByRole('row', { name: /市场监管局/ }).textContent()).toContain('是');
    expect(await joint.getByRole('row', { name: /消防救援大队/ }).textContent()).toContain('否');
    const categories = page.getByRole('table', { name: '检查结果类别' });
    expect(await categories.getByRole('row', { name: /责令改正/ }).textContent()).toContain('1');
    const industries = page.getByRole('table', { name: '行业' });
    expect(await industries.getByRole('row', { name: /H6210/ }).textContent()).toContain('1');
    const inspectors = page.getByRole('table', { name: '检查人员' });
    expect(await inspectors.getByRole('row', { name: new RegExp(inspectorName) }).textContent()).toContain(
      '市场监管局',
    );
    await accessible();
    await shot('yearly-summary');
  });

  it('downloads the summary as an XLSX holding the same figures', async () => {
    await page.goto(`${api.base}/dashboards/summary?year=2026`);
    await page.getByRole('heading', { name: '2026 年工作总结' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('summary-2026-county.xlsx');
    await page.getByText('已下载 summary-2026-county.xlsx').waitFor();
    const workbook = new Workbook();
    await workbook.xlsx.load((await downloaded(download)) as unknown as ArrayBuffer);
    const overview = Object.fromEntries(
      (workbook.getWorksheet('概况')!.getSheetValues() as unknown[][])
        .slice(2)
        .map((r) => [String(r[1]), r[2]]),
    );
    expect(overview).toMatchObject({ 发起任务: 1, 联合抽查任务: 1, 已公示结果: 1, 发现问题: 1 });
  });
});
