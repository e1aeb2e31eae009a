/**
 * Scans a QR code with the device's camera and hands its text to `onText`, once. The decoder is
 * loaded on the first scan (shared/lib/qr-decoder.ts), so a page that offers scanning stays small.
 * Without a camera, or when permission is refused, it says so plainly; the page's text field
 * stays the way in.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

type Failure = 'noCamera' | 'denied' | 'failed';
type State = { kind: 'idle' } | { kind: 'starting' } | { kind: 'scanning' } | { kind: 'failed'; reason: Failure };

/** How often a frame is read while scanning. */
const FRAME_INTERVAL_MS = 200;

function failureOf(error: unknown): Failure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noCamera';
  return 'failed';
}

async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera API', 'NotFoundError');
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
}

/** A "scan with the camera" button that shows the camera's view while scanning. */
export function QrScanner({ onText, testId = 'qr-scanner' }: { onText: (text: string) => void; testId?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef(0);
  const stream = useRef<MediaStream | null>(null);
  const deliver = useRef(onText);
  deliver.current = onText;

  const stop = () => {
    session.current += 1;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };
  useEffect(() => stop, []);

  const start = async () => {
    stop();
    const mine = session.current;
    const live = () => session.current === mine;
    setState({ kind: 'starting' });
    try {
      const [camera, { createQrDecoder }] = await Promise.all([openCamera(), import('../lib/qr-decoder')]);
      if (!live()) return camera.getTracks().forEach((track) => track.stop());
      stream.current = camera;
      const decoder = await createQrDecoder();
      const element = video.current;
      if (!live() || !element) return;
      element.srcObject = camera;
      await element.play();
      setState({ kind: 'scanning' });
      while (live()) {
        const text = element.readyState >= 2 ? await decoder.decode(element) : null;
        if (text && live()) {
          stop();
          setState({ kind: 'idle' });
          deliver.current(text);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));
      }
    } catch (error) {
      if (!live()) return;
      stop();
      setState({ kind: 'failed', reason: failureOf(error) });
    }
  };

  const active = state.kind === 'starting' || state.kind === 'scanning';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      {active ? (
        <Button
          onClick={() => {
            stop();
            setState({ kind: 'idle' });
          }}
          data-testid={`${testId}-stop`}
        >
          {t('qrScanner.stop')}
        </Button>
      ) : (
        <Button icon={<CameraOutlined />} onClick={() => void start()} data-testid={`${testId}-start`}>
          {t('qrScanner.start')}
        </Button>
      )}
      <video
        ref={video}
        muted
        playsInline
        aria-label={t('qrScanner.view')}
        data-testid={`${testId}-video`}
        style={{ display: active ? 'block' : 'none', width: '100%', maxWidth: 360, borderRadius: 8, background: '#000' }}
      />
      {state.kind === 'scanning' ? <span role="status">{t('qrScanner.scanning')}</span> : null}
      {state.kind === 'failed' ? (
        <Alert type="warning" showIcon message={t(`qrScanner.${state.reason}`)} description={t('qrScanner.fallback')} data-testid={`${testId}-error`} />
      ) : null}
    </Space>
  );
}
