/** The files a talent shared with a request, each opened in the page (the read is audited by the server). */
import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServiceRequest } from '@bole/contracts';
import { enumLabel } from '../../shared/ui/enum-options';
import { EvidenceViewer, type EvidenceFile } from '../../shared/ui/EvidenceViewer';

/** The request's evidence as a list of files to open; nothing when none was shared. */
export function ServiceEvidence({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<EvidenceFile | null>(null);
  if (request.evidence.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }} data-testid="service-request-evidence">
      <Typography.Text strong>{t('serviceDesk.evidence')}</Typography.Text>
      <Space direction="vertical" size={0} style={{ display: 'flex', marginTop: 4 }}>
        {request.evidence.map((e) => (
          <Space key={e.id} size={8}>
            <Typography.Text>{`${e.fileName} · ${enumLabel(t, 'evidenceKind', e.kind)}`}</Typography.Text>
            <Button type="link" size="small" onClick={() => setViewing({ id: e.id, fileName: e.fileName })} data-testid={`service-evidence-view-${e.id}`}>
              {t('serviceDesk.evidenceView')}
            </Button>
          </Space>
        ))}
      </Space>
      <EvidenceViewer file={viewing} onClose={() => setViewing(null)} />
    </div>
  );
}
