/** Accounts, managed by an admin (GET/POST /admin/users). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffBody, Department, Role } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';

/** One account as GET /admin/users lists it (a talent's mobile login is masked). */
export interface UserItem {
  id: string;
  role: Role;
  login: string;
  displayName: string;
  department: Department | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** A page of accounts. */
export interface UserPage {
  items: UserItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** The list's query: page and an optional role filter. */
export interface UserListQuery {
  page: number;
  pageSize: number;
  role?: Role;
}

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
