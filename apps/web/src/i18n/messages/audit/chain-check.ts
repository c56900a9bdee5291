import { section } from '../../section';

/** Labels of the tamper check (防篡改校验). */
export const chainCheck = section(
  {
    'chain.title': '防篡改校验',
    'chain.intro': '逐条核对该任务记录的哈希链，确认自写入以来未被修改。',
    'chain.verify': '校验哈希链',
    'chain.verifying': '正在校验…',
    'chain.verified': '哈希链完整：{n} 条记录均未被篡改。',
    'chain.broken': '哈希链在第 {revision} 条记录处断开：{reason}。',
    'chain.reason.unsealed': '记录未封存',
    'chain.reason.revision-gap': '记录序号不连续',
    'chain.reason.previous-hash-mismatch': '与前一条记录的哈希不符',
    'chain.reason.content-hash-mismatch': '记录内容与哈希不符',
    'chain.oversightOnly': '仅审计人员、监督人员和系统管理员可以校验哈希链和导出审计包。',
  },
  {
    'chain.title': 'Tamper check',
    'chain.intro': "Checks the task's hash chain record by record: nothing changed since it was written.",
    'chain.verify': 'Verify the hash chain',
    'chain.verifying': 'Verifying…',
    'chain.verified': 'The hash chain holds: none of the {n} records was changed.',
    'chain.broken': 'The hash chain breaks at record {revision}: {reason}.',
    'chain.reason.unsealed': 'the record is not sealed',
    'chain.reason.revision-gap': 'a record number is missing',
    'chain.reason.previous-hash-mismatch': "the previous record's hash does not match",
    'chain.reason.content-hash-mismatch': 'the content does not match its hash',
    'chain.oversightOnly': 'Only auditors, supervisors and administrators verify chains and export bundles.',
  },
);
