import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { apiErrorLines, createSurvey, type SurveyDefinition } from '../../api/pulse';
import { useT } from '../../i18n/i18n';
import { jsonErrorPosition, surveyTemplate, type JsonPosition } from './forms';
import { ProblemList } from './ProblemList';
import type { Surveys } from './useSurveys';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** Props of {@link SurveyImport}. */
export interface SurveyImportProps {
  surveys: Surveys;
}

type Outcome =
  | { kind: 'created'; survey: SurveyDefinition }
  | { kind: 'empty' }
  /** `at`: where parsing stopped, when the browser says so (its own English text is never shown). */
  | { kind: 'invalid-json'; at?: JsonPosition }
  | { kind: 'rejected'; lines: string[] }
  | { kind: 'exists'; id: string }
  | { kind: 'failed' };

/** The `id` of a parsed definition, if it has one, for messages. */
const idOf = (value: unknown) => (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : '');

/**
 * Imports a survey definition as JSON (pasted, from a file, or starting from the standard pulse).
 * The server validates it and lists every problem; the tab only checks that it is JSON at all.
 */
export function SurveyImport({ surveys }: SurveyImportProps) {
  const styles = useChangeTeamStyles();
  const { t, locale } = useT();
  const [json, setJson] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const file = useRef<HTMLInputElement>(null);
  const template = surveyTemplate(surveys.list);

  const applyTemplate = () => {
    if (!template) return;
    setJson(template);
    setOutcome(undefined);
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again after editing it
    if (!chosen) return;
    try {
      setJson(await chosen.text());
      setOutcome(undefined);
    } catch {
      setOutcome({ kind: 'failed' });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (json.trim() === '') {
      setOutcome({ kind: 'empty' });
      return;
    }
    let definition: unknown;
    try {
      definition = JSON.parse(json);
    } catch (error) {
      const at = jsonErrorPosition(json, error);
      setOutcome({ kind: 'invalid-json', ...(at && { at }) });
      return;
    }
    setSending(true);
    setOutcome(undefined);
    try {
      const survey = await createSurvey(definition);
      surveys.add(survey);
      setOutcome({ kind: 'created', survey });
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if (status === 409) setOutcome({ kind: 'exists', id: idOf(definition) });
      else if (status === 400) setOutcome({ kind: 'rejected', lines: apiErrorLines(error, t) });
      else setOutcome({ kind: 'failed' });
    } finally {
      setSending(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="import-title" data-testid="import-form">
      <div className={styles.actions}>
        <Button onClick={applyTemplate} disabled={!template}>
          {t('import.template')}
        </Button>
        <Button onClick={() => file.current?.click()}>{t('import.file')}</Button>
        <input ref={file} type="file" accept=".json,application/json" className={styles.hiddenInput} onChange={readFile} tabIndex={-1} aria-hidden="true" />
      </div>
      <p className={styles.hint}>{t('import.templateHint')}</p>
      <Field label={t('import.json')} hint={t('import.jsonHint')} required>
        <Textarea
          value={json}
          onChange={(_, data) => setJson(data.value)}
          resize="vertical"
          rows={12}
          textarea={{ className: styles.json, spellCheck: false }}
          data-testid="import-json"
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending}>
          {t(sending ? 'import.sending' : 'import.submit')}
        </Button>
      </div>
      {outcome?.kind === 'created' && (
        <MessageBar intent="success" layout="multiline" data-testid="import-created">
          <MessageBarBody>{t('import.created', { title: outcome.survey.title[locale], id: outcome.survey.id })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'empty' && (
        <MessageBar intent="error" layout="multiline" data-testid="import-empty">
          <MessageBarBody>{t('import.empty')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'invalid-json' && (
        <MessageBar intent="error" layout="multiline" data-testid="import-invalid-json">
          <MessageBarBody>{outcome.at ? t('import.invalidJsonAt', { line: outcome.at.line, column: outcome.at.column }) : t('import.invalidJson')}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'rejected' && <ProblemList title={t('import.rejected')} lines={outcome.lines} data-testid="import-rejected" />}
      {outcome?.kind === 'exists' && (
        <MessageBar intent="error" layout="multiline" data-testid="import-exists">
          <MessageBarBody>{t('import.exists', { id: outcome.id })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="import-failed">
          <MessageBarBody>{t('import.failed')}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
