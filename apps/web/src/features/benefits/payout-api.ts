/** The talent's payout account (收款账户): read masked, record or replace, remove. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyPayoutAccount, PayoutAccountInput } from '@bole/contracts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/query-keys';

/** GET /talents/me/payout-account. */
export function useMyPayoutAccount() {
  return useQuery({ queryKey: queryKeys.talents.payoutAccount, queryFn: () => api.get<MyPayoutAccount>('/talents/me/payout-account') });
}

/** After a change: the account as stored, and what it changed (benefits waiting or not, the profile, the security notice). */
function useOnChanged() {
  const qc = useQueryClient();
  return (saved: MyPayoutAccount) => {
    qc.setQueryData(queryKeys.talents.payoutAccount, saved);
    void qc.invalidateQueries({ queryKey: queryKeys.benefits.mine });
    void qc.invalidateQueries({ queryKey: queryKeys.talents.me });
    void qc.invalidateQueries({ queryKey: queryKeys.notifications.all });
  };
}

/** PUT /talents/me/payout-account. */
export function useSavePayoutAccount() {
  const onSuccess = useOnChanged();
  return useMutation({ mutationFn: (body: PayoutAccountInput) => api.put<MyPayoutAccount>('/talents/me/payout-account', body), onSuccess });
}

/** DELETE /talents/me/payout-account. */
export function useRemovePayoutAccount() {
  const onSuccess = useOnChanged();
  return useMutation({ mutationFn: () => api.delete<MyPayoutAccount>('/talents/me/payout-account'), onSuccess });
}
