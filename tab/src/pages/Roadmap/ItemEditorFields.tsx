import { Checkbox, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { FundingSource, HalfYear } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { FUNDING_LABEL, halfYearLabel } from './format';
import type { ItemDraft } from './itemForm';
import { useDetailStyles } from './useDetailStyles';

const FUNDING = Object.keys(FUNDING_LABEL) as FundingSource[];

/** What a group of the item form gets from the form: the draft, its setter, and a field's error props. */
export interface DraftFieldsProps {
  draft: ItemDraft;
  set: <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => void;
  /** `Field` props for the problem at a path (nothing when there is none). */
  error: (path: string) => { validationState?: 'error'; validationMessage?: string };
}

/** When an item runs: one half-year, or a first and a last day. */
export function PeriodFields({ draft, set, error, halfYears }: DraftFieldsProps & { halfYears: readonly HalfYear[] }) {
  const styles = useDetailStyles();
  const { t } = useT();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('roadmap.column.period')}</legend>
      <RadioGroup layout="horizontal" value={draft.when} onChange={(_, d) => set('when', d.value === 'dates' ? 'dates' : 'halfYear')} aria-label={t('roadmap.column.period')}>
        <Radio value="halfYear" label={t('roadmap.form.oneHalfYear')} />
        <Radio value="dates" label={t('roadmap.form.dates')} />
      </RadioGroup>
      {draft.when === 'halfYear' ? (
        <Field label={t('roadmap.field.halfYear')} required {...error('halfYear')}>
          <Select value={draft.halfYear} onChange={(_, d) => set('halfYear', d.value)} data-testid="edit-half-year">
            {halfYears.map((halfYear) => (
              <option key={halfYear} value={halfYear}>
                {halfYearLabel(halfYear, t)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div className={styles.inline}>
          <Field label={t('roadmap.field.start')} className={styles.grow} required {...error('start')}>
            <Input type="date" value={draft.start} onChange={(_, d) => set('start', d.value)} data-testid="edit-start" />
          </Field>
          <Field label={t('roadmap.field.end')} className={styles.grow} required {...error('end')}>
            <Input type="date" value={draft.end} onChange={(_, d) => set('end', d.value)} data-testid="edit-end" />
          </Field>
        </div>
      )}
    </fieldset>
  );
}

/** What an item costs once and yearly, and who pays; only when it has an investment. */
export function InvestmentFields({ draft, set, error }: DraftFieldsProps) {
  const styles = useDetailStyles();
  const { t } = useT();
  return (
    <fieldset className={styles.fieldset} data-testid="edit-investment">
      <legend className={styles.legend}>{t('roadmap.field.investment')}</legend>
      <Checkbox label={t('roadmap.form.hasInvestment')} checked={draft.hasInvestment} onChange={(_, d) => set('hasInvestment', d.checked === true)} data-testid="edit-has-investment" />
      {draft.hasInvestment && (
        <>
          <div className={styles.inline}>
            <Field label={t('roadmap.investment.oneOff')} className={styles.grow} required {...error('oneOff')}>
              <Input inputMode="numeric" contentAfter="€" value={draft.oneOff} onChange={(_, d) => set('oneOff', d.value)} data-testid="edit-one-off" />
            </Field>
            <Field label={t('roadmap.investment.yearly')} className={styles.grow} {...error('yearly')}>
              <Input inputMode="numeric" contentAfter="€" value={draft.yearly} onChange={(_, d) => set('yearly', d.value)} data-testid="edit-yearly" />
            </Field>
          </div>
          <Field label={t('roadmap.investment.funding')}>
            <Select value={draft.funding} onChange={(_, d) => set('funding', d.value as FundingSource)}>
              {FUNDING.map((funding) => (
                <option key={funding} value={funding}>
                  {t(FUNDING_LABEL[funding])}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('roadmap.form.fundingNote')}>
            <Input value={draft.fundingNote} onChange={(_, d) => set('fundingNote', d.value)} />
          </Field>
        </>
      )}
    </fieldset>
  );
}
