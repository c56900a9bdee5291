import { section } from '../section';

/** The first start: the first administrator sets up their account through the one-time link. */
export const setup = section(
  {
    title: '平台首次设置',
    intro:
      '请登记本平台的第一位系统管理员及其所在单位，并设置登录密码。此链接仅在服务启动时打印，30 分钟内有效，且只能使用一次；此后的账号由系统管理员登记，授予系统管理员角色须经另一名系统管理员批准。',
    noCode: '链接缺少设置码。请使用服务启动日志中打印的完整链接。',
    done: '本平台已完成首次设置，请直接登录。',
    unit: '所在单位',
    departmentId: '单位标识',
    departmentIdHelp: '字母、数字、- 或 _，如 xw-scjg',
    departmentName: '单位名称',
    regionCode: '行政区划代码（6 位）',
    person: '第一位系统管理员',
    name: '姓名',
    post: '职务',
    employeeNumber: '工号',
    mobile: '手机号码',
    password: '登录密码',
    passwordAgain: '再次输入密码',
    passwordHelp: '12 至 128 位，含小写字母、大写字母、数字、其他符号中的至少三类。',
    mismatch: '两次输入的密码不一致。',
    submit: '完成设置并登录',
    toSignIn: '前往登录',
  },
  {
    title: 'First start of the platform',
    intro:
      "Register the platform's first administrator and their unit, and set a password. This link is printed only at start-up, is valid for 30 minutes and works once; later accounts are registered by administrators, and granting the administrator role needs a second administrator's approval.",
    noCode: "The link lacks its setup code. Use the whole link printed in the service's start-up log.",
    done: 'This platform is set up: sign in.',
    unit: 'Unit',
    departmentId: 'Unit id',
    departmentIdHelp: 'letters, digits, - or _, e.g. xw-scjg',
    departmentName: 'Unit name',
    regionCode: 'Region code (6 digits)',
    person: 'The first administrator',
    name: 'Name',
    post: 'Post',
    employeeNumber: 'Employee number',
    mobile: 'Mobile number',
    password: 'Password',
    passwordAgain: 'Password again',
    passwordHelp:
      '12 to 128 characters, mixing three of: lower-case letters, capitals, digits, other characters.',
    mismatch: 'The two passwords differ.',
    submit: 'Finish and sign in',
    toSignIn: 'Go to sign-in',
  },
);
