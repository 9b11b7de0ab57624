import { Field, Select } from '@fluentui/react-components';
import type { CheckCycleSummary } from '../../api/digicheck';
import type { Locale } from '../../environment';
import { useT, type Translate } from '../../i18n/i18n';
import { isClosed } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatDate } from '../../format';

/** Props of {@link CyclePicker}. */
export interface CyclePickerProps {
  /** Newest first, as the API lists them. */
  cycles: CheckCycleSummary[];
  /** A closed cycle. */
  selected: CheckCycleSummary;
  onSelect: (cycleId: string) => void;
}

/** A cycle in words: "closed on 29.01.2027 · 84 checks" or "runs until …, results after closing". */
export function cycleText(cycle: CheckCycleSummary, t: Translate, locale: Locale): string {
  if (isClosed(cycle)) {
    return t('digicheck.cycleClosed', { date: formatDate(cycle.closesAt, locale), count: cycle.respondents ?? 0 });
  }
  if (cycle.state === 'scheduled') return t('digicheck.cycleScheduled', { date: formatDate(cycle.opensAt, locale), closes: formatDate(cycle.closesAt, locale) });
  if (cycle.state === 'closing') return t('digicheck.cycleClosing');
  return t('digicheck.cycleOpen', { date: formatDate(cycle.closesAt, locale) });
}

/**
 * Chooses the cycle whose results are shown. A cycle that has not closed is listed (so nobody
 * wonders where it is) but cannot be chosen: its results appear once it is closed.
 */
export function CyclePicker({ cycles, selected, onSelect }: CyclePickerProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  return (
    <Field label={t('digicheck.pickCycle')} className={styles.picker}>
      <Select className={styles.select} select={{ className: styles.selectControl }} value={selected.id} onChange={(_, data) => onSelect(data.value)} data-testid="cycle-picker">
        {cycles.map((cycle) => (
          <option key={cycle.id} value={cycle.id} disabled={!isClosed(cycle)} data-state={cycle.state}>
            {cycleText(cycle, t, locale)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
