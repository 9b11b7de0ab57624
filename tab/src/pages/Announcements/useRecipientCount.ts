import { useEffect, useState } from 'react';
import { countAudience } from '../../api/announcements';
import type { Audience, AudienceCount } from '../../api/types';

/** How long the audience must stay unchanged before it is counted again. */
const COUNT_DELAY_MS = 400;

/** The recipient count as the form shows it. */
export type RecipientCount = { state: 'loading' } | { state: 'ok'; count: AudienceCount } | { state: 'error' };

/**
 * How many would receive an announcement to `audience` (`POST /api/announcements/audience`),
 * counted again shortly after each change; an older answer never replaces a newer one.
 */
export function useRecipientCount(audience: Audience): RecipientCount {
  const [result, setResult] = useState<RecipientCount>({ state: 'loading' });
  const key = JSON.stringify(audience);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    const timer = window.setTimeout(() => {
      countAudience(JSON.parse(key) as Audience, { signal: controller.signal }).then(
        (count) => setResult({ state: 'ok', count }),
        () => {
          if (!controller.signal.aborted) setResult({ state: 'error' });
        },
      );
    }, COUNT_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  return result;
}
