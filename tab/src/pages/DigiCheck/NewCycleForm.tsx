import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { createCycle, DIMENSION_IDS, type CheckTargets } from '../../api/digicheck';
import { apiErrorCode, apiErrorLines } from '../../api/pulse';
import { useT } from '../../i18n/i18n';
import { ProblemList } from '../ChangeTeam/ProblemList';
import type { CheckNames, CycleChanged } from './DigiCheck.types';
import { closingDayProblem, draftFromTargets, endOfDayIso, localDay, targetsFromDraft, type TargetDraft } from './format';
import { TargetFields } from './TargetFields';
import { useDigiCheckStyles } from './useDigiCheckStyles';

/** Props of {@link NewCycleForm}. */
export interface NewCycleFormProps {
  /** The targets the form starts with (the latest cycle's); 2.5 each without one. */
  targets?: CheckTargets;
  names: CheckNames;
  onChanged: CycleChanged;
  /** Another cycle was opened meanwhile (409 `overlap`): the section says so above the running cycle. */
  onOverlap: () => void;
}

type Outcome = { kind: 'rejected'; lines: string[] } | { kind: 'failed'; status: number };

const DEFAULT_TARGETS = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 2.5])) as CheckTargets;

/**
 * Opens a new cycle now, until the end of a chosen day, with a target per dimension. Everyone can
 * then type `check` in the chat with the bot; results appear once the cycle is closed.
 */
export function NewCycleForm({ targets, names, onChanged, onOverlap }: NewCycleFormProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const [day, setDay] = useState('');
  const [draft, setDraft] = useState<TargetDraft>(() => draftFromTargets(targets ?? DEFAULT_TARGETS, locale));
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const dayProblem = checked ? closingDayProblem(day) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const wanted = targetsFromDraft(draft);
    if (closingDayProblem(day) || !wanted || sending) return;
    setSending(true);
    setOutcome(undefined);
    try {
      const created = await createCycle({ closesAt: endOfDayIso(day), targets: wanted });
      onChanged(created);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if (status === 409 && apiErrorCode(error) === 'overlap') {
        onOverlap();
        onChanged();
      } else if (status === 400) setOutcome({ kind: 'rejected', lines: apiErrorLines(error, t, names.fieldNames) });
      else setOutcome({ kind: 'failed', status });
    } finally {
      setSending(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="digicheck-new-cycle" data-testid="new-cycle">
      <h4 id="digicheck-new-cycle" className={styles.subTitle}>
        {t('digicheck.admin.newTitle')}
      </h4>
      <p className={styles.hint}>{t('digicheck.admin.newHint')}</p>
      <Field
        label={t('digicheck.admin.closesOn')}
        required
        hint={t('digicheck.admin.closesOnHint')}
        validationState={dayProblem ? 'error' : 'none'}
        validationMessage={dayProblem ? t(`digicheck.admin.day.${dayProblem}`) : undefined}
        className={styles.dayField}
      >
        <Input type="date" min={localDay()} value={day} onChange={(_, data) => setDay(data.value)} data-testid="new-cycle-closes" />
      </Field>
      <p className={styles.text}>{t('digicheck.admin.targetsHint')}</p>
      <TargetFields draft={draft} onChange={setDraft} names={names} checked={checked} testPrefix="new-cycle-target" />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending} data-testid="new-cycle-submit">
          {t(sending ? 'digicheck.admin.opening' : 'digicheck.admin.open')}
        </Button>
      </div>
      {outcome?.kind === 'rejected' && <ProblemList title={t('digicheck.admin.rejected')} lines={outcome.lines} data-testid="new-cycle-rejected" />}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="new-cycle-failed">
          <MessageBarBody>{t(outcome.status === 0 ? 'digicheck.admin.offline' : outcome.status === 403 ? 'digicheck.admin.forbidden' : 'digicheck.admin.failed')}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
