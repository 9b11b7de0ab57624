import { Field, Select } from '@fluentui/react-components';
import type { CheckResults } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { WHOLE } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';

/** Props of {@link GroupPicker}. */
export interface GroupPickerProps {
  results: CheckResults;
  /** A shown department's id, or `all`. */
  selected: string;
  onSelect: (group: string) => void;
  names: CheckNames;
}

/**
 * Chooses the group the radar, the table and the distributions show: a department, or the whole
 * administration. Departments the server hides (fewer than the threshold, or hidden so a small
 * one cannot be worked out from the total) are listed but cannot be chosen, and are named again
 * below the picker, so the reason is visible without opening it.
 */
export function GroupPicker({ results, selected, onSelect, names }: GroupPickerProps) {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  const hidden = results.departments.filter((d) => d.result === null);
  const tooFew = t('digicheck.tooFew', { min: results.minRespondents });
  return (
    <div className={styles.pickerBlock}>
      <Field label={t('digicheck.pickGroup')} hint={t('digicheck.pickGroupHint')} className={styles.picker}>
        <Select className={styles.select} select={{ className: styles.selectControl }} value={selected} onChange={(_, data) => onSelect(data.value)} data-testid="group-picker">
          <option value={WHOLE}>{names.groupName(WHOLE)}</option>
          {results.departments.map(({ department, result }) => (
            <option key={department} value={department} disabled={result === null} data-hidden={result === null ? 'true' : undefined}>
              {result === null ? `${names.groupName(department)} — ${tooFew}` : names.groupName(department)}
            </option>
          ))}
        </Select>
      </Field>
      {hidden.length > 0 && (
        <div className={styles.hiddenGroups} data-testid="hidden-departments">
          <p className={styles.hint}>{t('digicheck.hiddenTitle', { min: results.minRespondents })}</p>
          <ul className={styles.inlineList}>
            {hidden.map(({ department }) => (
              <li key={department} className={styles.hiddenGroup} data-department={department}>
                {names.groupName(department)}
                <span className={styles.visuallyHidden}> — {tooFew}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
