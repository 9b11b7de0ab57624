import { useEffect, useState } from 'react';

/** The width below which the tab lays out for phones (Teams mobile is about 360 px wide). */
const NARROW_QUERY = '(max-width: 480px)';

/**
 * Whether the tab is phone-narrow, following resizes. For the charts, which take their size as
 * numbers rather than from CSS.
 */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}
