/**
 * An employer's postings and the skills taxonomy that names their sub-fields: the postings
 * screen lists them, and confirming an employment offers them as the post the person fills.
 */
import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Posting, SkillTaxonomy } from '@bole/contracts';
import { pickText } from '../lib/bilingual';
import { api } from './client';
import { cityLabel } from './city';
import { queryKeys } from './query-keys';

/** GET /skills: the current taxonomy. */
export const taxonomyQuery = queryOptions({ queryKey: queryKeys.matching.taxonomy, queryFn: () => api.get<SkillTaxonomy>('/skills'), staleTime: 60_000 });

/** GET /postings/mine: the signed-in employer's postings. */
export const myPostingsQuery = queryOptions({ queryKey: queryKeys.matching.myPostings, queryFn: () => api.get<Posting[]>('/postings/mine') });

/** A posting offered in a picker: its title with chain and sub-field. */
export interface PostingChoice {
  value: string;
  label: string;
}

/** The employer's postings as choices (`enabled` false: nothing is fetched), open ones first. */
export function useMyPostingChoices(enabled: boolean): { choices: PostingChoice[]; loading: boolean } {
  const { i18n } = useTranslation();
  const postings = useQuery({ ...myPostingsQuery, enabled });
  const taxonomy = useQuery({ ...taxonomyQuery, enabled });
  const lang = i18n.language;
  const choices = useMemo(() => {
    const subFields = new Map(taxonomy.data?.chains.flatMap((c) => c.subFields.map((f) => [f.code, pickText(f.name, lang)] as const)) ?? []);
    const open = (p: Posting) => (p.status === 'open' ? 0 : 1);
    return [...(postings.data ?? [])]
      .sort((a, b) => open(a) - open(b))
      .map((p) => {
        const chain = pickText(cityLabel('chain', p.chain), lang) || p.chain;
        return { value: p.id, label: `${p.title} · ${chain} / ${subFields.get(p.subField) ?? p.subField}` };
      });
  }, [postings.data, taxonomy.data, lang]);
  return { choices, loading: postings.isPending || taxonomy.isPending };
}
