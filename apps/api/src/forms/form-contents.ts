import { RESULT_CATEGORY_WORDS, type TaskState, actingDepartments, resultKey } from '@app/domain';
import { INSPECTION_METHOD_WORDS } from '@app/domain/registers/vocabulary-words';
import { departmentItems, departmentsWithResult } from './form-availability';
import { type FormBlock, type FormDocument, chineseDate, formNumber } from './form-document';

/** What the forms print beside the task: names from the registers, read by the api. */
export interface FormFacts {
  taskId: string;
  task: TaskState;
  departmentNames: Record<string, string>;
  entity: { id: string; name: string; code: string; address: string; legalRepresentative?: string };
  inspectors: Record<string, { name: string; departmentId: string; certificateNo?: string }>;
  items: Record<string, { name: string; basis: string; content: string }>;
  /** Working days to review an objection and to tell the business the outcome (the deployment's policy). */
  objectionDays: { review: number; outcomeNotice: number };
  publicUrl: string;
  generatedAt: string;
}

const BLANK = '＿＿＿＿＿＿＿＿';
const name = (facts: FormFacts, departmentId: string) => facts.departmentNames[departmentId] ?? departmentId;
const item = (facts: FormFacts, itemId: string) =>
  facts.items[itemId] ?? { name: itemId, basis: '', content: '' };

function base(facts: FormFacts, kind: FormDocument['kind'], title: string, departmentId?: string) {
  const { taskId, entity } = facts;
  return {
    kind,
    title,
    number: formNumber(kind, taskId, entity.id, departmentId),
    taskId,
    entityId: entity.id,
    ...(departmentId ? { departmentId } : {}),
    publicUrl: facts.publicUrl,
    generatedAt: facts.generatedAt,
  };
}

function entityFields(facts: FormFacts): FormBlock {
  const { entity } = facts;
  return {
    kind: 'fields',
    fields: [
      { label: '检查对象', value: entity.name },
      { label: '统一社会信用代码', value: entity.code },
      { label: '住所（经营场所）', value: entity.address },
      { label: '法定代表人（负责人）', value: entity.legalRepresentative ?? BLANK },
    ],
  };
}

/** The team's 执法人员 of the entity (experts beside them), with their 执法证号 as shown on site. */
function teamRows(facts: FormFacts, departmentId?: string): string[][] {
  const team = facts.task.teams[facts.entity.id];
  const members = [
    ...(team?.members ?? []).map((m) => ({ ...m, expert: false })),
    ...(team?.experts ?? []).map((m) => ({ ...m, expert: true })),
  ].filter((m) => !departmentId || m.departmentId === departmentId);
  return members.map((m) => {
    const inspector = facts.inspectors[m.inspectorId];
    const role = m.expert ? '专家/辅助人员' : m.inspectorId === team?.leaderId ? '组长' : '执法检查人员';
    return [
      inspector?.name ?? m.inspectorId,
      name(facts, m.departmentId),
      role,
      inspector?.certificateNo ?? '—',
    ];
  });
}

const TEAM_COLUMNS = [
  { title: '姓名', weight: 2 },
  { title: '所属部门', weight: 3 },
  { title: '职责', weight: 2 },
  { title: '执法证号', weight: 3 },
];

/** 检查告知书: handed to the business before the inspection (Yiyuan 二十六; the Standard). */
export function noticeForm(facts: FormFacts): FormDocument {
  const { task } = facts;
  const departments = actingDepartments(task);
  const itemRows = departments.flatMap((d) =>
    departmentItems(task, d).map((id) => [name(facts, d), item(facts, id).name, item(facts, id).basis]),
  );
  const lead = name(facts, task.leadDepartmentId);
  const others = departments.slice(1).map((d) => name(facts, d));
  const bases = [...new Set(itemRows.map((row) => row[2]).filter(Boolean))];
  return {
    ...base(facts, 'notice', '检查告知书'),
    subtitle: `${facts.entity.name}：`,
    blocks: [
      entityFields(facts),
      {
        kind: 'paragraph',
        text:
          `根据“双随机、一公开”监管工作要求，${lead}${others.length ? `会同${others.join('、')}` : ''}` +
          `在“${task.name}”中依法随机抽取你单位为检查对象，定于${chineseDate(task.window.from)}至` +
          `${chineseDate(task.window.to)}期间对你单位开展检查。检查依据：${bases.join('；') || '有关法律法规'}。`,
      },
      { kind: 'heading', text: '一、检查事项' },
      {
        kind: 'table',
        columns: [
          { title: '检查部门', weight: 3 },
          { title: '检查事项', weight: 4 },
          { title: '检查依据', weight: 4 },
        ],
        rows: itemRows,
      },
      { kind: 'heading', text: '二、检查人员' },
      { kind: 'table', columns: TEAM_COLUMNS, rows: teamRows(facts) },
      {
        kind: 'paragraph',
        text: '现场检查人员不少于两人，并出示执法证件。你单位可核对检查人员身份；检查人员与你单位有利害关系的，你单位有权申请其回避。',
      },
      { kind: 'heading', text: '三、配合检查要求' },
      {
        kind: 'paragraph',
        text:
          '请你单位如实提供与上述检查事项有关的证照、台账、票据等书面材料，并安排负责人或熟悉情况的人员配合检查。' +
          '检查结束后，请在检查表当事人栏签字或盖章；拒绝签字或盖章的，检查人员将在检查记录中注明，必要时邀请见证人。' +
          '检查结果将依法通过国家企业信用信息公示系统等渠道向社会公示。',
      },
      { kind: 'heading', text: '四、联系方式' },
      {
        kind: 'fields',
        fields: [
          { label: '联系部门', value: lead },
          { label: '联系人及电话', value: BLANK },
        ],
      },
      { kind: 'signatures', lines: [`${lead}（盖章）`, '检查对象签收'] },
    ],
  };
}

