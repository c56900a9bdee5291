import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about the public beacon, the frozen pool and four eyes. */
export const BEACON_REFUSALS: Record<string, Bilingual> = {
  DRAW_BEACON_REQUIRED: {
    zh: '本部署要求抽取使用公共随机源：请指定随机源及其期号（仅紧急的计划外任务可按规定不指定）。',
    en: 'This deployment draws with a public beacon: name its source and round (only urgent ad hoc tasks may go without, where allowed).',
  },
  BEACON_SOURCE_NOT_ACCEPTED: {
    zh: '本部署不接受该公共随机源[（{source}）]。',
    en: 'This deployment does not accept that beacon[ ({source})].',
  },
  BEACON_ROUND_INVALID: {
    zh: '期号格式不符[，应如 {example}]；每日开奖的随机源还须填写开奖日期。',
    en: 'The round is not written as the source writes it[ (e.g. {example})]; a daily source also needs its draw date.',
  },
  BEACON_ROUND_ALREADY_PUBLISHED: {
    zh: '该期开奖结果已经公布[（{publishedAt}）]，任何人都可预知抽取结果，请选择尚未开奖的一期。',
    en: 'That round is public already[ ({publishedAt})]: anyone could know the draw. Name a round still to come.',
  },
  BEACON_ROUND_TOO_FAR: {
    zh: '该期开奖时间在一年以后，请选择更近的一期。',
    en: 'That round is more than a year away; name a nearer one.',
  },
  BEACON_ROUND_AFTER_WINDOW: {
    zh: '该期开奖时间晚于检查期限结束日[（{windowTo}）]，请选择更早的一期。',
    en: 'That round is published after the task window ends[ ({windowTo})]; name an earlier one.',
  },
  BEACON_NOT_NAMED: {
    zh: '本任务未指定公共随机源，抽取时直接取对象库，无需冻结或录入开奖值。',
    en: 'This task names no beacon: its pool is taken at the draw, with no freeze or value to enter.',
  },
  POOL_FROZEN: {
    zh: '本任务的抽取对象库已冻结，不再接受响应。',
    en: "This task's pool is frozen; responses are closed.",
  },
  POOL_ALREADY_FROZEN: { zh: '抽取对象库已冻结，无需再次冻结。', en: 'The pool is frozen already.' },
  BEACON_ALREADY_PUBLISHED: {
    zh: '该期开奖结果已公布[（{publishedAt}）]，对象库已不能冻结；请撤销本任务后重新发起并选择新的一期。',
    en: 'The round is public already[ ({publishedAt})]: the pool can no longer be frozen. Cancel and initiate again with a later round.',
  },
  RESPONSES_PENDING: {
    zh: '仍有参与部门未响应，须待其响应或响应期限[（{responseDue}）]届满后再冻结对象库。',
    en: 'Some participants have not responded: freeze the pool once they have, or after their deadline[ ({responseDue})].',
  },
  POOL_POSITION_INVALID: { zh: '对象库位置无效。', en: 'The pool position is not a log position.' },
  POOL_NOT_FROZEN: {
    zh: '须先在开奖前冻结抽取对象库。',
    en: 'Freeze the pool before the beacon is published.',
  },
  BEACON_NOT_YET_PUBLISHED: {
    zh: '该期尚未开奖[（开奖时间 {publishedAt}）]，请开奖后再录入开奖值并抽取。',
    en: 'The round is not published yet[ (at {publishedAt})]: enter its value and draw afterwards.',
  },
  BEACON_VALUE_FORMAT: {
    zh: '开奖值格式不符合该公共随机源的格式[（{source}）]。',
    en: "The value is not in the beacon's format[ ({source})].",
  },
  BEACON_VALUE_NOT_ENTERED: { zh: '尚未录入开奖值。', en: 'No beacon value has been entered yet.' },
  BEACON_VALUE_CONFIRMED: {
    zh: '开奖值已经复核确认，不能再更改。',
    en: 'The beacon value is confirmed already and no longer changes.',
  },
  BEACON_CONFIRMER_IS_ENTERER: {
    zh: '录入开奖值的人员不能自行复核，须由其他部门人员复核。',
    en: 'The one who entered the value does not confirm it: an official of another department does.',
  },
  BEACON_CONFIRMER_SAME_DEPARTMENT: {
    zh: '开奖值须由录入人员所在部门以外的其他部门人员复核。',
    en: 'The value is confirmed by an official of a department other than the one who entered it.',
  },
  BEACON_VALUE_MISMATCH: {
    zh: '复核录入的开奖值与原录入值不一致，请核对官方公告后重新录入。',
    en: 'The value read again differs from the one entered: check the official announcement and enter it again.',
  },
  BEACON_VALUE_NOT_CONFIRMED: {
    zh: '开奖值须经录入并由另一部门人员复核后方可抽取。',
    en: 'The beacon value is entered and confirmed by a second department before the draw.',
  },
  DRAW_RECORD_MISMATCH: {
    zh: '抽取记录与本任务冻结的对象库、指定期号或已确认的开奖值不一致。',
    en: "The draw record does not use the task's frozen pool, named round or confirmed value.",
  },
};
