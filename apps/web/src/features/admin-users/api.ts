/** Staff accounts, managed by an admin. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffBody, Department, Role } from '@bole/contracts';
import { api } from '../../shared/api/client';

/** One account as GET /admin/users lists it. */
export interface StaffUser {
  id: string;
  username?: string | null;
  login?: string | null;
  displayName: string;
  role: Role;
  department: Department | null;
  createdAt?: string;
}

const key = ['admin', 'users'] as const;

/** GET /admin/users (a plain array or a page `{ items }`). */
export function useStaffUsers() {
  return useQuery({
    queryKey: key,
    queryFn: async () => {
      const data = await api.get<StaffUser[] | { items: StaffUser[] }>('/admin/users');
      return Array.isArray(data) ? data : data.items;
    },
  });
}

/** POST /admin/users. */
export function useCreateStaffUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffBody) => api.post<StaffUser>('/admin/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
