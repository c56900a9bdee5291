import { section } from '../../section';

/** Labels of the audit bundle export (导出审计包). */
export const auditBundle = section(
  {
    'bundle.title': '导出审计包',
    'bundle.intro':
      '审计包包含该任务的全部记录、抽取时读取的名录库记录及其哈希链和任务状态。在线核对请使用上方的“校验哈希链”和任务页的“验证本次抽取”；审计包供存档，也可交技术人员脱离系统离线校验。',
    'bundle.download': '下载审计包',
    'bundle.downloading': '正在导出…',
    'bundle.downloaded': '已下载 {name}。',
  },
  {
    'bundle.title': 'Audit bundle',
    'bundle.intro':
      "The bundle holds the task's records, the directory records its draws read, their hash chains and the task's state. To check online, use “Verify the hash chain” above and “Verify this draw” on the task page; the bundle is for the archive, and technical staff can check it offline.",
    'bundle.download': 'Download the audit bundle',
    'bundle.downloading': 'Exporting…',
    'bundle.downloaded': '{name} was downloaded.',
  },
);
