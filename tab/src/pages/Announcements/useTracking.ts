import { useEffect, useRef, useState } from 'react';
import { getAnnouncement, getDeliveryFailures } from '../../api/announcements';
import type { Announcement, DeliveryFailure } from '../../api/types';
import { isLive } from './format';

/** How often a scheduled or sending announcement is asked for again. */
export const TRACKING_INTERVAL_MS = 2000;

/** An announcement as the tracking view shows it. */
export interface Tracking {
  announcement: Announcement;
  failures: DeliveryFailure[];
  /** The last refresh failed (the view keeps the figures it has and tries again). */
  stale: boolean;
  /** Replaces the announcement (after a cancel). */
  replace: (a: Announcement) => void;
}

/**
 * Follows one announcement: while it is scheduled or sending, asks for it every 2 s (the counts
 * move as deliveries go out) and stops once it is sent or cancelled; the failures are asked for
 * whenever their number changes.
 */
export function useTracking(initial: Announcement, onChanged: (a: Announcement) => void): Tracking {
  const [announcement, setAnnouncement] = useState(initial);
  const [failures, setFailures] = useState<DeliveryFailure[]>([]);
  const [stale, setStale] = useState(false);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  const { id, state } = announcement;
  const failed = announcement.counts.failed;

  useEffect(() => {
    if (!isLive(state)) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      getAnnouncement(id, { signal: controller.signal }).then(
        (next) => {
          setStale(false);
          setAnnouncement(next);
          changed.current(next);
        },
        () => {
          if (controller.signal.aborted) return;
          setStale(true);
          // Try again after the next interval: a new object restarts this effect.
          setAnnouncement((a) => ({ ...a }));
        },
      );
    }, TRACKING_INTERVAL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [id, state, announcement]);

  useEffect(() => {
    if (failed === 0) return undefined;
    const controller = new AbortController();
    getDeliveryFailures(id, { signal: controller.signal }).then(setFailures, () => undefined);
    return () => controller.abort();
  }, [id, failed]);

  return { announcement, failures, stale, replace: setAnnouncement };
}
