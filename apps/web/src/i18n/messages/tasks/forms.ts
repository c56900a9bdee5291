import { section } from '../../section';

/** The printed forms of a task (检查告知书, 检查表, 检查结果告知书; docs/forms.md). */
export const taskForms = section(
  {
    formsTitle: '文书打印',
    formsHint: '选择检查对象后，可下载其检查告知书、各部门检查表和检查结果告知书（PDF），打印后现场使用。',
    formsNone: '该检查对象暂无可打印的文书。',
    'formKind.notice': '检查告知书',
    'formKind.inspection': '检查表（{department}）',
    'formKind.result-notice': '检查结果告知书',
    formDownloaded: '已下载 {name}',
  },
  {
    formsTitle: 'Printed forms',
    formsHint:
      "Choose an entity to download its notice, each department's inspection form and the result notice (PDF), to print and take on site.",
    formsNone: 'No form of this entity can be printed yet.',
    'formKind.notice': 'Inspection notice',
    'formKind.inspection': 'Inspection form ({department})',
    'formKind.result-notice': 'Result notice',
    formDownloaded: 'Downloaded {name}',
  },
);
