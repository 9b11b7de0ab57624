import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { RoundSummary } from '../../api/types';
import { useT, type Translate } from '../../i18n/i18n';
import type { Locale } from '../../environment';
import { useResultsStyles } from './useResultsStyles';
import { formatDate, formatDateTime } from '../../format';

/** Props of {@link RoundPicker}. */
export interface RoundPickerProps {
  /** Newest first, as the API lists them. */
  rounds: RoundSummary[];
  selected: RoundSummary;
  onSelect: (roundId: string) => void;
}

/** Where a round stands, in words: "closed on …", "open until …", "starts on …". */
export function roundStateText(round: RoundSummary, t: Translate, locale: Locale): string {
  switch (round.state) {
    case 'closed':
      return t(round.final ? 'results.stateClosed' : 'results.stateFinalising', { date: formatDate(round.closesAt, locale) });
    case 'open':
      return t('results.stateOpen', { date: formatDateTime(round.closesAt, locale) });
    case 'scheduled':
      return t('results.stateScheduled', { date: formatDateTime(round.opensAt, locale) });
  }
}

/** Chooses the round whose results are shown. */
export function RoundPicker({ rounds, selected, onSelect }: RoundPickerProps) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const text = (round: RoundSummary) => `${round.title[locale]} — ${roundStateText(round, t, locale)}`;
  return (
    <Field label={t('results.pickRound')} className={styles.picker}>
      <Dropdown
        className={styles.dropdown}
        value={text(selected)}
        selectedOptions={[selected.id]}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onSelect(data.optionValue);
        }}
        data-testid="round-picker"
      >
        {rounds.map((round) => (
          <Option key={round.id} value={round.id} text={text(round)}>
            <span className={styles.option}>
              <span>{round.title[locale]}</span>
              <span className={styles.optionState}>{roundStateText(round, t, locale)}</span>
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
