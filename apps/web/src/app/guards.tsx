import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me, Role } from '@bole/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { sessionEnd, useMe, type SessionEndState } from '../features/auth/api';
import { ForcedPasswordChange } from '../features/auth/ChangePasswordPage';
import { errorText } from '../shared/form/problem';
import { LoadError, LoadingBlock } from '../shared/ui/LoadingBlock';
import { StatusPage } from '../shared/ui/StatusPageLazy';
import { landingPath } from './access';

/** Renders its children with the signed-in account, or sends a visitor to the sign-in page. */
export function RequireAuth({ children }: { children: (me: Me) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const qc = useQueryClient();
  const me = useMe();
  if (me.isPending) return <LoadingBlock />;
  if (me.isError) return <LoadError text={errorText(me.error, i18n.language, t)} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    // Signed out (here or in another tab): a clean sign-in page that says so, without a `next`
    // that would send the next person to this account's page.
    const ended = sessionEnd(qc);
    if (ended) {
      const state: SessionEndState = { sessionEnd: ended };
      return <Navigate to="/login" replace state={state} />;
    }
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // An administrator reset the password: nothing but choosing a new one (the server refuses the rest too).
  if (me.data.mustChangePassword) return <ForcedPasswordChange />;
  return <>{children(me.data)}</>;
}

/** Sign-in and registration pages: a signed-in person goes to their landing page instead. */
export function PublicOnly() {
  const me = useMe();
  if (me.isPending) return <LoadingBlock />;
  if (me.data) return <Navigate to={landingPath(me.data.role)} replace />;
  return <Outlet />;
}

/** Shows the 403 page unless the account's role is one of `roles`. */
export function RoleGate({ me, roles, children }: { me: Me; roles: readonly Role[]; children: ReactNode }) {
  return roles.includes(me.role) ? <>{children}</> : <StatusPage status={403} />;
}
