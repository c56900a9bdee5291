import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type Caller, admin, staff } from './support/api-harness';
import { consoleInBrowser, describeInBrowser } from './support/console-session';
import { beijingToday, checkItemBody, creditCode, enforcementCertificate } from './support/task-fixtures';

/**
 * Anyone verifies a draw on the public portal without signing in (issue 18, part 3): the task's
 * commitments and record, then the draw re-run in the browser (a Web Worker) from the public
 * bundle; a tampered file is shown as not verified, with the difference in plain Chinese.
 * SCREENSHOTS=<dir> saves both outcomes.
 */
const LEAD = { id: 'scjg-320102', name: '玄武区市场监督管理局' };
const PARTNER = { id: 'xf-320102', name: '玄武区消防救援大队' };

describeInBrowser('the public draw verification page', () => {
  const web = consoleInBrowser({ fullPage: true });
  const { api, see, accessible, shot } = web;
  const lead: Caller = staff(LEAD.id, ['operator'], 'op-scjg');
  const partner: Caller = staff(PARTNER.id, ['operator'], 'op-xf');
  let taskId = '';

  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  beforeAll(async () => {
    const items: Record<string, string> = {};
    for (const [d, caller] of [
      [LEAD, lead],
      [PARTNER, partner],
    ] as const) {
      await ok('POST', '/api/departments', admin, { ...d, regionCode: '320102' });
      items[d.id] = (
        await ok<{ id: string }>('POST', '/api/check-items', caller, checkItemBody(d.id, '事项'))
      ).id;
      await ok('POST', '/api/inspectors', caller, {
        departmentId: d.id,
        name: `${d.name}检查员`,
        idCardNumber: sampleIdCardNumber(d === LEAD ? 1 : 2),
        category: 'certified',
        ...enforcementCertificate(),
        regionCode: '320102',
      });
    }
    for (let n = 1; n <= 20; n += 1) {
      await ok('POST', '/api/entities', lead, {
        code: creditCode(n),
        name: `玄武区某餐饮店${n}`,
        kind: 'enterprise',
        address: '江苏省南京市玄武区',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'B',
      });
    }
    taskId = (
      await ok<{ id: string }>('POST', '/api/tasks', lead, {
        adhocReason: '群众投诉集中',
        name: '餐饮场所联合抽查',
        participants: [{ departmentId: PARTNER.id, itemIds: [items[PARTNER.id]] }],
        itemIds: [items[LEAD.id]],
        criteria: {},
        sampling: { count: 3 },
        window: { from: beijingToday(), to: beijingToday() },
      })
    ).id;
    await ok('POST', `/api/tasks/${taskId}/responses`, partner, {
      accepted: true,
      itemIds: [items[PARTNER.id]],
    });
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, lead, {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, lead, {});
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, partner, {});
    await ok('POST', `/api/tasks/${taskId}/lock`, lead);
  }, 120_000);

  it('re-runs an announced task’s draw in the browser and says it is verified', async () => {
    const { page } = web;
    await page.goto(`${api.base}/public/tasks`);
    await page.getByRole('link', { name: '餐饮场所联合抽查' }).click();
    await see('抽取结果公开核验');
    // Drawn without a beacon for its ad hoc reason: said, but the reason itself stays internal.
    await see(/本次抽取未使用公共随机源.*理由属内部信息，不公开/);
    expect(await page.textContent('main')).not.toContain('群众投诉集中');
    await see('参与部门贡献种子');
    await page.getByRole('cell', { name: PARTNER.name }).first().waitFor();
    await accessible();
    // The re-run happens in a Web Worker (the CSP allows the portal's own scripts as workers).
    const worker = page.waitForEvent('worker');
    await page.getByRole('button', { name: '下载核验文件并在本机核验' }).click();
    expect((await worker).url()).toMatch(/verify-worker/);
    await see('已验证：本机重新抽取的结果与公示的抽取记录完全一致。');
    await see(/共读取 20 户检查对象，符合条件 20 户/);
    await accessible();
    await shot('public-verify-verified');
  });

  it('shows a tampered file as not verified, naming the seed that does not match', async () => {
    const { page } = web;
    const text = await (await fetch(`${api.base}/api/public/tasks/${taskId}/draw/bundle`)).text();
    const [first, ...rest] = text.split('\n');
    const header = JSON.parse(first) as { record: { seeds: { contributions: Record<string, string> } } };
    header.record.seeds.contributions[PARTNER.id] = 'ab'.repeat(32);
    const file = join(mkdtempSync(join(tmpdir(), 'ssj-verify-')), 'tampered.ndjson');
    writeFileSync(file, [JSON.stringify(header), ...rest].join('\n'));
    await page.getByLabel('核验已下载的文件').setInputFiles(file);
    await see(`未通过核验：公开的种子“参与部门贡献种子（${PARTNER.name}）”与抽取前记录的承诺值不符。`);
    await see('（核验的是您选择的文件）');
    await accessible();
    await shot('public-verify-tampered');
  });

  it('answers a task that is not public with the portal’s not-found words', async () => {
    await web.page.goto(`${api.base}/public/verify/no-such-task`);
    await see('未找到该任务可公开核验的抽取记录');
  });
});
