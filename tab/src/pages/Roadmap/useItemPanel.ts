import { useCallback, useEffect, useRef, useState } from 'react';
import { hashParam, pageHash } from '../../navigation';
import type { DrawerTarget } from './RoadmapDrawer.types';

/** The details panel's state as {@link useItemPanel} gives it to the board. */
export interface ItemPanel {
  /** What the panel shows (`undefined`: closed). */
  target: DrawerTarget | undefined;
  /** Shows an item or the new-item form, remembering what had focus. */
  show: (next: DrawerTarget) => void;
  /** Shows an item's details. */
  open: (itemId: string) => void;
  /** Closes the panel and puts focus back where it came from. */
  close: () => void;
  /** Replaces what the panel shows without changing where focus goes back to (a new item once saved). */
  setTarget: (next: DrawerTarget) => void;
}

/**
 * The roadmap's details panel: which item it shows, opening it from a link (`#roadmap?item=…`,
 * e.g. from a DigiCheck gap), and focus going back to what opened it once it closes. `prefetch`
 * loads the panel's code while the person looks at the board, so the first click opens at once.
 */
export function useItemPanel(prefetch: () => Promise<unknown>): ItemPanel {
  const [target, setTarget] = useState<DrawerTarget>();
  // Where focus goes back to when the details close: what opened them (a bar, a row, "New item").
  const opener = useRef<{ element: Element | null; itemId?: string }>({ element: null });
  const show = useCallback((next: DrawerTarget) => {
    const active = document.activeElement;
    // Links inside the panel open other items: the way back stays the first opener.
    if (!active?.closest('[role="dialog"]')) opener.current = { element: active, itemId: next.kind === 'item' ? next.id : undefined };
    setTarget(next);
  }, []);
  const open = useCallback((id: string) => show({ kind: 'item', id }), [show]);
  const close = useCallback(() => {
    setTarget(undefined);
    // The link that opened the item is done: the same link followed again opens it again.
    if (hashParam(window.location.hash, 'item')) window.history.replaceState(null, '', pageHash('roadmap'));
    const { element, itemId } = opener.current;
    window.setTimeout(() => {
      // A click on a table cell focuses nothing: then the item's own button (bar or row title).
      const fallback = itemId ? document.querySelector(`button[data-id="${CSS.escape(itemId)}"], tr[data-id="${CSS.escape(itemId)}"] button`) : null;
      const back = element instanceof HTMLElement && element.isConnected && element !== document.body ? element : fallback;
      if (back instanceof HTMLElement) back.focus();
    });
  }, []);
  // A link into the roadmap opens that item's details.
  useEffect(() => {
    const openLinked = () => {
      const id = hashParam(window.location.hash, 'item');
      if (id) show({ kind: 'item', id });
    };
    openLinked();
    window.addEventListener('hashchange', openLinked);
    return () => window.removeEventListener('hashchange', openLinked);
  }, [show]);
  useEffect(() => {
    void prefetch().catch(() => undefined);
    // Once, on first show.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { target, show, open, close, setTarget };
}
