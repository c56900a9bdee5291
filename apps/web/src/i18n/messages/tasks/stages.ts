import { section } from '../../section';

/** Labels of the stages of the task page. */
export const taskStages = section(
  {
    'stage.initiation': '发起与响应',
    'stage.draw': '抽取检查对象',
    'stage.teams': '检查人员与锁定',
    'stage.results': '检查结果',
    'stage.disclosure': '公示与更正/异议',
    'stage.followUp': '后续处理',
    'stage.technical': '技术详情',
    stageCurrent: '当前环节',
    stageNotReached: '任务尚未进行到这一环节。',
    disclosureTitle: '公示与异议情况',
    disclosuresStopped: '已停止公示 {n} 份',
    objectionsCount: '收到异议 {n} 件',
    followUpsExplained: '各检查对象的后续处置记录；记录新的处置请在该检查对象的办理页中进行。',
    technicalExplained:
      '以下信息供审计和技术核查使用。发起任务时系统生成随机种子并公布其承诺值，抽取时揭示种子；凭这些信息可以重新抽取并得到同一名单。',
    technicalVerifyDraw: '核对抽取结果，请在“抽取检查对象”环节点击“验证本次抽取”；',
    technicalChainCheck: '核对任务记录是否被篡改，请在全过程记录页进行防篡改校验。',
  },
  {
    'stage.initiation': 'Initiation and responses',
    'stage.draw': 'Draw of the entities',
    'stage.teams': 'Inspectors and lock',
    'stage.results': 'Results',
    'stage.disclosure': 'Publication, corrections and objections',
    'stage.followUp': 'Follow-up',
    'stage.technical': 'Technical details',
    stageCurrent: 'Current stage',
    stageNotReached: 'The task has not reached this stage yet.',
    disclosureTitle: 'Publication and objections',
    disclosuresStopped: '{n} withdrawn from public view',
    objectionsCount: '{n} objections received',
    followUpsExplained: "Each entity's follow-ups; record a new one on the entity's panel.",
    technicalExplained:
      'For audit and technical checks. At initiation the system made a random seed and published its commitment; the draw revealed the seed. With these the draw can be re-run to give the same list.',
    technicalVerifyDraw: 'To check the draw, use “Verify this draw” in the draw stage;',
    technicalChainCheck:
      "to check that the task's records were not altered, use the tamper check on the full record page.",
  },
);
