/** Accounts, managed by an admin (GET/POST /admin/users). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffBody, UserItem, UserListQuery, UserPage } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';

const key = ['admin', 'users'] as const;

/** GET /admin/users, newest first, one server page at a time. */
export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: () => api.get<UserPage>(`/admin/users${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** POST /admin/users — a staff account. */
export function useCreateStaffUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<UserItem>('/admin/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
