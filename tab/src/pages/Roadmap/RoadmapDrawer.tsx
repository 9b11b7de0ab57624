import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, MessageBar, MessageBarBody, OverlayDrawer } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { getRoadmapItem } from '../../api/roadmap';
import type { RoadmapConflict, RoadmapItem, RoadmapItemInput } from '../../api/types';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { ConflictView } from './ConflictView';
import { FollowUpPulse } from './FollowUpPulse';
import type { ValueContext } from './format';
import { ItemDetails } from './ItemDetails';
import { ItemEditor } from './ItemEditor';
import { inputOf, reapplyChanges } from './itemForm';
import { ItemHistory } from './ItemHistory';
import { QuickActions } from './QuickActions';
import type { RoadmapDrawerProps, SaveAttempt, SaveOutcome } from './RoadmapDrawer.types';
import { sendAttempt } from './saveAttempt';
import { useDetailStyles } from './useDetailStyles';

/** The id of the panel's title (its accessible name, and where focus goes when the panel changes). */
const TITLE_ID = 'roadmap-drawer-title';

/** What the panel shows: the item, the form (with where it started), or a conflict to resolve. */
type PanelMode =
  | { kind: 'view' }
  | { kind: 'edit'; base?: RoadmapItem; initial?: RoadmapItemInput; reapplied?: { fields: Array<keyof RoadmapItemInput>; both: Array<keyof RoadmapItemInput> } }
  | { kind: 'conflict'; conflict: RoadmapConflict; attempt: SaveAttempt };

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

/**
 * Moves focus to the panel's title. Needed whenever the element that had focus goes away (a saved
 * form, a resolved conflict, another item): a focus left on the page body would also stop Escape
 * from closing the drawer.
 */
function focusTitle(): void {
  window.setTimeout(() => document.getElementById(TITLE_ID)?.focus());
}

function ItemPanel({ target, items, areas, halfYears, canEdit, defaults, onSaved, onOpenItem, onClose, focusTitle: focusOnMount }: RoadmapDrawerProps & { focusTitle: boolean }) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  // The follow-up pulse is the change team's; the server checks the role on the request anyway.
  const isChangeTeam = useMe()?.roles.includes('changeTeam') ?? false;
  const listItem = target.kind === 'item' ? items.find((item) => item.id === target.id) : undefined;
  const [fresh, setFresh] = useState<RoadmapItem>();
  const [missing, setMissing] = useState(false);
  const [mode, setMode] = useState<PanelMode>(target.kind === 'new' ? { kind: 'edit' } : { kind: 'view' });
  const [busy, setBusy] = useState(false);
  const [retryOutcome, setRetryOutcome] = useState<SaveOutcome>();
  // A new item's id is chosen once per form: saving twice (double click, retry) creates it once.
  const [createId] = useState(() => crypto.randomUUID());
  const item = fresh ?? listItem;

  useEffect(() => {
    if (focusOnMount) focusTitle();
    // Only when the panel appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
    const outcome = await sendAttempt(attempt);
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

  const title = mode.kind === 'edit' && !item ? t('roadmap.new') : (item?.title ?? t('roadmap.detail.loading'));
  let body;
  if (mode.kind === 'conflict') {
    const { conflict, attempt } = mode;
    body = (
      <ConflictView
        conflict={conflict}
        attempt={attempt}
        context={context}
        busy={busy}
        outcome={retryOutcome}
        onRetry={() =>
          void run(
            attempt.kind === 'patch'
              ? { ...attempt, etag: conflict.current.etag }
              : { kind: 'put', itemId: conflict.current.id, etag: conflict.current.etag, input: conflict.yours, base: inputOf(conflict.current) },
          )
        }
        onReapply={() => {
          const base = attempt.kind === 'put' ? attempt.base : inputOf(conflict.current);
          const { merged, reapplied, both } = reapplyChanges(base, conflict.yours, inputOf(conflict.current));
          takeCurrent(conflict.current);
          setMode({ kind: 'edit', base: conflict.current, initial: merged, reapplied: { fields: reapplied, both } });
        }}
        onTakeCurrent={() => {
          takeCurrent(conflict.current);
          setMode({ kind: 'view' });
        }}
      />
    );
  } else if (mode.kind === 'edit') {
    const base = mode.base ?? item;
    body = (
      <ItemEditor
        initial={mode.initial ?? (base && inputOf(base))}
        defaults={defaults}
        areas={areas}
        halfYears={halfYears}
        items={items}
        selfId={base?.id}
        reapplied={mode.reapplied}
        onSubmit={(input) =>
          run(base ? { kind: 'put', itemId: base.id, etag: base.etag, input, base: inputOf(base) } : { kind: 'create', id: createId, input })
        }
        onCancel={() => {
          if (!base) return onClose();
          setMode({ kind: 'view' });
          focusTitle();
        }}
      />
    );
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
    const open = (id: string) => (items.some((other) => other.id === id) ? () => onOpenItem(id) : undefined);
    body = (
      <>
        {canEdit && (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => setMode({ kind: 'edit', base: item })} data-testid="item-edit">
              {t('roadmap.detail.edit')}
            </Button>
          </div>
        )}
        <ItemDetails
          item={item}
          context={context}
          dependents={items.filter((other) => other.dependsOn.includes(item.id))}
          openItem={open}
          canEdit={canEdit}
          onPatch={patch}
        />
        {isChangeTeam && item.status === 'done' && <FollowUpPulse key={item.id} item={item} areaName={context.areaName} />}
        {canEdit && <QuickActions key={item.version} item={item} areas={areas} halfYears={halfYears} onPatch={patch} />}
        <ItemHistory itemId={item.id} version={item.version} context={context} />
      </>
    );
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
