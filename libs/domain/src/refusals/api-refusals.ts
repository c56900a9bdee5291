import type { Bilingual } from './message-template';

/**
 * The words for each code the api itself answers with (apps/api: ApiError, the error filter, the
 * HTTP layer, imports), beside the domain's own (domain-refusals.ts). Same template rules.
 */
export const API_REFUSALS: Record<string, Bilingual> = {
  // Who may act
  // The business identifies itself on the portal (objections, ADR 52)
  NO_REGISTERED_CONTACT: {
    zh: '名录库中没有该企业的登记联系电话，请联系检查部门登记后再试。',
    en: 'The directory holds no contact for this business: ask the department to record it.',
  },
  ONE_TIME_CODE_NOT_REQUESTED: { zh: '请先获取验证码。', en: 'Ask for a code first.' },
  ONE_TIME_CODE_WRONG: { zh: '验证码不正确。', en: 'The code is wrong.' },
  ONE_TIME_CODE_EXPIRED: { zh: '验证码已过期，请重新获取。', en: 'The code has expired: ask for a new one.' },
  ONE_TIME_CODE_USED: {
    zh: '验证码已使用过，请重新获取。',
    en: 'The code was used already: ask for a new one.',
  },
  ONE_TIME_CODE_VOID: {
    zh: '验证码输错次数过多，已作废，请重新获取。',
    en: 'Too many wrong tries: the code is void; ask for a new one.',
  },
  ENTITY_SESSION_INVALID: {
    zh: '企业身份验证已失效，请重新获取验证码。',
    en: 'The business is no longer identified: identify it again with a one-time code.',
  },
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Sign in first.' },
  SIGN_IN_FAILED: {
    zh: '部门、工号或密码错误。',
    en: 'The department, employee number or password is wrong.',
  },
  SIGN_IN_TOO_SOON: {
    zh: '登录失败次数较多，请[ {retryAfterSeconds} 秒]稍后再试。',
    en: 'Several failed sign-ins: wait[ {retryAfterSeconds} s] before the next attempt.',
  },
  SIGN_IN_LOCKED: {
    zh: '登录失败次数过多，已暂停登录[，{retryAfterSeconds} 秒后可再试]；也可请管理员重置密码。',
    en: 'Too many failed sign-ins: signing in is paused[ for {retryAfterSeconds} s]; an administrator can reset the password.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '首次登录或密码重置后，须先设置自己的新密码。',
    en: 'Set your own password first (first sign-in, or after a reset).',
  },
  OIDC_NOT_CONFIGURED: {
    zh: '本平台未接入统一身份认证平台。',
    en: 'This deployment names no unified identity platform.',
  },
  OIDC_UNAVAILABLE: {
    zh: '暂时无法连接统一身份认证平台，请稍后再试或使用密码登录。',
    en: 'The unified identity platform cannot be reached; try again later or sign in with a password.',
  },
  OIDC_REFUSED: {
    zh: '统一身份认证未通过校验（可能已超时或被篡改），请重新登录。',
    en: "The identity platform's answer did not pass the checks (it may have run out or been altered); sign in again.",
  },
  OIDC_CLAIM_MISSING: {
    zh: '统一身份认证平台未提供用于匹配账号的工号信息，请联系管理员。',
    en: 'The identity platform did not send the employee number that names your account; ask an administrator.',
  },
  OIDC_NO_ACCOUNT: {
    zh: '统一身份认证通过，但本平台没有与该工号对应的账号，请联系管理员。',
    en: 'You were identified, but no account here has that employee number; ask an administrator.',
  },
  OIDC_AMBIGUOUS_ACCOUNT: {
    zh: '该工号对应多个账号，无法确定登录哪一个，请联系管理员。',
    en: 'Several accounts have that employee number, so none was chosen; ask an administrator.',
  },
  PASSWORD_WRONG: { zh: '当前密码不正确。', en: 'The current password is wrong.' },
  SETUP_LINK_INVALID: {
    zh: '设置链接无效或已过期，请重新启动服务获取新的链接。',
    en: 'This setup link is not the current one or has run out; restart the service for a new one.',
  },
  SETUP_DONE: { zh: '本平台已完成首次设置。', en: 'This deployment has its first administrator.' },
  SETUP_IN_PROGRESS: { zh: '另一设置正在进行，请稍候。', en: 'Another setup is under way.' },
  SIGN_IN_BUSY: { zh: '登录请求过多，请稍后再试。', en: 'Too many sign-ins at once; try again shortly.' },
  SESSION_ENDED: { zh: '本次登录已结束，请重新登录。', en: 'This session has ended; sign in again.' },
  REFRESH_INVALID: { zh: '登录已失效，请重新登录。', en: 'Your sign-in has run out; sign in again.' },
  REFRESH_REUSED: {
    zh: '检测到登录凭据被重复使用，本次登录已结束，请重新登录。',
    en: 'A sign-in credential was used twice: the session has ended; sign in again.',
  },
  CONSOLE_HEADER_MISSING: {
    zh: '请求缺少控制台标头，已拒绝。',
    en: "A change signed by the console's cookie must carry its header.",
  },
  NOT_A_SESSION: {
    zh: '服务令牌没有登录会话。',
    en: 'A service token has no sign-in session.',
  },
  TOKEN_EXPIRED: { zh: '登录已过期，请重新登录。', en: 'Your sign-in has expired; sign in again.' },
  TOKEN_INVALID: { zh: '登录凭证无效，请重新登录。', en: 'Your sign-in is not valid; sign in again.' },
  TOKEN_LIFETIME_INVALID: {
    zh: '登录凭证的有效期不符合规定，请重新登录。',
    en: "Your sign-in's lifetime is not allowed; sign in again.",
  },
  TOKEN_NO_KNOWN_ROLE: {
    zh: '您的账号没有本系统的任何角色，请联系系统管理员。',
    en: 'Your account has none of the roles of this system; ask an administrator.',
  },
  ROLE_NOT_ALLOWED: {
    zh: '您的角色无权办理此项[（需要以下角色之一：{allowedRoles}）]。',
    en: 'Your role may not do this[ (it needs one of: {allowedRoles})].',
  },
  OTHER_DEPARTMENT: {
    zh: '您只能代表本部门[（{actingFor}）]办理[，不能代表{departmentId}办理]。',
    en: 'You act for your own department[ ({actingFor})][, not for {departmentId}].',
  },
  NOT_A_TASK_DEPARTMENT: {
    zh: '只有参与该任务的部门及监督、审计人员可以打印其文书。',
    en: "Only the task's departments, supervisors and auditors may print its forms.",
  },
  REFERRAL_OF_OTHER_DEPARTMENT: {
    zh: '只有移送部门、接收部门及监督、审计人员可以查看该移送。',
    en: 'Only the sending and receiving departments, supervisors and auditors read this referral.',
  },
  REFERRAL_OF_ANOTHER_ENTITY: {
    zh: '该移送不是关于此检查对象的。',
    en: 'The referral is about another entity.',
  },
  OUTSIDE_JURISDICTION: {
    zh: '该事项不在本部门管辖范围内[（本部门辖区：{jurisdiction}）]。',
    en: "This lies outside your department's jurisdiction[ (yours: {jurisdiction})].",
  },
  NOT_A_JOINT_OFFICE: {
    zh: '只有联席办[（{departmentId} 不是联席办）]可以办理此项。',
    en: 'Only a joint office may do this[ ({departmentId} is not one)].',
  },
  FORBIDDEN: { zh: '您无权办理此项。', en: 'You may not do this.' },
  // Input
  VALIDATION_FAILED: {
    zh: '填写的内容有误，请按提示修改。',
    en: 'Some entries are not valid; correct them as shown.',
  },
  BAD_REQUEST: { zh: '请求有误，请检查填写的内容。', en: 'The request is not valid.' },
  INVALID_REQUEST: { zh: '请求有误，请检查填写的内容。', en: 'The request is not valid.' },
  MALFORMED_JSON: {
    zh: '提交的数据格式有误，请刷新页面后重试。',
    en: 'The data sent is malformed; reload and retry.',
  },
  MALFORMED_REQUEST: {
    zh: '请求格式有误，请刷新页面后重试。',
    en: 'The request is malformed; reload and retry.',
  },
  MALFORMED_URL: { zh: '网址有误。', en: 'The address is malformed.' },
  URI_TOO_LONG: { zh: '网址过长，请减少查询条件。', en: 'The address is too long; use fewer conditions.' },
  HEADERS_TOO_LARGE: { zh: '请求头过大，请重新登录后重试。', en: 'The request headers are too large.' },
  BODY_TOO_DEEP: {
    zh: '提交的数据层级过深[（最多 {maxDepth} 层）]。',
    en: 'The data sent nests too deep[ (at most {maxDepth} levels)].',
  },
  BODY_NOT_UTF8: { zh: '提交的内容不是 UTF-8 编码。', en: 'The body is not valid UTF-8.' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大。', en: 'What was sent is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    zh: '提交的格式不受支持；导入请上传 CSV 或 XLSX 文件。',
    en: 'This format is not accepted; upload a CSV or XLSX file to import.',
  },
  METHOD_NOT_ALLOWED: { zh: '不支持此操作。', en: 'This operation is not supported.' },
  IDEMPOTENCY_KEY_IN_USE: {
    zh: '同一操作正在办理中，请稍候，不要重复提交。',
    en: 'The same action is still being done; wait, do not send it again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '重复提交的内容与原操作不一致，请刷新页面后重新办理。',
    en: 'A resent action differs from the first; reload the page and do it again.',
  },
  // Imports
  // One of the details at a time (apps/api/src/import): the header row's missing, repeated or
  // unknown columns, the CSV line that cannot be read, the text encoding the file breaks.
  IMPORT_FILE_INVALID: {
    zh:
      '文件无法导入[，表头缺少必填列：{missingColumns.zh}][，表头中以下列重复：{duplicateColumns.zh}]' +
      '[，表头中没有模板所列的列（现有表头：{unknownHeaders}）][，CSV 文件第 {line} 行格式有误（如引号不成对）]' +
      '[，文件并非全部为 {encoding} 编码]。请使用下载的模板填写，保存为 .xlsx 或 CSV 文件，且表头保持不变。',
    en:
      'The file cannot be imported[: the header row lacks the required columns {missingColumns.zh}]' +
      '[: the header row repeats the columns {duplicateColumns.zh}]' +
      "[: the header row names none of the template's columns (it has {unknownHeaders})]" +
      '[: line {line} of the CSV file cannot be read (a quote may be unmatched)]' +
      '[: not all of the file is {encoding} text]. Fill in the downloaded template, save it as .xlsx or CSV, and keep its header row.',
  },
  IMPORT_TOO_LARGE: {
    zh: '文件过大，请拆分后分批导入。',
    en: 'The file is too large; split it and import the parts.',
  },
  IMPORT_BUSY: {
    zh: '当前导入任务较多，请稍后再试[（约 {retryAfterSeconds} 秒后）]。',
    en: 'Other imports are being read; try again shortly[ (in about {retryAfterSeconds} s)].',
  },
  IMPORT_DECOMPRESSION_LIMIT: {
    zh: '文件解压后过大，无法导入，请拆分后分批导入。',
    en: 'The workbook inflates too large; split it and import the parts.',
  },
  ID_CARD_NUMBER_UNAVAILABLE: {
    zh: '该身份证号不能在本部门登记，请联系系统管理员核实。',
    en: 'This ID-card number cannot be registered for this department; ask an administrator.',
  },
  ID_CARD_NUMBER_CHECKS_SUSPENDED: {
    zh: '本账号登记的身份证号多次被拒绝，已暂停按身份证号登记[，至 {retryAfter} 恢复]；系统管理员已收到通知。',
    en: 'Too many ID-card numbers given here were refused: registering by ID-card number is suspended[ until {retryAfter}]; administrators have been told.',
  },
  // Records and reads
  NOT_FOUND: { zh: '未找到所需内容。', en: 'Not found.' },
  STREAM_NOT_FOUND: { zh: '未找到该记录的日志。', en: 'No log of this record.' },
  CANCELLATION_NOT_FOUND: {
    zh: '未找到该任务在抽取后经批准撤销的公示。',
    en: 'No published cancellation of this task after its draw.',
  },
  PUBLIC_DRAW_BUSY: {
    zh: '正在生成的公开核验文件较多，请稍后再下载。',
    en: 'Several public draw bundles are being built already; download it again shortly.',
  },
  PUBLIC_DRAW_NOT_FOUND: {
    zh: '未找到该任务可公开核验的抽取记录：任务尚未公告或尚未抽取。',
    en: 'No draw of this task to verify publicly: the task is not announced or has not drawn.',
  },
  EVENT_NOT_IN_TREE: {
    zh: '该事件尚未记入透明日志的默克尔树。',
    en: 'That event is not (yet) a leaf of the transparency log.',
  },
  CHECKPOINT_NOT_FOUND: {
    zh: '未找到该规模的已签名检查点。',
    en: 'No signed checkpoint of that tree size.',
  },
  PERSONAL_TEXT_ERASED: {
    zh: '该检查的个人信息已依法删除。',
    en: 'The personal text of this inspection was erased.',
  },
  INSPECTOR_POOL_TOO_SMALL: {
    zh: '本部门符合条件的执法检查人员不足，请为缺额的检查对象指派人员并说明理由。',
    en: 'Too few eligible inspectors: appoint the rest with a reason.',
  },
  APPOINTMENT_NOT_NEEDED: {
    zh: '指派人员只用于补足随机抽取的缺额；所列指派不需要（该对象无缺额、人员已被抽中、同一对象指派两次或超过缺额）。',
    en: 'Appointments only fill a shortfall of the draw; these are not needed (no shortfall, already drawn, listed twice, or more than missing).',
  },
  CONFLICT: {
    zh: '与当前状态冲突，请刷新后重试。',
    en: 'This conflicts with the current state; reload and retry.',
  },
  CONCURRENT_CHANGE: {
    zh: '他人同时修改了此记录，请刷新后重新办理。',
    en: 'Someone else changed this at the same time; reload and retry.',
  },
  DUPLICATE_EVENT: { zh: '该操作已经办理过。', en: 'This was done already.' },
  // Administration
  CLOCK_NOT_SIMULATED: { zh: '本系统使用真实时间，不能调整时钟。', en: 'This system keeps real time.' },
  PROJECTION_NOT_FOUND: { zh: '没有该读模型。', en: 'No such read model.' },
  PROJECTION_NOT_RUN_HERE: {
    zh: '该读模型由投影服务维护，请在投影服务上重建。',
    en: 'This read model is kept by the projector: rebuild it there.',
  },
  PROJECTION_REBUILDING: { zh: '该读模型正在重建中。', en: 'This read model is being rebuilt.' },
  // Service
  TOO_MANY_REQUESTS: { zh: '访问过于频繁，请稍后再试。', en: 'Too many requests; try again shortly.' },
  REQUEST_TIMEOUT: { zh: '请求超时，请重试。', en: 'The request timed out; retry.' },
  STORAGE_FULL: {
    zh: '数据存储空间已满，本次未保存任何内容（查询不受影响），请联系系统管理员。',
    en: 'The data store is full: nothing was written (reads still work); tell an administrator.',
  },
  STORAGE_UNAVAILABLE: {
    zh: '数据存储暂时无法写入，本次未保存任何内容（查询不受影响），请联系系统管理员。',
    en: 'The data store refuses writes: nothing was written (reads still work); tell an administrator.',
  },
  FORM_FONT_MISSING: {
    zh: '打印文书所需的中文字体不可用[（设置项 {setting}）]，请联系系统管理员安装 fonts-noto-cjk 或设置字体。',
    en: 'The Chinese font the printed forms need is unavailable[ (setting {setting})]; an administrator installs fonts-noto-cjk or sets the font.',
  },
  SERVICE_UNAVAILABLE: {
    zh: '服务暂时不可用，请稍后再试。',
    en: 'The service is unavailable; try again later.',
  },
  INTERNAL_ERROR: {
    zh: '系统出现错误，已记录，请稍后再试或联系系统管理员。',
    en: 'Something went wrong on our side; it has been logged.',
  },
  HTTP_ERROR: { zh: '请求未能完成，请重试。', en: 'The request did not complete; retry.' },
  // The console's own (no answer from the api)
  NETWORK: {
    zh: '无法连接服务器，请检查网络后重试。',
    en: 'The server cannot be reached; check the network and retry.',
  },
};
