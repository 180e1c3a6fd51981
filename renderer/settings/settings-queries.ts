import { useQuery } from '@tanstack/react-query';
import { call } from '../client/call';

/** Under its own key: the Settings dialog and the Export brief dialog read it; saving refreshes every query. */
export const settingsKey = ['settings'] as const;

/** The notebook's settings (organization name and URL, reporter name), as ClaimReview and briefs use them. */
export function useSettings(enabled = true) {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('getSettings', {}), enabled, staleTime: 0 });
}
