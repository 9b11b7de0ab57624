import { Button } from '@fluentui/react-components';
import type { RoadmapConflict, RoadmapItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ConflictView } from './ConflictView';
import { FollowUpPulse } from './FollowUpPulse';
import { ItemDetails } from './ItemDetails';
import { ItemEditor } from './ItemEditor';
import { inputOf, reapplyChanges } from './itemForm';
import { ItemHistory } from './ItemHistory';
import { QuickActions } from './QuickActions';
import type { RoadmapDrawerProps, SaveAttempt } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { focusTitle, type ItemPanelState, type PanelMode } from './useItemPanelState';

/** The conflict view, wired to send again, re-apply one's changes, or take the newer version. */
export function PanelConflict({ state, conflict, attempt }: { state: ItemPanelState; conflict: RoadmapConflict; attempt: SaveAttempt }) {
  const { context, busy, retryOutcome, run, takeCurrent, setMode } = state;
  return (
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
}

/** Props of {@link PanelEditor}. */
export type PanelEditorProps = Pick<RoadmapDrawerProps, 'items' | 'areas' | 'halfYears' | 'defaults' | 'onClose'> & {
  state: ItemPanelState;
  mode: Extract<PanelMode, { kind: 'edit' }>;
};

/** The form: a new item, or the item shown (from where the editing started). */
export function PanelEditor({ state, mode, items, areas, halfYears, defaults, onClose }: PanelEditorProps) {
  const { item, run, createId, setMode } = state;
  const base = mode.base ?? item;
  return (
    <ItemEditor
      initial={mode.initial ?? (base && inputOf(base))}
      defaults={defaults}
      areas={areas}
      halfYears={halfYears}
      items={items}
      selfId={base?.id}
      reapplied={mode.reapplied}
      onSubmit={(input) => run(base ? { kind: 'put', itemId: base.id, etag: base.etag, input, base: inputOf(base) } : { kind: 'create', id: createId, input })}
      onCancel={() => {
        if (!base) return onClose();
        setMode({ kind: 'view' });
        focusTitle();
      }}
    />
  );
}

/** Props of {@link PanelItemView}. */
export type PanelItemViewProps = Pick<RoadmapDrawerProps, 'items' | 'areas' | 'halfYears' | 'canEdit' | 'onOpenItem'> & {
  state: ItemPanelState;
  item: RoadmapItem;
  /** Offer the follow-up pulse (the change team's; the server checks the role on the request anyway). */
  isChangeTeam: boolean;
};

/** An item read-only: its details, the follow-up pulse, quick actions for editors, and its history. */
export function PanelItemView({ state, item, items, areas, halfYears, canEdit, onOpenItem, isChangeTeam }: PanelItemViewProps) {
  const styles = useDetailStyles();
  const { t } = useT();
  const { context, patch, setMode } = state;
  const open = (id: string) => (items.some((other) => other.id === id) ? () => onOpenItem(id) : undefined);
  return (
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
