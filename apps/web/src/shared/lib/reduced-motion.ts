import { useMediaQuery } from './media-query';

/**
 * True when the person asked their system for less motion (WCAG 2.3.3): menus, lists and
 * drawers then appear in place at once instead of sliding or zooming.
 */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
