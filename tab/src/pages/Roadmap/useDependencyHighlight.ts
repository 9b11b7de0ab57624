import { useMemo, useRef, type FocusEvent, type MouseEvent, type RefObject } from 'react';
import type { RoadmapItem } from '../../api/types';

/** The handlers {@link useDependencyHighlight} gives the timeline's root (delegated from every bar). */
export interface DependencyHighlight {
  onFocus: (event: FocusEvent) => void;
  onBlur: () => void;
  onMouseOver: (event: MouseEvent) => void;
  onMouseLeave: () => void;
  onClick: (event: MouseEvent) => void;
}

/** The item id of the bar an event happened in (bars carry `data-id`). */
const barId = (event: { target: EventTarget }) => (event.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;

/**
 * While a bar is hovered or focused, marks the bars it depends on (`data-rel="dependency"`) and
 * those depending on it (`data-rel="dependent"`). Done on the DOM directly, with the handlers
 * delegated to `root`, so hovering never re-renders a thousand bars. A click opens the bar's item.
 */
export function useDependencyHighlight(items: readonly RoadmapItem[], root: RefObject<HTMLElement | null>, onOpen: (itemId: string) => void): DependencyHighlight {
  // Who depends on whom, for highlighting both directions.
  const relations = useMemo(() => {
    const dependents = new Map<string, string[]>();
    for (const item of items) for (const dep of item.dependsOn) dependents.set(dep, [...(dependents.get(dep) ?? []), item.id]);
    return { dependsOn: new Map(items.map((item) => [item.id, item.dependsOn])), dependents };
  }, [items]);

  const active = useRef<{ hovered?: string; focused?: string }>({});
  const highlight = () => {
    const element = root.current;
    if (!element) return;
    element.querySelectorAll('[data-rel]').forEach((bar) => bar.removeAttribute('data-rel'));
    const id = active.current.hovered ?? active.current.focused;
    if (!id) return;
    const mark = (ids: readonly string[] | undefined, rel: string) =>
      ids?.forEach((other) => element.querySelector(`[data-id="${CSS.escape(other)}"]`)?.setAttribute('data-rel', rel));
    mark(relations.dependsOn.get(id), 'dependency');
    mark(relations.dependents.get(id), 'dependent');
  };

  return {
    onFocus: (event) => {
      active.current.focused = barId(event);
      highlight();
    },
    onBlur: () => {
      active.current.focused = undefined;
      highlight();
    },
    onMouseOver: (event) => {
      const id = barId(event);
      if (id === active.current.hovered) return;
      active.current.hovered = id;
      highlight();
    },
    onMouseLeave: () => {
      active.current.hovered = undefined;
      highlight();
    },
    onClick: (event) => {
      const id = barId(event);
      if (id) onOpen(id);
    },
  };
}
