import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { getRoadmapItem } from '../../api/roadmap';
import type { RoadmapConflict, RoadmapItem, RoadmapItemInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import type { ValueContext } from './format';
import type { RoadmapDrawerProps, SaveAttempt, SaveOutcome } from './RoadmapDrawer.types';
import { sendAttempt } from './saveAttempt';

/** The id of the panel's title (its accessible name, and where focus goes when the panel changes). */
export const TITLE_ID = 'roadmap-drawer-title';

/**
 * Moves focus to the panel's title. Needed whenever the element that had focus goes away (a saved
 * form, a resolved conflict, another item): a focus left on the page body would also stop Escape
 * from closing the drawer.
 */
export function focusTitle(): void {
  window.setTimeout(() => document.getElementById(TITLE_ID)?.focus());
}

/** What the panel shows: the item, the form (with where it started), or a conflict to resolve. */
export type PanelMode =
  | { kind: 'view' }
  | { kind: 'edit'; base?: RoadmapItem; initial?: RoadmapItemInput; reapplied?: { fields: Array<keyof RoadmapItemInput>; both: Array<keyof RoadmapItemInput> } }
  | { kind: 'conflict'; conflict: RoadmapConflict; attempt: SaveAttempt };

/** The state of one item's panel, as {@link useItemPanelState} gives it to the panel's parts. */
export interface ItemPanelState {
  /** The item as stored now (once loaded), else as the list has it; `undefined` for a new one. */
  item: RoadmapItem | undefined;
  /** The server does not know the item (any longer). */
  missing: boolean;
  mode: PanelMode;
  setMode: (mode: PanelMode) => void;
  /** A save is on its way. */
  busy: boolean;
  /** How sending again from the conflict view ended, when it did not end the conflict. */
  retryOutcome: SaveOutcome | undefined;
  /** A new item's id, chosen once per form: saving twice (double click, retry) creates it once. */
  createId: string;
  context: ValueContext;
  /** Sends a change and moves the panel on: to the item (saved), to the conflict view, or stays. */
  run: (attempt: SaveAttempt) => Promise<SaveOutcome>;
  /** Takes someone else's newer version as the item shown. */
  takeCurrent: (current: RoadmapItem) => void;
  /** Changes a few fields of the item shown (quick actions, recorded decisions). */
  patch: (changes: Partial<RoadmapItemInput>) => Promise<SaveOutcome>;
}

/**
 * The state behind one item's panel: it shows the item from the list at once, then as stored now
 * (its current ETag); saves go through {@link ItemPanelState.run}, which opens the conflict view
 * when someone else saved first.
 */
export function useItemPanelState({ target, items, areas, onSaved }: Pick<RoadmapDrawerProps, 'target' | 'items' | 'areas' | 'onSaved'>): ItemPanelState {
  const { t, locale } = useT();
  const listItem = target.kind === 'item' ? items.find((item) => item.id === target.id) : undefined;
  const [fresh, setFresh] = useState<RoadmapItem>();
  const [missing, setMissing] = useState(false);
  const [mode, setMode] = useState<PanelMode>(target.kind === 'new' ? { kind: 'edit' } : { kind: 'view' });
  const [busy, setBusy] = useState(false);
  const [retryOutcome, setRetryOutcome] = useState<SaveOutcome>();
  const [createId] = useState(() => crypto.randomUUID());
  const item = fresh ?? listItem;

  // The list may be a moment old: show it at once, then the item as stored now (its current ETag).
  useEffect(() => {
    if (target.kind !== 'item') return;
    const controller = new AbortController();
    getRoadmapItem(target.id, { signal: controller.signal }).then(
      (stored) => {
        setFresh(stored);
        if (!listItem || stored.version > listItem.version) onSaved(stored);
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 404) setMissing(true);
      },
    );
    return () => controller.abort();
    // Once per item: the panel is keyed by it, and later versions come from our own saves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const context = useMemo<ValueContext>(() => {
    const names = new Map(areas.map((area) => [area.id, area[locale]]));
    const titles = new Map(items.map((other) => [other.id, other.title]));
    return { t, locale, areaName: (id) => names.get(id) ?? id, itemTitle: (id) => titles.get(id) };
  }, [areas, items, t, locale]);

  const run = async (attempt: SaveAttempt): Promise<SaveOutcome> => {
    setBusy(true);
    const outcome = await sendAttempt(attempt, t);
    setBusy(false);
    if (outcome.kind === 'saved') {
      setFresh(outcome.item);
      setMode({ kind: 'view' });
      setRetryOutcome(undefined);
      onSaved(outcome.item);
      focusTitle();
    } else if (outcome.kind === 'conflict') {
      setMode({ kind: 'conflict', conflict: outcome.conflict, attempt });
      setRetryOutcome(undefined);
    } else if (mode.kind === 'conflict') {
      setRetryOutcome(outcome);
    }
    return outcome;
  };
  const takeCurrent = (current: RoadmapItem) => {
    setFresh(current);
    onSaved(current);
    focusTitle();
  };
  const patch = (changes: Partial<RoadmapItemInput>) =>
    item ? run({ kind: 'patch', itemId: item.id, etag: item.etag, changes }) : Promise.resolve<SaveOutcome>({ kind: 'failed', status: 404 });

  return { item, missing, mode, setMode, busy, retryOutcome, createId, context, run, takeCurrent, patch };
}
