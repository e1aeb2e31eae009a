/** Demand surveys (需求摸排): the office opens, reminds, tracks and imports; an employer answers. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DemandRowList,
  MySurvey,
  MySurveyList,
  Survey,
  SurveyAnswerBody,
  SurveyCompletion,
  SurveyImportResult,
  SurveyInput,
  SurveyList,
  SurveyReminderResult,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** Where the Excel template for offline answers is downloaded from. */
export const SURVEY_TEMPLATE_URL = '/api/v1/surveys/template.xlsx';

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: queryKeys.employment.surveys });
}

/** GET /surveys (the office's). */
export const useSurveys = () => useQuery({ queryKey: queryKeys.employment.surveys, queryFn: () => api.get<SurveyList>('/surveys') });

/** GET /surveys/:id/completion. */
export const useSurveyCompletion = (id: string) =>
  useQuery({ queryKey: queryKeys.employment.surveyCompletion(id), queryFn: () => api.get<SurveyCompletion>(`/surveys/${id}/completion`) });

/** POST /surveys. */
export function useOpenSurvey() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: SurveyInput) => api.post<Survey>('/surveys', body), onSuccess: refresh });
}

/** POST /surveys/:id/reminders. */
export function useRemindSurvey() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.post<SurveyReminderResult>(`/surveys/${id}/reminders`), onSuccess: refresh });
}

/** POST /surveys/:id/closure. */
export function useCloseSurvey() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.post<Survey>(`/surveys/${id}/closure`), onSuccess: refresh });
}

/** Where the demand records are downloaded as Excel, with the screen's filters. */
export const demandRecordsXlsxUrl = (query: string) => `/api/v1/demand-records.xlsx${query ? `?${query}` : ''}`;

/** GET /demand-records: open postings and survey answers, `query` being the filters as a query string. */
export const useDemandRecords = (query: string) =>
  useQuery({ queryKey: queryKeys.employment.demandRecords(query), queryFn: () => api.get<DemandRowList>(`/demand-records${query ? `?${query}` : ''}`) });

/** POST /surveys/:id/import. */
export function useImportSurvey() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; file: File }) => api.upload<SurveyImportResult>(`/surveys/${v.id}/import`, v.file), onSuccess: refresh });
}

/** GET /surveys/mine (the employer's). */
export const useMySurveys = () => useQuery({ queryKey: queryKeys.employment.mySurveys, queryFn: () => api.get<MySurveyList>('/surveys/mine') });

/** PUT /surveys/:id/answer. */
export function useAnswerSurvey() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; body: SurveyAnswerBody }) => api.put<MySurvey>(`/surveys/${v.id}/answer`, v.body), onSuccess: refresh });
}
