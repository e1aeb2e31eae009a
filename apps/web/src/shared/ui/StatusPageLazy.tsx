import { lazy, Suspense } from 'react';
import { LoadingBlock } from './LoadingBlock';

/** antd's 403/404 illustrations are large: the status pages load them only when one is shown. */
const StatusPageChunk = lazy(() => import('./StatusPage').then((m) => ({ default: m.StatusPage })));

/** The 403 and 404 pages, fetched when first needed. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  return (
    <Suspense fallback={<LoadingBlock />}>
      <StatusPageChunk status={status} />
    </Suspense>
  );
}
