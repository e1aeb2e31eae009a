/**
 * Texts of the notification bell in both languages. Kept apart from `i18n.ts` (which registers
 * them on the shared instance) so the kind → text rules can be tested without a browser.
 */

/** zh-CN texts under `notifications.*`. */
export const zh = {
  notifications: {
    title: '消息通知',
    bell: '消息通知',
    bellUnread: '消息通知（{{count}} 条未读）',
    markAllRead: '全部标为已读',
    empty: '暂无消息',
    loadFailed: '消息加载失败，请稍后再试',
    policy: '政策',
    kind: {
      application: {
        submit: '「{{title}}」申请已提交，等待{{department}}审核',
        submitNoDept: '「{{title}}」申请已提交',
        resubmit: '「{{title}}」申请已重新提交，等待{{department}}审核',
        resubmitNoDept: '「{{title}}」申请已重新提交',
        approve: '「{{title}}」申请已审核通过',
        approveStage: '「{{title}}」申请已通过上一环节，转{{department}}审核',
        reject: '「{{title}}」申请未通过审核',
        return: '「{{title}}」申请已退回补充材料',
        appeal: '「{{title}}」申请已提出复核，由{{department}}办理',
        appealNoDept: '「{{title}}」申请已提出复核',
        escalate: '「{{title}}」申请在{{department}}办理超期，已督办',
        escalateNoDept: '「{{title}}」申请办理超期，已督办',
        due_date_moved: '「{{title}}」办理期限由 {{from}} 调整为 {{to}}',
        other: '「{{title}}」申请有新进展',
      },
      recognition: {
        request: '人才认定申请已创建',
        submit: '人才认定申请已提交审核',
        hr_approve: '人才认定：人社局审核通过',
        hr_reject: '人才认定：人社局审核未通过',
        hr_return: '人才认定申请已退回补充材料',
        office_approve: '人才认定：人才办审批通过，进入公示（至 {{date}}）',
        office_approve_noDate: '人才认定：人才办审批通过，进入公示',
        office_reject: '人才认定：人才办审批未通过',
        office_return: '人才认定申请被人才办退回补充材料',
        withdraw: '人才认定申请已撤回',
        objection_filed: '人才认定公示期间收到异议',
        objection_upheld: '人才认定：异议成立，不予认定',
        objection_dismissed: '人才认定：异议不成立，继续办理',
        finalize: '人才认定完成，已签发人才码（有效期至 {{date}}）',
        finalize_noDate: '人才认定完成，已签发人才码',
        other: '人才认定有新进展',
      },
      benefit: {
        granted: '已为您自动兑现 {{count}} 项政策待遇',
        notice: '您有 {{count}} 项政策待遇可以申领',
        other: '政策待遇有新变化',
      },
      other: '新消息',
    },
  },
};

/** English texts under `notifications.*`. */
export const en: typeof zh = {
  notifications: {
    title: 'Notifications',
    bell: 'Notifications',
    bellUnread: 'Notifications ({{count}} unread)',
    markAllRead: 'Mark all as read',
    empty: 'No notifications yet',
    loadFailed: 'Could not load notifications; please try again later',
    policy: 'Policy',
    kind: {
      application: {
        submit: '“{{title}}” application submitted; awaiting review by {{department}}',
        submitNoDept: '“{{title}}” application submitted',
        resubmit: '“{{title}}” application resubmitted; awaiting review by {{department}}',
        resubmitNoDept: '“{{title}}” application resubmitted',
        approve: '“{{title}}” application approved',
        approveStage: '“{{title}}” application passed a stage; now with {{department}}',
        reject: '“{{title}}” application rejected',
        return: '“{{title}}” application returned for more documents',
        appeal: '“{{title}}” application appealed; handled by {{department}}',
        appealNoDept: '“{{title}}” application appealed',
        escalate: '“{{title}}” application overdue at {{department}}; escalated',
        escalateNoDept: '“{{title}}” application overdue; escalated',
        due_date_moved: '“{{title}}” deadline moved from {{from}} to {{to}}',
        other: '“{{title}}” application updated',
      },
      recognition: {
        request: 'Talent recognition request created',
        submit: 'Talent recognition submitted for review',
        hr_approve: 'Talent recognition: approved by HR',
        hr_reject: 'Talent recognition: rejected by HR',
        hr_return: 'Talent recognition returned for more documents',
        office_approve: 'Talent recognition approved by the Talent Office; on public notice until {{date}}',
        office_approve_noDate: 'Talent recognition approved by the Talent Office; on public notice',
        office_reject: 'Talent recognition: rejected by the Talent Office',
        office_return: 'Talent recognition returned by the Talent Office for more documents',
        withdraw: 'Talent recognition withdrawn',
        objection_filed: 'An objection was filed during the public notice',
        objection_upheld: 'Talent recognition: objection upheld, not recognised',
        objection_dismissed: 'Talent recognition: objection dismissed, proceeding',
        finalize: 'Talent recognition granted; talent code issued (valid until {{date}})',
        finalize_noDate: 'Talent recognition granted; talent code issued',
        other: 'Talent recognition updated',
      },
      benefit: {
        granted: '{{count}} benefit(s) granted to you automatically',
        notice: '{{count}} benefit(s) available for you to claim',
        other: 'Your benefits changed',
      },
      other: 'New notification',
    },
  },
};
