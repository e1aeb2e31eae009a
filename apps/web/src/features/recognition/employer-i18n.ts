/**
 * Texts of the employer's recognition screen (人才认定（代员工申报）), added to the shared i18n
 * instance when it loads; the case itself reuses the recognition texts (./i18n).
 */
import i18n from '../../i18n';
import './i18n';

const zh = {
  employerRecognition: {
    title: '人才认定（代员工申报）',
    subtitle: '为本单位在职人才申报人才分类认定。拟认定层次按员工档案和当日生效的人才分类目录确定；手机号、身份证号已脱敏。',
    search: '按姓名查找',
    columns: {
      name: '姓名',
      mobile: '手机号',
      idNumber: '身份证号',
      proposedTier: '拟认定层次',
      granted: '已认定层次',
      case: '认定申请',
      actions: '操作',
    },
    noTier: '暂不符合认定条件',
    noCase: '未申报',
    byEmployer: '本单位申报',
    byTalent: '本人申报',
    grantedUntil: '{{tier}}，至 {{until}}',
    request: '代为申报',
    view: '查看办理',
    empty: '暂无员工。人才在个人档案中将本单位选为工作单位后，会出现在这里。',
    total: '共 {{total}} 人',
    confirmTitle: '代 {{name}} 申报人才认定',
    confirmIntro: '确认后将为该员工创建人才认定申请（草稿），其已上传的证明材料会自动附上；补齐材料后提交人社局审核。员工本人可在“人才认定”页面看到此申请和办理进度。',
    proposedByEngine: '拟认定层次（按当日生效的人才分类目录）',
    cannotRequest: '按该员工当前档案无法申报',
    confirm: '确认申报',
    cancel: '取消',
    requested: '已为 {{name}} 创建认定申请，请补齐证明材料后提交审核',
    caseTitle: '{{name}} 的人才认定',
    close: '关闭',
  },
};

const en: typeof zh = {
  employerRecognition: {
    title: 'Talent recognition (for employees)',
    subtitle: 'Request tier recognition for your employees. The proposed tier follows the employee’s profile and the classification rules in force today; mobile and ID numbers are masked.',
    search: 'Find by name',
    columns: {
      name: 'Name',
      mobile: 'Mobile',
      idNumber: 'ID number',
      proposedTier: 'Proposed tier',
      granted: 'Granted tier',
      case: 'Recognition',
      actions: 'Actions',
    },
    noTier: 'Not eligible yet',
    noCase: 'Not requested',
    byEmployer: 'Requested by you',
    byTalent: 'Requested by the employee',
    grantedUntil: '{{tier}}, until {{until}}',
    request: 'Request on their behalf',
    view: 'Open case',
    empty: 'No employees yet. Talents appear here once their profile names your organisation as employer.',
    total: '{{total}} people',
    confirmTitle: 'Request recognition for {{name}}',
    confirmIntro: 'A recognition case (draft) is opened for this employee and the evidence they already uploaded is attached. Complete the evidence, then submit it to the HR bureau. The employee sees the case and its progress on their own recognition page.',
    proposedByEngine: 'Proposed tier (classification rules in force today)',
    cannotRequest: 'The employee’s profile does not allow a request now',
    confirm: 'Request',
    cancel: 'Cancel',
    requested: 'Case opened for {{name}}; complete the evidence and submit it',
    caseTitle: 'Recognition of {{name}}',
    close: 'Close',
  },
};

i18n.addResourceBundle('zh-CN', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
