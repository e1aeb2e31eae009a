/** 数据共享: the imports of department facts, a department's template and the upload of its file. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FactImport, FactImportPage } from '@bole/contracts';
import { api, toQueryString } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** A page of imports, newest first. */
export function useFactImports(page: number, pageSize: number) {
  return useQuery({
    queryKey: queryKeys.factImports.page(page, pageSize),
    queryFn: () => api.get<FactImportPage>(`/department-facts/imports${toQueryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** Uploads a department's file (.xlsx or .csv); all rows or none. */
export function importFactFile(department: string, file: File): Promise<FactImport> {
  return api.upload<FactImport>(`/department-facts/imports${toQueryString({ department })}`, file);
}

/** Where a department's Excel template is downloaded from. */
export const templateUrl = (department: string) => `/api/v1/department-facts/template.xlsx${toQueryString({ department })}`;

/** A row error's place: `row 3.socialInsuranceMonths` → row 3, column socialInsuranceMonths. */
export function rowErrorPlace(field: string): { row: number | null; column: string | null } {
  const m = /^row (\d+)(?:\.(\w+))?$/.exec(field);
  return m ? { row: Number(m[1]), column: m[2] ?? null } : { row: null, column: field };
}
