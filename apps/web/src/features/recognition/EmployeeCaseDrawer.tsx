/**
 * An employee's case as their employer handles it: facts, the evidence (the employer uploads
 * files for the employee), submit or withdraw while the case is with the applicant, timeline.
 */
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/form/problem';
import { LoadError, LoadingBlock } from '../../shared/ui/LoadingBlock';
import { useRecognition } from './api';
import { ApplicantCase } from './ApplicantCase';

/** The drawer of one case (`id`) of the employee `name`. */
export function EmployeeCaseDrawer({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const one = useRecognition(id);
  const r = one.data;
  return (
    <Drawer open size={1000} title={t('employerRecognition.caseTitle', { name })} onClose={onClose} destroyOnHidden>
      {one.isPending ? <LoadingBlock /> : null}
      {one.isError ? <LoadError text={errorText(one.error, i18n.language, t)} onRetry={() => void one.refetch()} /> : null}
      {r ? (
        <div data-testid="employee-case">
          <ApplicantCase r={r} talentId={r.talentId} />
        </div>
      ) : null}
    </Drawer>
  );
}
