import { useEffect, useState } from 'react';
import { getMe, type Me } from '../api/me';

/**
 * The one `GET /api/me` of a page load: the frame (navigation) and the pages (edit controls) ask
 * together, and React's StrictMode mounts twice — all share this request. A failure is not kept,
 * so the next mount asks again.
 */
let shared: Promise<Me> | undefined;

function loadMe(): Promise<Me> {
  shared ??= getMe().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * Who is signed in (`GET /api/me`, asked once per page load). `undefined` while asking and when it
 * failed: then the tab offers only what every signed-in person may use. Never throws.
 */
export function useMe(): Me | undefined {
  const [me, setMe] = useState<Me>();
  useEffect(() => {
    let active = true;
    loadMe().then(
      (answer) => {
        if (active) setMe(answer);
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return me;
}
