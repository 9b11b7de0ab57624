import { Checkbox, Dropdown, Field, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import type { AudienceOptions } from '../../api/types';
import { useT } from '../../i18n/i18n';
import type { AnnouncementDraft } from './announcementForm';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import type { RecipientCount } from './useRecipientCount';
import { formatCount } from '../../format';

type AudienceFields = Pick<AnnouncementDraft, 'allEmployees' | 'teams' | 'departments'>;

/** Props of {@link AudiencePicker}. */
export interface AudiencePickerProps {
  value: AudienceFields;
  onChange: (next: AudienceFields) => void;
  /** What can be chosen; `undefined` while loading or when it failed (`failed`). */
  options: AudienceOptions | undefined;
  failed: boolean;
  count: RecipientCount;
  /** The form's or the server's problem with the audience. */
  error?: string;
}

/**
 * Who receives the announcement: all employees with the app installed personally, chosen teams'
 * channels, chosen departments (any combination; each person once). The recipient count is asked
 * for again after every change and announced politely.
 */
export function AudiencePicker({ value, onChange, options, failed, count, error }: AudiencePickerProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const n = (v: number) => formatCount(v, locale);
  const teams = options?.teams ?? [];
  const departments = options?.departments ?? [];

  return (
    <fieldset className={styles.fieldset} data-testid="audience">
      <legend className={styles.legend}>{t('announcements.audience.title')}</legend>
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('announcements.audience.optionsFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <Checkbox
        label={t('announcements.audience.all', { count: n(options?.employees ?? 0) })}
        checked={value.allEmployees}
        onChange={(_, d) => onChange({ ...value, allEmployees: d.checked === true })}
        data-testid="audience-all"
      />
      <MultiPick
        label={t('announcements.audience.teams')}
        hint={options && teams.length === 0 ? t('announcements.audience.noTeams') : undefined}
        placeholder={t('announcements.audience.pickTeams')}
        choices={teams.map((team) => ({ id: team.id, name: team.name }))}
        selected={value.teams}
        onChange={(picked) => onChange({ ...value, teams: picked })}
        testId="audience-teams"
      />
      <MultiPick
        label={t('announcements.audience.departments')}
        placeholder={t('announcements.audience.pickDepartments')}
        choices={departments.map((department) => ({ id: department.id, name: department[locale] }))}
        selected={value.departments}
        onChange={(picked) => onChange({ ...value, departments: picked })}
        testId="audience-departments"
      />
      <p className={styles.recipients} role="status" data-testid="recipient-count" data-state={count.state} data-count={count.state === 'ok' ? count.count.recipients : undefined}>
        {count.state === 'ok'
          ? t('announcements.audience.count', { recipients: n(count.count.recipients), personal: n(count.count.personal), channels: n(count.count.channels) })
          : t(count.state === 'loading' ? 'announcements.audience.counting' : 'announcements.audience.countFailed')}
      </p>
      {error && (
        <p className={styles.error} tabIndex={-1} data-testid="audience-error" data-path="audience">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Props of {@link MultiPick}. */
interface MultiPickProps {
  label: string;
  hint?: string;
  placeholder: string;
  /** What can be chosen, with names in the reader's language. */
  choices: Array<{ id: string; name: string }>;
  selected: string[];
  onChange: (selected: string[]) => void;
  testId: string;
}

/** A dropdown of several choices (teams, departments) that shows the chosen names; disabled while there is nothing to choose. */
function MultiPick({ label, hint, placeholder, choices, selected, onChange, testId }: MultiPickProps) {
  const styles = useAnnouncementStyles();
  const name = (id: string) => choices.find((choice) => choice.id === id)?.name ?? id;
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        multiselect
        className={styles.dropdown}
        placeholder={placeholder}
        value={selected.map(name).join(', ')}
        selectedOptions={selected}
        disabled={choices.length === 0}
        onOptionSelect={(_, d) => onChange(d.selectedOptions)}
        data-testid={testId}
      >
        {choices.map((choice) => (
          <Option key={choice.id} value={choice.id}>
            {choice.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
