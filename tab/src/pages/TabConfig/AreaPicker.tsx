import { Checkbox, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import type { RoadmapAreas } from '../../api/types';
import { useT } from '../../i18n/i18n';
import type { AreaChoice } from './channelTabConfig';
import { useTabConfigStyles } from './useTabConfigStyles';

/** Props of {@link AreaPicker}. */
export interface AreaPickerProps {
  areas: RoadmapAreas;
  choice: AreaChoice;
  onChange: (choice: AreaChoice) => void;
  /** The choice cannot be saved yet (nothing ticked): say so next to the boxes. */
  invalid: boolean;
}

/**
 * Which roadmap areas this channel shows: all, or the ones ticked (departments and cross-cutting
 * areas in two groups). The boxes stay visible but disabled while "all" is chosen, so the person
 * sees what "all" means.
 */
export function AreaPicker({ areas, choice, onChange, invalid }: AreaPickerProps) {
  const styles = useTabConfigStyles();
  const { t, locale } = useT();
  const groups = [
    { kind: 'department', title: t('config.areas.departments') },
    { kind: 'cross-cutting', title: t('config.areas.crossCutting') },
  ] as const;
  const toggle = (id: string, on: boolean) =>
    onChange({ all: false, chosen: on ? [...choice.chosen, id] : choice.chosen.filter((other) => other !== id) });

  return (
    <fieldset className={styles.fieldset} data-testid="config-areas">
      <legend className={styles.legend}>{t('config.areas.title')}</legend>
      <RadioGroup
        value={choice.all ? 'all' : 'chosen'}
        onChange={(_, data) => onChange({ ...choice, all: data.value === 'all' })}
        aria-label={t('config.areas.title')}
      >
        <Radio value="all" label={t('config.areas.all')} data-testid="config-all" />
        <Radio value="chosen" label={t('config.areas.chosen')} data-testid="config-chosen" />
      </RadioGroup>
      {groups.map(({ kind, title }) => {
        const inGroup = areas.areas.filter((area) => area.kind === kind);
        if (inGroup.length === 0) return null;
        return (
          <div key={kind} className={styles.group} role="group" aria-label={title}>
            <p className={styles.groupTitle}>{title}</p>
            {inGroup.map((area) => (
              <Checkbox
                key={area.id}
                label={area[locale]}
                checked={!choice.all && choice.chosen.includes(area.id)}
                disabled={choice.all}
                onChange={(_, data) => toggle(area.id, data.checked === true)}
                data-area={area.id}
              />
            ))}
          </div>
        );
      })}
      {invalid && (
        <p className={styles.error} role="alert" data-testid="config-areas-required">
          {t('config.areas.required')}
        </p>
      )}
      {areas.example && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('roadmap.areasExample')}</MessageBarBody>
        </MessageBar>
      )}
    </fieldset>
  );
}
