import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { apiErrorLines, scheduleRounds, type RoundRequest } from '../../api/pulse';
import type { RoundSummary } from '../../api/types';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { localDateTimeToIso, localTimeZone } from './forms';
import type { Surveys } from './useSurveys';
import { ProblemList } from './ProblemList';
import { useChangeTeamStyles } from './useChangeTeamStyles';
import { formatDateTime } from '../../format';

/** Props of {@link ScheduleRound}. */
export interface ScheduleRoundProps {
  surveys: Surveys;
}

type Outcome = { kind: 'created'; rounds: RoundSummary[] } | { kind: 'rejected'; lines: string[] } | { kind: 'failed' };

/**
 * Schedules a pulse round (or a series) for everyone. The times are entered in local time and
 * sent with their offset; the server checks them and says what is wrong.
 */
export function ScheduleRound({ surveys }: ScheduleRoundProps) {
  const styles = useChangeTeamStyles();
  const { t, locale } = useT();
  const [chosen, setChosen] = useState<string>();
  const [opens, setOpens] = useState('');
  const [closes, setCloses] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [everyDays, setEveryDays] = useState('28');
  const [count, setCount] = useState('6');
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const surveyId = chosen ?? surveys.list[0]?.id ?? '';
  const missing = (value: string) => (checked && value.trim() === '' ? t('schedule.required') : undefined);
  const state = (value: string) => (missing(value) ? 'error' : 'none');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!surveyId || !opens || !closes || (repeat && (!everyDays || !count))) return;
    const request: RoundRequest = {
      surveyId,
      // An unreadable value goes as typed: the server names the field and the expected format.
      opensAt: localDateTimeToIso(opens) ?? opens,
      closesAt: localDateTimeToIso(closes) ?? closes,
      departments: [],
      ...(repeat ? { repeat: { everyDays: Number(everyDays), count: Number(count) } } : {}),
    };
    setSending(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: 'created', rounds: await scheduleRounds(request) });
    } catch (error) {
      const lines = error instanceof ApiError && error.status === 400 ? apiErrorLines(error, t) : [];
      setOutcome(lines.length ? { kind: 'rejected', lines } : { kind: 'failed' });
    } finally {
      setSending(false);
    }
  };

  if (surveys.request.state === 'error') {
    return (
      <RequestProblem error={surveys.request.error} failedText={t('schedule.surveysFailed')} forbiddenText={t('changeTeam.forbidden')} retry={surveys.request.retry} />
    );
  }
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="schedule-title" data-testid="schedule-form">
      <Field label={t('schedule.survey')} required validationState={state(surveyId)} validationMessage={missing(surveyId)}>
        <Select className={styles.select} select={{ className: styles.selectControl }} value={surveyId} onChange={(_, data) => setChosen(data.value)} disabled={surveys.request.state === 'loading'} data-testid="schedule-survey">
          {surveys.list.map((survey) => (
            <option key={survey.id} value={survey.id}>
              {`${survey.title[locale]} (${survey.id})`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field className={styles.rowField} label={t('schedule.opensAt')} required hint={t('schedule.timeHint', { zone: localTimeZone() })} validationState={state(opens)} validationMessage={missing(opens)}>
          <Input type="datetime-local" value={opens} onChange={(_, data) => setOpens(data.value)} data-testid="schedule-opens" />
        </Field>
        <Field className={styles.rowField} label={t('schedule.closesAt')} required hint={t('schedule.timeHint', { zone: localTimeZone() })} validationState={state(closes)} validationMessage={missing(closes)}>
          <Input type="datetime-local" value={closes} onChange={(_, data) => setCloses(data.value)} data-testid="schedule-closes" />
        </Field>
      </div>
      <p className={styles.text}>{t('schedule.everyone')}</p>
      <Checkbox checked={repeat} onChange={(_, data) => setRepeat(data.checked === true)} label={t('schedule.repeat')} data-testid="schedule-repeat" />
      {repeat && (
        <div className={styles.row}>
          <Field className={styles.smallField} label={t('schedule.everyDays')} required validationState={state(everyDays)} validationMessage={missing(everyDays)}>
            <Input type="number" min={1} max={365} value={everyDays} onChange={(_, data) => setEveryDays(data.value)} />
          </Field>
          <Field className={styles.smallField} label={t('schedule.count')} required validationState={state(count)} validationMessage={missing(count)}>
            <Input type="number" min={2} max={26} value={count} onChange={(_, data) => setCount(data.value)} />
          </Field>
          <p className={styles.hint}>{t('schedule.repeatHint')}</p>
        </div>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending || surveys.list.length === 0}>
          {t(sending ? 'schedule.sending' : 'schedule.submit')}
        </Button>
      </div>
      {outcome?.kind === 'created' && (
        <MessageBar intent="success" layout="multiline" data-testid="schedule-created">
          <MessageBarBody>
            <MessageBarTitle>{t('schedule.created', { count: outcome.rounds.length })}</MessageBarTitle>
            <ul className={styles.plainList}>
              {outcome.rounds.map((round) => (
                <li key={round.id}>
                  {t('schedule.createdRound', { opens: formatDateTime(round.opensAt, locale), closes: formatDateTime(round.closesAt, locale) })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'rejected' && <ProblemList title={t('schedule.rejected')} lines={outcome.lines} data-testid="schedule-rejected" />}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="schedule-failed">
          <MessageBarBody>{t('schedule.failed')}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
