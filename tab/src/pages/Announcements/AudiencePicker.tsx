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
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? id;
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.[locale] ?? id;

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
      <Field label={t('announcements.audience.teams')} hint={options && teams.length === 0 ? t('announcements.audience.noTeams') : undefined}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t('announcements.audience.pickTeams')}
          value={value.teams.map(teamName).join(', ')}
          selectedOptions={value.teams}
          disabled={teams.length === 0}
          onOptionSelect={(_, d) => onChange({ ...value, teams: d.selectedOptions })}
          data-testid="audience-teams"
        >
          {teams.map((team) => (
            <Option key={team.id} value={team.id}>
              {team.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('announcements.audience.departments')}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t('announcements.audience.pickDepartments')}
          value={value.departments.map(departmentName).join(', ')}
          selectedOptions={value.departments}
          disabled={departments.length === 0}
          onOptionSelect={(_, d) => onChange({ ...value, departments: d.selectedOptions })}
          data-testid="audience-departments"
        >
          {departments.map((department) => (
            <Option key={department.id} value={department.id}>
              {department[locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>
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
