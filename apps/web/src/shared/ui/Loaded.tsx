/** A page's header over its query: the spinner while it loads, the error with 重试 when it fails, else the page. */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../form/problem';
import { LoadError, LoadingBlock } from './LoadingBlock';

/** Renders `header`, then `children(data)` once `query` has loaded. */
export function Loaded<T>({ query, header, children }: { query: UseQueryResult<T>; header?: ReactNode; children: (data: T) => ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {header}
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <LoadError text={errorText(query.error, i18n.language, t)} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data)
      )}
    </>
  );
}
