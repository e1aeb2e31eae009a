/** Accounts, managed by an admin (GET/POST /admin/users). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedToken,
  CreateStaffBody,
  DepartmentTokenBody,
  PasswordResetResult,
  UpdateStaffBody,
  UserItem,
  UserListQuery,
  UserPage,
} from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /admin/users, newest first, one server page at a time. */
export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: queryKeys.adminUsers.list(query),
    queryFn: () => api.get<UserPage>(`/admin/users${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** POST /admin/users — a staff account. */
export function useCreateStaffUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<UserItem>('/admin/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}

/** POST /admin/users/:id/reset-password — a one-time password, shown once. */
export function useResetPassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<PasswordResetResult>(`/admin/users/${id}/reset-password`),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}

/** POST /admin/users/:id/department-tokens — a bearer token scoped to a department's facts, shown once. */
export function useIssueDepartmentToken() {
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: DepartmentTokenBody }) => api.post<CreatedToken>(`/admin/users/${userId}/department-tokens`, body),
  });
}

/** PATCH /admin/users/:id — a staff account's name or department. */
export function useUpdateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStaffBody }) => api.patch<UserItem>(`/admin/users/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}

/** POST /admin/users/:id/{disable,enable,unlock}. */
export function useAccountAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'disable' | 'enable' | 'unlock' }) => api.post<UserItem>(`/admin/users/${id}/${action}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}
