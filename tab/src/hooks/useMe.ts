import { useEffect, useState } from 'react';
import { getMe, type Me } from '../api/me';

/**
 * Who is signed in, asked once on mount (`GET /api/me`). `undefined` while asking and when it
 * failed: then the tab offers only what every signed-in person may use. Never throws.
 */
export function useMe(): Me | undefined {
  const [me, setMe] = useState<Me>();
  useEffect(() => {
    const controller = new AbortController();
    getMe({ signal: controller.signal })
      .then(setMe)
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return me;
}
