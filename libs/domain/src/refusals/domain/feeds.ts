import type { Bilingual } from '../message-template';

/** The public feed's push subscribers (docs/exchange.md): what the administrators' routes answer. */
export const FEED_REFUSALS: Record<string, Bilingual> = {
  FEED_POSITION_INVALID: {
    zh: '日志位置须为不小于 0 的整数。',
    en: 'A position in the log is a whole number, 0 or more.',
  },
  FEED_SUBSCRIBER_NOT_FOUND: {
    zh: '本平台未配置该推送订阅方。',
    en: 'This deployment configures no such feed subscriber.',
  },
  FEED_DEAD_LETTER_NOT_FOUND: {
    zh: '该订阅方没有此条投递失败的信息。',
    en: 'This subscriber has no such dead letter.',
  },
  FEED_NOT_RUN_HERE: {
    zh: '推送由运行投影的进程执行，请在该进程操作。',
    en: 'Feed delivery runs in the process that runs the projections: act there.',
  },
};
