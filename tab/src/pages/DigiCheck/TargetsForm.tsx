import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { targetsConflict, updateTargets, type CheckCycleSummary } from '../../api/digicheck';
import { apiErrorLines } from '../../api/pulse';
import { useT } from '../../i18n/i18n';
import { ProblemList } from '../ChangeTeam/ProblemList';
import type { CheckNames, CycleChanged } from './DigiCheck.types';
import { draftFromTargets, targetsFromDraft, type TargetDraft } from './format';
import { TargetFields } from './TargetFields';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatLevel } from '../../format';

/** Props of {@link TargetsForm}. */
export interface TargetsFormProps {
  cycle: CheckCycleSummary;
  names: CheckNames;
  onChanged: CycleChanged;
  /** Distinguishes the form's test ids when the page shows two (running and shown cycle). */
  testId: string;
}

type Outcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; current: CheckCycleSummary }
  | { kind: 'rejected'; lines: string[] }
  | { kind: 'failed'; status: number };

/**
 * Changes a cycle's targets with the ETag they were read with. When someone else changed them
 * meanwhile (409), it shows their values next to one's own and lets the person save theirs over
 * them or take the current ones — never a silent overwrite.
 */
export function TargetsForm({ cycle, names, onChanged, testId }: TargetsFormProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const [draft, setDraft] = useState<TargetDraft>(() => draftFromTargets(cycle.targets, locale));
  const [etag, setEtag] = useState(cycle.etag);
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const save = async (withEtag: string) => {
    setChecked(true);
    const targets = targetsFromDraft(draft);
    if (!targets || sending) return;
    setSending(true);
    setOutcome(undefined);
    try {
      const saved = await updateTargets(cycle.id, withEtag, targets);
      setEtag(saved.etag);
      setDraft(draftFromTargets(saved.targets, locale));
      setOutcome({ kind: 'saved' });
      onChanged(saved);
    } catch (error) {
      const current = targetsConflict(error);
      if (current) setOutcome({ kind: 'conflict', current });
      else if (error instanceof ApiError && error.status === 400) setOutcome({ kind: 'rejected', lines: apiErrorLines(error, t, names.fieldNames) });
      else setOutcome({ kind: 'failed', status: error instanceof ApiError ? error.status : 0 });
    } finally {
      setSending(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(etag);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid={testId}>
      <TargetFields draft={draft} onChange={setDraft} names={names} checked={checked} testPrefix={`${testId}-target`} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending} data-testid={`${testId}-save`}>
          {t(sending ? 'digicheck.admin.saving' : 'digicheck.admin.saveTargets')}
        </Button>
      </div>
      {outcome?.kind === 'saved' && (
        <MessageBar intent="success" layout="multiline" data-testid={`${testId}-saved`}>
          <MessageBarBody>{t('digicheck.admin.targetsSaved')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid={`${testId}-conflict`}>
          <MessageBarBody>
            <MessageBarTitle>{t('digicheck.admin.conflictTitle')}</MessageBarTitle> {t('digicheck.admin.conflict')}
            <ul className={styles.plainList}>
              {names.questionnaire.dimensions.map((d) => (
                <li key={d.id} data-dimension={d.id}>
                  {t('digicheck.admin.conflictValue', {
                    dimension: names.dimensionTitle(d.id),
                    current: formatLevel(outcome.current.targets[d.id], locale),
                    yours: draft[d.id] || '–',
                  })}
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={sending} onClick={() => void save(outcome.current.etag)} data-testid={`${testId}-keep-mine`}>
                {t('digicheck.admin.keepMine')}
              </Button>
              <Button
                onClick={() => {
                  setDraft(draftFromTargets(outcome.current.targets, locale));
                  setEtag(outcome.current.etag);
                  setOutcome(undefined);
                  onChanged(outcome.current);
                }}
                data-testid={`${testId}-take-current`}
              >
                {t('digicheck.admin.takeCurrent')}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'rejected' && <ProblemList title={t('digicheck.admin.rejected')} lines={outcome.lines} data-testid={`${testId}-rejected`} />}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid={`${testId}-failed`}>
          <MessageBarBody>{t(outcome.status === 0 ? 'digicheck.admin.offline' : outcome.status === 403 ? 'digicheck.admin.forbidden' : 'digicheck.admin.failed')}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
