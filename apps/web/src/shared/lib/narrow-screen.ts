import { useSyncExternalStore } from 'react';

/** Below this width a table's rows become cards (a phone held upright). */
const QUERY = '(max-width: 599px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on a screen narrower than 600 px, kept current as the window turns or resizes. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
