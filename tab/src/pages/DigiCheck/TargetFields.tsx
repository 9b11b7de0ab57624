import { Field, Input } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { parseTarget, type TargetDraft } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';

/** Props of {@link TargetFields}. */
export interface TargetFieldsProps {
  draft: TargetDraft;
  onChange: (draft: TargetDraft) => void;
  names: CheckNames;
  /** Show the problems (after a first attempt to save). */
  checked: boolean;
  /** A prefix for the inputs' test ids (`new-target-strategy`). */
  testPrefix: string;
}

/**
 * One field per dimension for its target level (0–4 in steps of 0.5; a comma works as well as a
 * point). A wrong value is named under its field, in the reader's language.
 */
export function TargetFields({ draft, onChange, names, checked, testPrefix }: TargetFieldsProps) {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  return (
    <div className={styles.targets}>
      {names.questionnaire.dimensions.map((dimension) => {
        const wrong = checked && parseTarget(draft[dimension.id]) === undefined;
        return (
          <Field
            key={dimension.id}
            className={styles.targetField}
            label={names.dimensionTitle(dimension.id)}
            validationState={wrong ? 'error' : 'none'}
            validationMessage={wrong ? t('digicheck.admin.targetInvalid') : undefined}
          >
            <Input
              // Text, not number: "2,5" works in every browser language, and the check below names what is wrong.
              inputMode="decimal"
              value={draft[dimension.id]}
              onChange={(_, data) => onChange({ ...draft, [dimension.id]: data.value })}
              data-testid={`${testPrefix}-${dimension.id}`}
            />
          </Field>
        );
      })}
    </div>
  );
}
