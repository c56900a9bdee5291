import { section } from '../../section';

/** Labels of experts and auxiliaries beside the teams (Yiyuan 十九、二十; the Anhui standard). */
export const taskExperts = section(
  {
    drawExpertsTitle: '抽取专家和辅助人员',
    expertsExplained:
      '专家和辅助人员从本部门专家库（类别为“专家”或“其他”的人员，现有 {n} 人）随机抽取，或说明理由后指派；不计入每户至少 2 名执法人员。',
    expertsPerEntity: '每户抽取专家人数',
    expertsPerEntityHint: '0 至 5 人，不填为 1 人；只指派时填 0。',
    appointExpertsTitle: '指派专家（可选）',
    appointExpertFor: '指派到检查对象',
    noExpertAppointment: '不指派',
    appointedExperts: '指派的专家',
    appointExpertReason: '指派理由',
    drawExperts: '抽取专家',
    expertsDrawn: '已抽取专家',
    teamExperts: '专家和辅助人员',
    noExperts: '—',
  },
  {
    drawExpertsTitle: 'Draw experts and auxiliaries',
    expertsExplained:
      'Experts and auxiliaries are drawn at random from this department’s expert pool (staff of category “expert” or “other”: {n} now), or appointed with a reason; they never count toward the two 执法人员 per entity.',
    expertsPerEntity: 'Experts per entity',
    expertsPerEntityHint: '0 to 5; 1 when blank; 0 to appoint only.',
    appointExpertsTitle: 'Appoint experts (optional)',
    appointExpertFor: 'Appoint for the entity',
    noExpertAppointment: 'No appointment',
    appointedExperts: 'Experts appointed',
    appointExpertReason: 'Reason for the appointment',
    drawExperts: 'Draw the experts',
    expertsDrawn: 'Experts drawn',
    teamExperts: 'Experts and auxiliaries',
    noExperts: '—',
  },
);
