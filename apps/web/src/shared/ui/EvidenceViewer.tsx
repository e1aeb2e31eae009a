/**
 * Evidence opened in the page: an image or a PDF shown in a dialog with zoom and, for a PDF,
 * paging; the file is downloaded only when the reviewer asks for it.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { DownloadOutlined, LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { drawPage, openPdf } from './pdf-pages';

/** The file to show: its id, name and (when known) type. */
export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType?: string;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const fileUrl = (id: string) => `/api/v1/evidence/${id}/file`;
const isPdf = (f: EvidenceFile) => (f.contentType ? f.contentType === 'application/pdf' : /\.pdf$/i.test(f.fileName));

/** The file's bytes, fetched with the session; its object URL for an image. */
function useFile(file: EvidenceFile | null) {
  const [state, setState] = useState<{ data: ArrayBuffer; url: string } | 'loading' | 'failed' | null>(null);
  useEffect(() => {
    if (!file) return setState(null);
    let url: string | null = null;
    let live = true;
    setState('loading');
    fetch(fileUrl(file.id), { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const blob = await res.blob();
        url = URL.createObjectURL(blob);
        if (live) setState({ data: await blob.arrayBuffer(), url });
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);
  return state;
}

/** A PDF's current page on a canvas. */
function PdfPage({ data, page, zoom, onPages }: { data: ArrayBuffer; page: number; zoom: number; onPages: (n: number) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation();
  useEffect(() => {
    let live = true;
    openPdf(data.slice(0)).then(
      (p) => {
        if (!live) return;
        setPdf(p);
        onPages(p.numPages);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [data, onPages]);
  useEffect(() => {
    if (pdf && canvas.current) drawPage(pdf, page, canvas.current, zoom).catch(() => setFailed(true));
  }, [pdf, page, zoom]);
  if (failed) return <Alert type="warning" showIcon message={t('evidenceViewer.unreadable')} />;
  return <canvas ref={canvas} data-testid="evidence-pdf-page" aria-label={t('evidenceViewer.page', { page })} />;
}

/** The viewer dialog; `file` null when closed. */
export function EvidenceViewer({ file, onClose }: { file: EvidenceFile | null; onClose: () => void }) {
  const { t } = useTranslation();
  const loaded = useFile(file);
  const [zoom, setZoom] = useState(2);
  const [page, setPage] = useState(1);
  const [pages, setPages] = useState(1);
  useEffect(() => {
    setZoom(2);
    setPage(1);
    setPages(1);
  }, [file]);
  const pdf = file ? isPdf(file) : false;
  const scale = ZOOMS[zoom]!;
  return (
    <Modal open={file !== null} onCancel={onClose} footer={null} width="min(960px, 96vw)" title={file?.fileName} destroyOnHidden data-testid="evidence-viewer">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<ZoomOutOutlined />} disabled={zoom === 0} onClick={() => setZoom(zoom - 1)} aria-label={t('evidenceViewer.zoomOut')} />
        <Typography.Text data-testid="evidence-zoom">{Math.round(scale * 100)}%</Typography.Text>
        <Button icon={<ZoomInOutlined />} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)} aria-label={t('evidenceViewer.zoomIn')} />
        {pdf ? (
          <>
            <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={() => setPage(page - 1)} aria-label={t('evidenceViewer.previous')} />
            <Typography.Text data-testid="evidence-pages">{t('evidenceViewer.pageOf', { page, pages })}</Typography.Text>
            <Button icon={<RightOutlined />} disabled={page >= pages} onClick={() => setPage(page + 1)} aria-label={t('evidenceViewer.next')} />
          </>
        ) : null}
        {file ? (
          <Button icon={<DownloadOutlined />} href={fileUrl(file.id)} download={file.fileName} data-testid="evidence-download">
            {t('evidenceViewer.download')}
          </Button>
        ) : null}
      </Space>
      <div style={{ overflow: 'auto', maxHeight: '70vh', background: '#f5f5f5', padding: 8, textAlign: 'center' }}>
        {loaded === 'loading' || loaded === null ? <Spin /> : null}
        {loaded === 'failed' ? <Alert type="warning" showIcon message={t('evidenceViewer.unreadable')} /> : null}
        {typeof loaded === 'object' && loaded !== null && file ? (
          pdf ? (
            <PdfPage data={loaded.data} page={page} zoom={scale} onPages={setPages} />
          ) : (
            <img src={loaded.url} alt={file.fileName} style={{ width: `${scale * 100}%`, maxWidth: 'none' }} data-testid="evidence-image" />
          )
        ) : null}
      </div>
    </Modal>
  );
}
