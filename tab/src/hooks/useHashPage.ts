import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PAGE, isPageId, pageFromHash, type PageId } from '../navigation';

/**
 * The selected page, kept in the URL hash so links (and the browser's back button) work.
 * @param fallback - page to show when the hash names none, e.g. a Teams deep link's `subPageId`.
 * @returns the current page and a function that selects another one.
 */
export function useHashPage(fallback?: string): [PageId, (page: PageId) => void] {
  const initialFallback = isPageId(fallback) ? fallback : DEFAULT_PAGE;
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash) ?? initialFallback);

  useEffect(() => {
    const onHashChange = () => setPage(pageFromHash(window.location.hash) ?? initialFallback);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [initialFallback]);

  const select = useCallback((next: PageId) => {
    setPage(next);
    // Setting the hash (not replaceState) gives each page a history entry, like ordinary links.
    if (pageFromHash(window.location.hash) !== next) window.location.hash = next;
  }, []);

  return [page, select];
}
