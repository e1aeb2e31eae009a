/** Confirming an employment: the employer may name the posting the person fills (none by default). */
import { useState } from 'react';
import { Form, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyPostingChoices } from '../../shared/api/postings';

/** Props of {@link ConfirmEmploymentModal}. */
export interface ConfirmEmploymentModalProps {
  /** The person whose employment is confirmed; null when closed. */
  talentName: string | null;
  busy: boolean;
  /** The chosen posting, or undefined for none. */
  onOk: (postingId: string | undefined) => void;
  onCancel: () => void;
}

const NONE = '';

/** Asks which of the employer's postings the confirmed person fills. */
export function ConfirmEmploymentModal({ talentName, busy, onOk, onCancel }: ConfirmEmploymentModalProps) {
  const { t } = useTranslation();
  const open = talentName !== null;
  const { choices, loading } = useMyPostingChoices(open);
  const [postingId, setPostingId] = useState(NONE);
  return (
    <Modal
      open={open}
      title={t('employment.confirm.confirmOf', { name: talentName ?? '' })}
      okText={t('employment.confirm.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => onOk(postingId === NONE ? undefined : postingId)}
      onCancel={onCancel}
      afterClose={() => setPostingId(NONE)}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'confirm-ok' } as ButtonProps}
    >
      <Form layout="vertical">
        <Form.Item label={t('employment.confirm.posting')} htmlFor="confirm-posting" extra={t('employment.confirm.postingWhy')}>
          <Select
            id="confirm-posting"
            value={postingId}
            loading={loading}
            onChange={setPostingId}
            showSearch
            optionFilterProp="label"
            options={[{ value: NONE, label: t('employment.confirm.noPosting') }, ...choices]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
