/** Skills, postings and matching: the taxonomy, a talent's skills and opportunities, an employer's postings and candidates. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Opportunity,
  Posting,
  PostingContact,
  PostingInput,
  ProfileView,
  SkillTaxonomy,
  SkillTaxonomyInput,
  TalentSkills,
  CandidateList,
  ShortageCatalogueDto,
  ChainView,
  ShortagePublication,
} from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';
import { myPostingsQuery, taxonomyQuery } from '../../shared/api/postings';

/** GET /skills: the current taxonomy. */
export function useTaxonomy() {
  return useQuery(taxonomyQuery);
}

/** PUT /skills: a new taxonomy version. */
export function useSaveTaxonomy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SkillTaxonomyInput) => api.put<SkillTaxonomy>('/skills', body),
    onSuccess: (saved) => qc.setQueryData(queryKeys.matching.taxonomy, saved),
  });
}

/** POST /skills/import: a workbook (the export's columns) as a new version. */
export function useImportTaxonomy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<SkillTaxonomy>('/skills/import', file),
    onSuccess: (saved) => qc.setQueryData(queryKeys.matching.taxonomy, saved),
  });
}

/** Where the current taxonomy's workbook is downloaded from. */
export const TAXONOMY_EXPORT_URL = '/api/v1/skills.xlsx';

/** GET /talents/me/skills. */
export function useMySkills() {
  return useQuery({ queryKey: queryKeys.matching.mySkills, queryFn: () => api.get<TalentSkills>('/talents/me/skills') });
}

/** PUT /talents/me/skills; the opportunities change with it. */
export function useSaveMySkills() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TalentSkills) => api.put<TalentSkills>('/talents/me/skills', body),
    onSuccess: (saved) => {
      qc.setQueryData(queryKeys.matching.mySkills, saved);
      void qc.invalidateQueries({ queryKey: queryKeys.matching.opportunities });
    },
  });
}

/** GET /talents/me/opportunities. */
export function useOpportunities() {
  return useQuery({ queryKey: queryKeys.matching.opportunities, queryFn: () => api.get<Opportunity[]>('/talents/me/opportunities') });
}

/** GET /talents/me/contacts. */
export function useMyContacts() {
  return useQuery({ queryKey: queryKeys.matching.myContacts, queryFn: () => api.get<PostingContact[]>('/talents/me/contacts') });
}

/** GET /talents/me/views. */
export function useMyViews() {
  return useQuery({ queryKey: queryKeys.matching.myViews, queryFn: () => api.get<ProfileView[]>('/talents/me/views') });
}

/** POST /postings/{id}/applications. */
export function useApply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (postingId: string) => api.post<void>(`/postings/${postingId}/applications`, {}),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.matching.all }),
  });
}

/** POST /contacts/{id}/decision. */
export function useDecideContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) => api.post<void>(`/contacts/${id}/decision`, { accept }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.matching.all }),
  });
}

/** GET /postings/mine. */
export function useMyPostings() {
  return useQuery(myPostingsQuery);
}

/** POST /postings. */
export function useCreatePosting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PostingInput) => api.post<Posting>('/postings', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.matching.myPostings }),
  });
}

/** GET /postings/{id}/candidates (each look is recorded for the talents shown). */
export function useCandidates(postingId: string | null) {
  return useQuery({
    queryKey: queryKeys.matching.candidates(postingId),
    queryFn: () => api.get<CandidateList>(`/postings/${postingId}/candidates`),
    enabled: postingId !== null,
  });
}

/** POST /postings/{id}/invitations. */
export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ postingId, talentId }: { postingId: string; talentId: string }) => api.post<void>(`/postings/${postingId}/invitations`, { talentId }),
    onSuccess: (_, v) => void qc.invalidateQueries({ queryKey: queryKeys.matching.candidates(v.postingId) }),
  });
}

/** GET /shortage-catalogue (public): a quarter's catalogue, the current one when `period` is null. */
export function useShortageCatalogue(period: string | null) {
  return useQuery({
    queryKey: queryKeys.matching.shortage(period),
    queryFn: () => api.get<ShortageCatalogueDto>(`/shortage-catalogue${period ? `?period=${period}` : ''}`),
  });
}

/** Where the chain view's table is downloaded as Excel (every chain, or one chain's sub-fields). */
export const chainViewXlsxUrl = (chain: string | null) => `/api/v1/chain-view.xlsx${chain ? `?chain=${encodeURIComponent(chain)}` : ''}`;

/** GET /chain-view: supply against demand per chain, or per sub-field of `chain`. */
export function useChainView(chain: string | null) {
  return useQuery({
    queryKey: queryKeys.matching.chainView(chain),
    queryFn: () => api.get<ChainView>(chain ? `/chain-view?chain=${encodeURIComponent(chain)}` : '/chain-view'),
  });
}

/** POST /shortage-catalogue/publications: publishes a quarter's catalogue as the city's current one. */
export function usePublishShortage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => api.post<ShortagePublication>('/shortage-catalogue/publications', { period }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.matching.shortageAll }),
  });
}