/** 检查表: one department's items for one entity, with room for findings and signatures (Yiyuan 二十三、二十六). */
export function inspectionForm(facts: FormFacts, departmentId: string): FormDocument {
  const { task, entity } = facts;
  const entered = task.entered[resultKey(entity.id, departmentId)]?.result;
  const rows = departmentItems(task, departmentId).map((id, index) => {
    const finding = entered?.itemFindings.find((f) => f.itemId === id);
    const compliance =
      finding?.compliant === true
        ? '■符合 □不符合'
        : finding?.compliant === false
          ? '□符合 ■不符合'
          : '□符合 □不符合';
    return [
      String(index + 1),
      item(facts, id).name,
      item(facts, id).content,
      finding?.finding ?? '',
      compliance,
    ];
  });
  const methods = Object.values(INSPECTION_METHOD_WORDS).map((m) =>
    entered?.method && INSPECTION_METHOD_WORDS[entered.method] === m ? `■${m}` : `□${m}`,
  );
  return {
    ...base(facts, 'inspection', '检查表', departmentId),
    subtitle: `${name(facts, departmentId)}\u3000${task.name}`,
    blocks: [
      entityFields(facts),
      {
        kind: 'fields',
        fields: [
          { label: '检查部门', value: name(facts, departmentId) },
          {
            label: '检查时间',
            value: entered ? chineseDate(entered.inspectedOn) : '\u3000\u3000年\u3000\u3000月\u3000\u3000日',
          },
        ],
      },
      { kind: 'paragraph', text: `检查方式：${methods.join('\u3000')}` },
      {
        kind: 'table',
        columns: [
          { title: '序号', weight: 1.4 },
          { title: '检查事项', weight: 4 },
          { title: '检查内容', weight: 5 },
          { title: '检查情况（发现的问题）', weight: 6 },
          { title: '是否符合', weight: 3 },
        ],
        rows,
        rowHeight: 60,
      },
      {
        kind: 'table',
        columns: [{ title: '其他发现的问题及处置措施（现场笔录、责令改正、整改情况等）', weight: 1 }],
        rows: [['']],
        rowHeight: 70,
      },
      { kind: 'heading', text: '检查人员' },
      { kind: 'table', columns: TEAM_COLUMNS, rows: teamRows(facts, departmentId) },
      {
        kind: 'signatures',
        lines: [
          '检查人员签字',
          '检查人员签字',
          '检查对象负责人签字（盖章）',
          '拒绝签字的，见证人签字（并注明拒签情况）',
        ],
      },
    ],
  };
}

/** 检查结果告知书: each department's result, and how to object (Yiyuan 二十七). */
export function resultNoticeForm(facts: FormFacts): FormDocument {
  const { task, entity } = facts;
  const blocks: FormBlock[] = [entityFields(facts)];
  blocks.push({
    kind: 'paragraph',
    text: `${name(facts, task.leadDepartmentId)}等部门在“${task.name}”中对你单位进行了检查，现将检查结果告知如下：`,
  });
  for (const departmentId of departmentsWithResult(task, entity.id)) {
    const key = resultKey(entity.id, departmentId);
    const result = task.published[key] ?? task.entered[key].result;
    const publishedOn = task.publishedOn[key];
    blocks.push({ kind: 'heading', text: name(facts, departmentId) });
    blocks.push({
      kind: 'fields',
      fields: [
        { label: '检查结果', value: RESULT_CATEGORY_WORDS[result.category] },
        { label: '检查日期', value: chineseDate(result.inspectedOn) },
        { label: '检查方式', value: result.method ? INSPECTION_METHOD_WORDS[result.method] : '—' },
        {
          label: '公示情况',
          value: task.notForPublication?.[key]
            ? '经批准不予公示'
            : publishedOn
              ? `已于${chineseDate(publishedOn)}公示`
              : '待公示',
        },
      ],
    });
    blocks.push({
      kind: 'table',
      columns: [
        { title: '检查事项', weight: 4 },
        { title: '检查情况', weight: 6 },
        { title: '是否符合', weight: 2 },
      ],
      rows: result.itemFindings.map((f) => [
        item(facts, f.itemId).name,
        f.finding,
        f.compliant === undefined ? '—' : f.compliant ? '符合' : '不符合',
      ]),
    });
    if (result.category === 'ordered_to_correct')
      blocks.push({
        kind: 'paragraph',
        text: `请于＿＿＿＿年＿＿月＿＿日前完成整改，并将整改情况书面报送${name(facts, departmentId)}。`,
      });
  }
  blocks.push({ kind: 'heading', text: '公示与异议' });
  blocks.push({
    kind: 'paragraph',
    text:
      `检查结果将通过国家企业信用信息公示系统等渠道公示，并可扫描本告知书二维码在抽查平台公开页面查询本次抽查（任务编号 ${facts.taskId}）。` +
      `你单位对检查结果有异议的，可向作出检查结果的部门提交书面异议申请及有关材料；该部门自收到申请材料之日起` +
      `${facts.objectionDays.review}个工作日内进行复查，经复查确有错误的予以更正，复查情况自作出复查结果之日起` +
      `${facts.objectionDays.outcomeNotice}个工作日内反馈你单位。`,
  });
  blocks.push({
    kind: 'signatures',
    lines: [`${name(facts, task.leadDepartmentId)}（盖章）`, '检查对象签收'],
  });
  return { ...base(facts, 'result-notice', '检查结果告知书'), subtitle: `${entity.name}：`, blocks };
}
