import { Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { HalfYear, RoadmapArea, RoadmapItem, RoadmapItemInput, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DecisionsEditor, DependenciesEditor, MilestonesEditor, ServicesEditor } from './EditorLists';
import { STATUSES } from './filters';
import { FIELD_LABEL, STATUS_LABEL } from './format';
import { InvestmentFields, PeriodFields } from './ItemEditorFields';
import { draftFromInput, inputFromDraft, type DraftProblem, type ItemDraft } from './itemForm';
import { OutcomeMessage } from './OutcomeMessage';
import type { SaveOutcome } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';

/** Short random keys for new milestones, decisions and service rows (ids are `[a-z0-9-]`). */
const newKey = () => crypto.randomUUID().slice(0, 8);

/** Props of {@link ItemEditor}. */
export interface ItemEditorProps {
  /** The item's fields to start from; `undefined` for a new item. */
  initial?: RoadmapItemInput;
  defaults: { area: string; halfYear: HalfYear };
  areas: RoadmapArea[];
  halfYears: readonly HalfYear[];
  /** The items one may depend on. */
  items: RoadmapItem[];
  selfId?: string;
  /** After a conflict: which of the editor's own changes were put onto the newer version. */
  reapplied?: { fields: Array<keyof RoadmapItemInput>; both: Array<keyof RoadmapItemInput> };
  onSubmit: (input: RoadmapItemInput) => Promise<SaveOutcome>;
  onCancel: () => void;
}

/**
 * The full form of an item, for creating and editing. It checks what a person can fix at a glance
 * (required fields, days, euros) and marks those fields; the server checks everything again and
 * its reasons are shown as they come. Saving twice is harmless (the id of a new item is chosen
 * once per form, and an unchanged save is no change).
 */
export function ItemEditor({ initial, defaults, areas, halfYears, items, selfId, reapplied, onSubmit, onCancel }: ItemEditorProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const [draft, setDraft] = useState<ItemDraft>(() => draftFromInput(initial, defaults, newKey));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const form = useRef<HTMLFormElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  // The form replaces what had focus (the Edit button, a conflict's buttons): start at the title.
  // Deferred: when the drawer opens with the form, the drawer first focuses its own first control.
  useEffect(() => {
    const timer = window.setTimeout(() => titleInput.current?.focus());
    return () => window.clearTimeout(timer);
  }, []);

  const set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const errorAt = (path: string) => problems.find((problem) => problem.path === path)?.message;
  const error = (path: string) => {
    const message = errorAt(path);
    return message ? { validationState: 'error' as const, validationMessage: t(message) } : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = inputFromDraft(draft);
    setProblems(checked.problems);
    setOutcome(undefined);
    if (!checked.input) {
      // Focus the first marked field once React has marked it.
      window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    const result = await onSubmit(checked.input);
    // Saved or conflict: the panel shows the item or the conflict instead of this form.
    setOutcome(result);
    setBusy(false);
  };

  return (
    <form ref={form} className={styles.form} onSubmit={submit} noValidate data-testid="item-editor">
      {reapplied && (
        <MessageBar intent="info" layout="multiline" data-testid="reapplied-note">
          <MessageBarBody>
            {t('roadmap.conflict.reappliedNote', { fields: reapplied.fields.map((f) => t(FIELD_LABEL[f])).join(', ') || t('roadmap.conflict.nothing') })}
            {reapplied.both.length > 0 && ` ${t('roadmap.conflict.bothNote', { fields: reapplied.both.map((f) => t(FIELD_LABEL[f])).join(', ') })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('roadmap.field.title')} required {...error('title')}>
        <Input ref={titleInput} value={draft.title} onChange={(_, d) => set('title', d.value)} data-testid="edit-title" />
      </Field>
      <Field label={t('roadmap.field.description')}>
        <Textarea value={draft.description} onChange={(_, d) => set('description', d.value)} resize="vertical" rows={3} data-testid="edit-description" />
      </Field>
      <Field label={t('roadmap.field.area')} required {...error('area')}>
        <Select value={draft.area} onChange={(_, d) => set('area', d.value)} data-testid="edit-area">
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area[locale]}
            </option>
          ))}
        </Select>
      </Field>
      <PeriodFields draft={draft} set={set} error={error} halfYears={halfYears} />
      <Field label={t('roadmap.field.status')}>
        <Select value={draft.status} onChange={(_, d) => set('status', d.value as RoadmapStatus)} data-testid="edit-status">
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABEL[status])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('roadmap.field.owner')} hint={t('roadmap.form.ownerHint')}>
        <Input value={draft.owner} onChange={(_, d) => set('owner', d.value)} data-testid="edit-owner" />
      </Field>
      <MilestonesEditor rows={draft.milestones} onChange={(rows) => set('milestones', rows)} newKey={newKey} errorAt={errorAt} />
      <DecisionsEditor rows={draft.decisions} onChange={(rows) => set('decisions', rows)} newKey={newKey} errorAt={errorAt} />
      <InvestmentFields draft={draft} set={set} error={error} />
      <ServicesEditor rows={draft.services} onChange={(rows) => set('services', rows)} newKey={newKey} errorAt={errorAt} />
      <DependenciesEditor value={draft.dependsOn} onChange={(ids) => set('dependsOn', ids)} items={items} selfId={selfId} />
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="form-problems">
          <MessageBarBody>{t('roadmap.form.check', { count: problems.length })}</MessageBarBody>
        </MessageBar>
      )}
      <OutcomeMessage outcome={outcome} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy} data-testid="edit-save">
          {t(busy ? 'roadmap.save.saving' : initial ? 'roadmap.save.changes' : 'roadmap.save.create')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('roadmap.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
