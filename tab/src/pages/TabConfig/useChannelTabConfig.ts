import { useEffect, useRef } from 'react';
import { pages } from '@microsoft/teams-js';
import type { HostEnvironment } from '../../teams';
import type { ChannelTabConfig } from './channelTabConfig';

/** Whether this page can save a channel tab: only in Teams' configuration frame. */
export type ChannelTabConfigState = 'ready' | 'standalone';

/**
 * Wires the configuration page to Teams: registers the save handler (which stores `config`
 * via `pages.config.setConfig`) and enables the Save button while the choices are `valid`.
 * @param failureMessage - shown by Teams when saving fails.
 */
export function useChannelTabConfig(
  host: HostEnvironment,
  config: ChannelTabConfig,
  valid: boolean,
  failureMessage: string,
): ChannelTabConfigState {
  const ready = host.mode === 'teams' && isConfigSupported();

  // The save handler is registered once; it reads the latest config and message from refs, so
  // later choices on the page are saved without re-registering.
  const latest = useRef({ config, failureMessage });
  latest.current = { config, failureMessage };

  useEffect(() => {
    if (!ready) return;
    pages.config.registerOnSaveHandler((event) => {
      pages.config.setConfig(latest.current.config).then(
        () => event.notifySuccess(),
        () => event.notifyFailure(latest.current.failureMessage),
      );
    });
  }, [ready]);

  // Teams enables Save only while the choices are complete (e.g. at least one area ticked).
  useEffect(() => {
    if (ready) pages.config.setValidityState(valid);
  }, [ready, valid]);

  return ready ? 'ready' : 'standalone';
}

function isConfigSupported(): boolean {
  try {
    return pages.config.isSupported();
  } catch {
    return false; // teams-js throws when it was never initialized
  }
}
