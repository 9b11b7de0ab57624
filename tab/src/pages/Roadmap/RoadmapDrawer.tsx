import { OverlayDrawer } from '@fluentui/react-components';
import { useState } from 'react';
import { ItemPanel } from './ItemPanel';
import type { RoadmapDrawerProps } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { TITLE_ID } from './useItemPanelState';

/**
 * The details panel (a Fluent overlay drawer from the end side; full width on a phone): an item's
 * details and history, its editing for editors, and the conflict view when someone else saved
 * first. Loaded lazily with the form components. Escape or "Close" closes it, and focus returns to
 * the bar or row that opened it.
 */
export default function RoadmapDrawer(props: RoadmapDrawerProps) {
  const styles = useDetailStyles();
  const key = props.target.kind === 'new' ? 'new' : props.target.id;
  // The drawer focuses its first control when it opens; a later item (a dependency, a new item
  // once created) replaces the panel under the focus, so the panel moves it to its title.
  const [firstKey] = useState(key);
  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      className={styles.drawer}
      onOpenChange={(_, data) => {
        if (!data.open) props.onClose();
      }}
      aria-labelledby={TITLE_ID}
      data-testid="roadmap-drawer"
    >
      {/* Keyed by item: opening a dependency starts afresh (its own form, history, conflict). */}
      <ItemPanel key={key} {...props} focusTitle={key !== firstKey} />
    </OverlayDrawer>
  );
}
