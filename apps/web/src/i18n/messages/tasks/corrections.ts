import { section } from '../../section';

/** Labels of correcting a published result and stopping its public disclosure. */
export const corrections = section(
  {
    requestCorrection: '申请更正',
    stopDisclosure: '停止公示（信用修复）',
    stopDisclosureTitle: '依当事人申请停止公示本部门的检查结果',
    stopDisclosureApplication: '当事人的申请',
    submitStopDisclosure: '停止公示',
    correctionTitle: '申请更正已公示的结果（经单位负责人批准）',
    correctionReason: '更正理由',
    correctionObjection: '因异议复查而更正',
    objectionDueOn: '异议（复查期限 {date}）',
    submitCorrection: '提交更正申请',
  },
  {
    requestCorrection: 'Ask for a correction',
    stopDisclosure: 'Stop public disclosure (credit repair)',
    stopDisclosureTitle: "Withdraw this department's result from public view on the entity's application",
    stopDisclosureApplication: "The entity's application",
    submitStopDisclosure: 'Stop public disclosure',
    correctionTitle: 'Ask to correct the published result (approved by the principal head)',
    correctionReason: 'Reason for the correction',
    correctionObjection: 'Correcting after an objection',
    objectionDueOn: 'Objection (review due {date})',
    submitCorrection: 'Submit the correction request',
  },
);
