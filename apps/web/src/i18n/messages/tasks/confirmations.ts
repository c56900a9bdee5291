import { section } from '../../section';

/** Confirmations of acts that cannot be undone. */
export const confirmations = section(
  {
    'confirm.lockTitle': '锁定并派发本任务？',
    'confirm.lockBody':
      '锁定后，{n} 户检查对象的名单和各检查组即冻结并派发，任务公告将对外公示。锁定后检查对象名单不可更改，此操作不能撤回。',
    'confirm.lock': '确认锁定',
    'confirm.drawTitle': '抽取检查对象？',
    'confirm.drawBody':
      '抽取将揭示随机种子并按抽取条件从名录库中抽取检查对象。每个任务只抽取一次，抽取结果即时记录，不能重新抽取。',
    'confirm.draw': '确认抽取',
    'confirm.inspectorDrawTitle': '抽取本部门执法检查人员？',
    'confirm.inspectorDrawBody':
      '将为 {n} 户检查对象抽取本部门的执法检查人员。抽取结果即时记录，不能重新抽取；此后如需调整，须提出更换申请并经部门负责人批准。',
    'confirm.inspectorDraw': '确认抽取人员',
    'confirm.declineTitle': '拒绝参与本次联合抽查？',
    'confirm.declineBody': '拒绝后本部门不再参与本任务，响应一经提交不能更改。',
    'confirm.decline': '确认拒绝',
    'confirm.goOnWithoutTitle': '不再等待{department}？',
    'confirm.goOnWithoutBody':
      '{department}在响应期限（{due}）前未响应。确认后该部门记为未按期响应，不参加本任务（不承担检查事项、不派检查人员），此后的响应不再受理，并列入联席办的通报名单（贵安第四十条）。此操作不能撤回。',
    'confirm.goOnWithout': '确认不再等待',
    'confirm.cancelTitle': '撤销本任务？',
    'confirm.cancelBody': '撤销后任务终止，不能再抽取、锁定或录入结果，此操作不能撤回。',
    'confirm.cancel': '确认撤销任务',
    'confirm.publishTitle': '公示检查结果？',
    'confirm.publishBody':
      '检查结果将通过公示平台向社会公开。公示后不能撤回，如需修改须申请更正并经单位主要负责人批准。',
    'confirm.publish': '确认公示',
    'confirm.stopTitle': '停止公示该检查结果？',
    'confirm.stopBody': '停止后该结果不再向社会公示，此操作不能撤回。',
    'confirm.stop': '确认停止公示',
    'confirm.approveTitle': '批准“{kind}”申请？',
    'confirm.approveBody.replacement': '批准后检查组即按申请更换人员，此决定不能撤回。',
    'confirm.approveBody.withdrawal': '批准后该检查对象即撤出本任务的名单，此决定不能撤回。',
    'confirm.approveBody.correction': '批准后更正的结果即对外公示，替换原公示内容，此决定不能撤回。',
    'confirm.approveBody.non_publication': '批准后该检查结果不再公示，也不计入逾期未公示，此决定不能撤回。',
    'confirm.approveBody.cancellation':
      '批准后任务即撤销，已抽取的名单作废；撤销理由、批准及作废的抽取结果将在公示平台公开，此决定不能撤回。',
    'confirm.approveBody.postponement':
      '批准后任务的实施期间即按申请调整，结果录入和公示期限随之顺延；延期理由和批准将在公示平台公开，此决定不能撤回。',
    'confirm.approveBody.beyond_plan':
      '批准后本任务可按超出计划的抽查比例或对象范围抽取检查对象，此决定不能撤回。',
    'confirm.approve': '确认批准',
  },
  {
    'confirm.lockTitle': 'Lock and dispatch this task?',
    'confirm.lockBody':
      'The list of {n} entities and the teams are frozen and dispatched, and the task is announced. The list cannot be changed after locking; this cannot be undone.',
    'confirm.lock': 'Lock',
    'confirm.drawTitle': 'Draw the entities?',
    'confirm.drawBody':
      'The draw reveals the seed and draws the entities from the directory by the criteria. A task is drawn once; the result is recorded at once and cannot be drawn again.',
    'confirm.draw': 'Draw',
    'confirm.inspectorDrawTitle': "Draw this department's inspectors?",
    'confirm.inspectorDrawBody':
      "Inspectors are drawn for {n} entities. The draw is recorded at once and cannot be redone; later changes need a replacement request approved by the department's head.",
    'confirm.inspectorDraw': 'Draw inspectors',
    'confirm.declineTitle': 'Decline this joint inspection?',
    'confirm.declineBody':
      'The department takes no part in the task; a response cannot be changed once given.',
    'confirm.decline': 'Decline',
    'confirm.goOnWithoutTitle': 'Stop waiting for {department}?',
    'confirm.goOnWithoutBody':
      "{department} did not answer by its deadline ({due}). It is recorded as not answering: it takes no part in this task (no items, no inspectors), a later answer is refused, and it goes on the joint office's list for 通报 (Gui'an art. 40). This cannot be undone.",
    'confirm.goOnWithout': 'Stop waiting',
    'confirm.cancelTitle': 'Cancel this task?',
    'confirm.cancelBody': 'The task ends: no draw, lock or result after it. This cannot be undone.',
    'confirm.cancel': 'Cancel the task',
    'confirm.publishTitle': 'Publish the result?',
    'confirm.publishBody':
      'The result becomes public on the portal. It cannot be withdrawn; changing it needs a correction approved by the principal head.',
    'confirm.publish': 'Publish',
    'confirm.stopTitle': 'Stop publishing this result?',
    'confirm.stopBody': 'The result is no longer shown to the public. This cannot be undone.',
    'confirm.stop': 'Stop publication',
    'confirm.approveTitle': 'Approve this request ({kind})?',
    'confirm.approveBody.replacement': 'The team changes as requested. This decision cannot be undone.',
    'confirm.approveBody.withdrawal': "The entity leaves the task's list. This decision cannot be undone.",
    'confirm.approveBody.correction':
      'The corrected result is published in place of the former one. This decision cannot be undone.',
    'confirm.approveBody.non_publication':
      'The result is never published, and is not counted as overdue. This decision cannot be undone.',
    'confirm.approveBody.cancellation':
      'The task is cancelled and its drawn list discarded; the reason, the approval and the discarded draw are published on the portal. This decision cannot be undone.',
    'confirm.approveBody.postponement':
      "The task's window moves as asked, and the result and publication deadlines with it; the reason and the approval are published on the portal. This decision cannot be undone.",
    'confirm.approveBody.beyond_plan':
      'The task may then be drawn with the ratios or criteria beyond its plan. This decision cannot be undone.',
    'confirm.approve': 'Approve',
  },
);
