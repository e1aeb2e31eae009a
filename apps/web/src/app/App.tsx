import { useEffect, useMemo, useState } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { endSession, meKey, meQuery } from '../features/auth/api';
import { cityQuery } from '../shared/api/city';
import { createQueryClient } from '../shared/api/query-client';
import { usePrefersReducedMotion } from '../shared/lib/reduced-motion';
import { AppRoutes } from './AppRoutes';
import { CityGate } from './CityGate';
import { theme } from './theme';

/** Providers (query cache, antd theme and locale, router) around the routes. */
export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(() => {
    const qc = createQueryClient(endSession, meKey);
    // The two answers every screen waits for, asked at once rather than one after the other.
    void qc.prefetchQuery(cityQuery);
    void qc.prefetchQuery(meQuery);
    return qc;
  });
  const reduceMotion = usePrefersReducedMotion();
  const themeConfig = useMemo(() => ({ ...theme, token: { ...theme.token, motion: !reduceMotion } }), [reduceMotion]);
  useEffect(() => {
    // A page restored from the back/forward cache (e.g. Back after signing out) re-checks the
    // session before showing anything private.
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted) void queryClient.invalidateQueries();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={themeConfig}>
        <AntdApp>
          <BrowserRouter>
            <CityGate>
              <AppRoutes />
            </CityGate>
          </BrowserRouter>
        </AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
