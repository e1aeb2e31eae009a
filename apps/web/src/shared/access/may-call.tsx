/**
 * What the signed-in role may do, from the same table the server enforces (`ROUTE_ACCESS` in
 * `@bole/contracts`): screens show a write button only when its operation would be allowed, so a
 * read-only role never meets a button that answers 您无权执行此操作.
 */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { mayCall, type RestrictedOperation, type Role } from '@bole/contracts';

const RoleContext = createContext<Role | null>(null);

/** Provides the signed-in account's role to the screens below it. */
export function AccessProvider({ role, children }: { role: Role; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** A function telling whether the signed-in role may call an operation. */
export function useMayCall(): (operation: RestrictedOperation) => boolean {
  const role = useContext(RoleContext);
  return useCallback((operation: RestrictedOperation) => mayCall(role, operation), [role]);
}

/** Renders its children only when the signed-in role may call `operation`. */
export function IfMayCall({ operation, children }: { operation: RestrictedOperation; children: ReactNode }) {
  return useMayCall()(operation) ? <>{children}</> : null;
}
