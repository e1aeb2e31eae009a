/** Every signed-in page's footer: who runs the site (主办单位), its hotline and ICP filing number, from the city's data. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cityQuery } from '../../shared/api/city';
import { pickText } from '../../shared/lib/bilingual';

/** The footer: the operator's line when the city names one, then the software's. */
export function OperatorFooter() {
  const { t, i18n } = useTranslation();
  const operator = useQuery(cityQuery).data?.operator ?? null;
  const parts = operator
    ? [
        t('app.operator', { name: pickText(operator.name, i18n.language) }),
        ...(operator.hotline ? [t('app.hotline', { hotline: operator.hotline })] : []),
        ...(operator.icp ? [operator.icp] : []),
      ]
    : [];
  return (
    <footer className="app-footer" data-testid="app-footer">
      {parts.length > 0 ? <div data-testid="operator-line">{parts.join(' · ')}</div> : null}
      <div>{t('app.footer')}</div>
    </footer>
  );
}
