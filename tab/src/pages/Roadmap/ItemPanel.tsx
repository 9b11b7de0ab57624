import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { PanelConflict, PanelEditor, PanelItemView } from './ItemPanelBody';
import type { RoadmapDrawerProps } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { focusTitle, TITLE_ID, useItemPanelState } from './useItemPanelState';

/** Props of {@link ItemPanel}. */
export type ItemPanelProps = RoadmapDrawerProps & {
  /** Move focus to the title once shown (the panel replaced another under the focus). */
  focusTitle: boolean;
};

/**
 * One item's panel inside the drawer: its title and close button, and the body its mode asks for —
 * the details, the form, or the conflict view. The state lives in {@link useItemPanelState}.
 */
export function ItemPanel(props: ItemPanelProps) {
  const { canEdit, onClose, focusTitle: focusOnMount } = props;
  const styles = useDetailStyles();
  const { t } = useT();
  // Asked here, not in the item view: the view remounts after each edit and would lose the answer for a moment.
  const isChangeTeam = useMe()?.roles.includes('changeTeam') ?? false;
  const state = useItemPanelState(props);
  const { item, mode, missing } = state;

  useEffect(() => {
    if (focusOnMount) focusTitle();
    // Only when the panel appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const title = mode.kind === 'edit' && !item ? t('roadmap.new') : (item?.title ?? t('roadmap.detail.loading'));
  let body: ReactNode;
  if (mode.kind === 'conflict') {
    body = <PanelConflict state={state} conflict={mode.conflict} attempt={mode.attempt} />;
  } else if (mode.kind === 'edit') {
    body = <PanelEditor {...props} state={state} mode={mode} />;
  } else if (missing && !item) {
    body = (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('roadmap.detail.missing')}</MessageBarBody>
      </MessageBar>
    );
  } else if (!item) {
    body = (
      <p role="status" className={styles.hint}>
        {t('roadmap.detail.loading')}
      </p>
    );
  } else {
    body = <PanelItemView {...props} canEdit={canEdit} state={state} item={item} isChangeTeam={isChangeTeam} />;
  }

  return (
    <>
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ id: TITLE_ID, tabIndex: -1 }}
          action={
            <Button appearance="subtle" aria-label={t('roadmap.close')} onClick={onClose} data-testid="drawer-close">
              ✕
            </Button>
          }
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <div className={styles.body} data-mode={mode.kind}>
          {body}
        </div>
      </DrawerBody>
    </>
  );
}
