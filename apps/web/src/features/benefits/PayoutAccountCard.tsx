/**
 * 收款账户 on 我的待遇: the account the talent's benefits are paid into. Shown masked once saved,
 * with 更换 and 删除 (after a confirmation); the form asks the bank, the number and the holder —
 * prefilled with the talent's own name, the only one accepted. Laid out for a phone.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Typography, type ButtonProps } from 'antd';
import { BankOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { accountNumber, payoutAccountInput, type MyPayoutAccount, type PayoutAccountInput } from '@bole/contracts';
import { errorText, hasErrorCode } from '../../shared/form/problem';
import { useApiErrorHandler } from '../../shared/form/use-api-error';
import { requiredRule } from '../../shared/form/rules';
import { formatFen } from '../../shared/lib/money';
import { domainLabel } from '../../shared/ui/enum-options';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useMyPayoutAccount, useRemovePayoutAccount, useSavePayoutAccount } from './payout-api';
import { formatDateTime } from '../../shared/lib/date-time';

const FIELDS = ['bank', 'accountNumber', 'holderName'] as const;
const label = (field: (typeof FIELDS)[number] | 'payoutAccount') => domainLabel('payoutAccount', field);

/** The payout account card of the signed-in talent. */
export function PayoutAccountCard() {
  const { t, i18n } = useTranslation();
  const q = useMyPayoutAccount();
  const [editing, setEditing] = useState(false);
  let body;
  if (q.isPending) body = <LoadingBlock />;
  else if (q.isError) body = <LoadError text={errorText(q.error, i18n.language, t)} onRetry={() => void q.refetch()} />;
  else if (q.data.account && !editing) body = <AccountView data={q.data} onChange={() => setEditing(true)} />;
  else body = <AccountForm data={q.data} onDone={() => setEditing(false)} />;
  const waiting = q.data?.waiting;
  return (
    <Card
      id="payout-account"
      title={
        <Flex gap={8} align="center">
          <BankOutlined />
          {label('payoutAccount')}
        </Flex>
      }
      style={{ marginBottom: 16 }}
      data-testid="payout-account"
    >
      {waiting && waiting.lines > 0 && !q.data?.account ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="payout-waiting"
          message={t('payout.waiting', { count: waiting.lines, amount: formatFen(waiting.amountFen, i18n.language, { cents: 'always' }) })}
        />
      ) : null}
      {body}
    </Card>
  );
}

function AccountView({ data, onChange }: { data: MyPayoutAccount; onChange: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const remove = useRemovePayoutAccount();
  const onError = useApiErrorHandler();
  const account = data.account!;
  const askRemove = () =>
    modal.confirm({
      title: t('payout.removeTitle'),
      content: t('payout.removeBody', { bank: account.bank, mask: account.accountMask }),
      okText: t('payout.remove'),
      okButtonProps: { danger: true, 'data-testid': 'payout-remove-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync().then(
          () => void message.success(t('payout.removed')),
          (err: unknown) => onError(err),
        ),
    });
  return (
    <>
      <Descriptions column={1} size="small" data-testid="payout-view">
        <Descriptions.Item label={label('bank')}>{account.bank}</Descriptions.Item>
        <Descriptions.Item label={label('accountNumber')}>
          <Typography.Text strong style={{ letterSpacing: 1 }} data-testid="payout-mask">
            {account.accountMask}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={label('holderName')}>{account.holderName}</Descriptions.Item>
        <Descriptions.Item label={t('payout.setAt')}>{formatDateTime(account.setAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('payout.maskedNote')}
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Button onClick={onChange} data-testid="payout-change">
          {t('payout.change')}
        </Button>
        <Button danger onClick={askRemove} loading={remove.isPending} data-testid="payout-remove">
          {t('payout.remove')}
        </Button>
      </Flex>
    </>
  );
}

function AccountForm({ data, onDone }: { data: MyPayoutAccount; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PayoutAccountInput>();
  const save = useSavePayoutAccount();
  const onError = useApiErrorHandler();
  const onFinish = (values: PayoutAccountInput) => {
    // The shape the server reads (spaces out of the number, names trimmed); anything else it refuses by field.
    const parsed = payoutAccountInput.safeParse(values);
    save.mutate(parsed.success ? parsed.data : values, {
      onSuccess: () => {
        void message.success({ content: t('payout.saved'), className: 'saved-message' });
        onDone();
      },
      onError: (err) => {
        // The holder is not the talent: say so at the field, in the catalogue's words (with their name).
        if (hasErrorCode(err, 'BOLE_HOLDER_NOT_TALENT')) form.setFields([{ name: 'holderName', errors: [errorText(err, i18n.language, t)] }]);
        else onError(err, form, FIELDS);
      },
    });
  };
  return (
    <Form<PayoutAccountInput>
      form={form}
      layout="vertical"
      initialValues={{ bank: data.account?.bank ?? '', accountNumber: '', holderName: data.holderName }}
      onFinish={onFinish}
      requiredMark={false}
      data-testid="payout-form"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('payout.intro')}
      </Typography.Paragraph>
      <Form.Item name="bank" label={label('bank')} rules={[requiredRule(t, label('bank')), { max: 60, message: t('payout.bankMax') }]}>
        <Input placeholder={t('payout.bankPlaceholder')} maxLength={60} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="accountNumber"
        label={label('accountNumber')}
        rules={[
          requiredRule(t, label('accountNumber')),
          {
            validator: async (_, v: unknown) => {
              if (typeof v === 'string' && v.trim() !== '' && !accountNumber.safeParse(v).success) throw new Error(t('payout.accountNumberRule'));
            },
          },
        ]}
      >
        <Input inputMode="numeric" autoComplete="off" placeholder={t('payout.accountNumberPlaceholder')} maxLength={60} />
      </Form.Item>
      <Form.Item
        name="holderName"
        label={label('holderName')}
        extra={t('payout.holderHint', { name: data.holderName })}
        rules={[requiredRule(t, label('holderName'))]}
      >
        <Input autoComplete="name" maxLength={50} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="payout-save">
          {t('payout.save')}
        </Button>
        {data.account ? (
          <Button onClick={onDone} data-testid="payout-cancel">
            {t('common.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}
