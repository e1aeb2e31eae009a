import { useMediaQuery } from './media-query';

/** True on a screen narrower than 600 px (a phone held upright), where a table's rows become cards. */
export function useNarrowScreen(): boolean {
  return useMediaQuery('(max-width: 599px)');
}
