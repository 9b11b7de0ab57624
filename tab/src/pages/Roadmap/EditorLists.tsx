import { Button, Checkbox, Combobox, Field, Input, Option, Select } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { DecisionBody, DecisionState, RoadmapItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DECISION_BODY_LABEL, DECISION_STATE_LABEL, type MessageKey } from './format';
import type { DecisionDraft, MilestoneDraft, ServiceDraft } from './itemForm';
import { useDetailStyles } from './useDetailStyles';

const BODIES = Object.keys(DECISION_BODY_LABEL) as DecisionBody[];
const STATES = Object.keys(DECISION_STATE_LABEL) as DecisionState[];
const OZG_LEVELS = [0, 1, 2, 3, 4];

/** A field's error as `Field` takes it: the message of the problem at `path`, if any. */
export type ErrorAt = (path: string) => MessageKey | undefined;

/** Field props for an error at `path` (nothing when there is none). */
function useFieldError(errorAt: ErrorAt) {
  const { t } = useT();
  return (path: string) => {
    const message = errorAt(path);
    return message ? { validationState: 'error' as const, validationMessage: t(message) } : {};
  };
}

/** Props of the list editors: the rows, a setter, new keys and the form's errors. */
interface ListEditorProps<T> {
  rows: T[];
  onChange: (rows: T[]) => void;
  newKey: () => string;
  errorAt: ErrorAt;
}

const replace = <T,>(rows: T[], index: number, row: T) => rows.map((old, i) => (i === index ? row : old));
const without = <T,>(rows: T[], index: number) => rows.filter((_, i) => i !== index);

/** A list editor's frame: the fieldset with its legend, the rows, and the button that adds one. */
function ListFieldset({ legend, testId, addLabel, onAdd, children }: { legend: string; testId: string; addLabel: string; onAdd: () => void; children: ReactNode }) {
  const styles = useDetailStyles();
  return (
    <fieldset className={styles.fieldset} data-testid={testId}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
      <div>
        <Button onClick={onAdd}>{addLabel}</Button>
      </div>
    </fieldset>
  );
}

/** Removes one row; its accessible name says which (`name`, else what kind of row). */
function RemoveButton({ name, onRemove, size }: { name: string; onRemove: () => void; size?: 'small' }) {
  const { t } = useT();
  return (
    <Button size={size} appearance="subtle" onClick={onRemove} aria-label={t('roadmap.form.removeNamed', { name })}>
      {t('roadmap.form.remove')}
    </Button>
  );
}

/** The milestones of an item: title, day, done; add and remove. */
export function MilestonesEditor({ rows, onChange, newKey, errorAt }: ListEditorProps<MilestoneDraft>) {
  const styles = useDetailStyles();
  const { t } = useT();
  const error = useFieldError(errorAt);
  return (
    <ListFieldset
      legend={t('roadmap.field.milestones')}
      testId="edit-milestones"
      addLabel={t('roadmap.form.addMilestone')}
      onAdd={() => onChange([...rows, { id: `m-${newKey()}`, title: '', date: '', done: false }])}
    >
      {rows.map((m, i) => (
        <div key={m.id} className={styles.subRow} data-testid="edit-milestone">
          <Field label={t('roadmap.form.milestoneTitle')} className={styles.grow} required {...error(`milestones.${i}.title`)}>
            <Input value={m.title} onChange={(_, d) => onChange(replace(rows, i, { ...m, title: d.value }))} />
          </Field>
          <Field label={t('roadmap.form.date')} className={styles.small} required {...error(`milestones.${i}.date`)}>
            <Input type="date" value={m.date} onChange={(_, d) => onChange(replace(rows, i, { ...m, date: d.value }))} />
          </Field>
          <Checkbox label={t('roadmap.milestone.done')} checked={m.done} onChange={(_, d) => onChange(replace(rows, i, { ...m, done: d.checked === true }))} />
          <RemoveButton name={m.title || t('roadmap.form.milestoneTitle')} onRemove={() => onChange(without(rows, i))} />
        </div>
      ))}
    </ListFieldset>
  );
}

/** The decisions an item needs: title, deciding body, due day, state and note; add and remove. */
export function DecisionsEditor({ rows, onChange, newKey, errorAt }: ListEditorProps<DecisionDraft>) {
  const styles = useDetailStyles();
  const { t } = useT();
  const error = useFieldError(errorAt);
  return (
    <ListFieldset
      legend={t('roadmap.field.decisions')}
      testId="edit-decisions"
      addLabel={t('roadmap.form.addDecision')}
      onAdd={() => onChange([...rows, { id: `d-${newKey()}`, title: '', body: 'council', due: '', state: 'open', note: '' }])}
    >
      {rows.map((d, i) => (
        <div key={d.id} className={styles.subRow} data-testid="edit-decision">
          <Field label={t('roadmap.form.decisionTitle')} className={styles.grow} required {...error(`decisions.${i}.title`)}>
            <Input value={d.title} onChange={(_, v) => onChange(replace(rows, i, { ...d, title: v.value }))} />
          </Field>
          <Field label={t('roadmap.form.body')} className={styles.small}>
            <Select value={d.body} onChange={(_, v) => onChange(replace(rows, i, { ...d, body: v.value as DecisionBody }))}>
              {BODIES.map((body) => (
                <option key={body} value={body}>
                  {t(DECISION_BODY_LABEL[body])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('roadmap.form.due')} className={styles.small} required {...error(`decisions.${i}.due`)}>
            <Input type="date" value={d.due} onChange={(_, v) => onChange(replace(rows, i, { ...d, due: v.value }))} />
          </Field>
          <Field label={t('roadmap.decision.state')} className={styles.small}>
            <Select value={d.state} onChange={(_, v) => onChange(replace(rows, i, { ...d, state: v.value as DecisionState }))}>
              {STATES.map((state) => (
                <option key={state} value={state}>
                  {t(DECISION_STATE_LABEL[state])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('roadmap.decision.note')} className={styles.grow}>
            <Input value={d.note} onChange={(_, v) => onChange(replace(rows, i, { ...d, note: v.value }))} />
          </Field>
          <RemoveButton name={d.title || t('roadmap.form.decisionTitle')} onRemove={() => onChange(without(rows, i))} />
        </div>
      ))}
    </ListFieldset>
  );
}

/** The citizen services an item affects, with their OZG maturity (0–4) before and after. */
export function ServicesEditor({ rows, onChange, newKey, errorAt }: ListEditorProps<ServiceDraft>) {
  const styles = useDetailStyles();
  const { t } = useT();
  const error = useFieldError(errorAt);
  const level = (value: number, set: (n: number) => void, label: string) => (
    <Field label={label} className={styles.small}>
      <Select value={String(value)} onChange={(_, v) => set(Number(v.value))}>
        {OZG_LEVELS.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <ListFieldset
      legend={t('roadmap.field.services')}
      testId="edit-services"
      addLabel={t('roadmap.form.addService')}
      onAdd={() => onChange([...rows, { key: newKey(), name: '', ozgBefore: 0, ozgAfter: 0 }])}
    >
      <p className={styles.hint}>{t('roadmap.form.ozgHint')}</p>
      {rows.map((s, i) => (
        <div key={s.key} className={styles.subRow}>
          <Field label={t('roadmap.form.serviceName')} className={styles.grow} required {...error(`services.${i}.name`)}>
            <Input value={s.name} onChange={(_, v) => onChange(replace(rows, i, { ...s, name: v.value }))} />
          </Field>
          {level(s.ozgBefore, (n) => onChange(replace(rows, i, { ...s, ozgBefore: n })), t('roadmap.form.ozgBefore'))}
          {level(s.ozgAfter, (n) => onChange(replace(rows, i, { ...s, ozgAfter: n })), t('roadmap.form.ozgAfter'))}
          <RemoveButton name={s.name || t('roadmap.form.serviceName')} onRemove={() => onChange(without(rows, i))} />
        </div>
      ))}
    </ListFieldset>
  );
}

/** Props of {@link DependenciesEditor}. */
export interface DependenciesEditorProps {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The items one can choose from (the item itself is left out). */
  items: RoadmapItem[];
  selfId?: string;
}

/** At most this many matches are offered at once: typing narrows them. */
const MAX_MATCHES = 30;

/**
 * The items this one depends on: search by title and pick; each chosen item can be removed again.
 * (The server refuses unknown items and circles, and says which.)
 */
export function DependenciesEditor({ value, onChange, items, selfId }: DependenciesEditorProps) {
  const styles = useDetailStyles();
  const { t } = useT();
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const needle = query.trim().toLocaleLowerCase();
  const matches = items
    .filter((item) => item.id !== selfId && !chosen.has(item.id) && (needle === '' || item.title.toLocaleLowerCase().includes(needle)))
    .slice(0, MAX_MATCHES);
  const title = (id: string) => items.find((item) => item.id === id)?.title ?? id;
  return (
    <fieldset className={styles.fieldset} data-testid="edit-dependencies">
      <legend className={styles.legend}>{t('roadmap.field.dependsOn')}</legend>
      {value.length > 0 && (
        <ul className={styles.list}>
          {value.map((id, i) => (
            <li key={id} className={styles.inline}>
              <span>{title(id)}</span>
              <RemoveButton size="small" name={title(id)} onRemove={() => onChange(without(value, i))} />
            </li>
          ))}
        </ul>
      )}
      <Field label={t('roadmap.form.addDependency')}>
        <Combobox
          value={query}
          selectedOptions={[]}
          placeholder={t('roadmap.form.searchItems')}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onChange([...value, data.optionValue]);
            setQuery('');
          }}
          data-testid="dependency-picker"
        >
          {matches.map((item) => (
            <Option key={item.id} value={item.id} text={item.title}>
              {item.title}
            </Option>
          ))}
        </Combobox>
      </Field>
    </fieldset>
  );
}
