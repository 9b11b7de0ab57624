import { Button, Checkbox, Dropdown, Field, Option } from '@fluentui/react-components';
import type { HalfYear, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { isFiltering, NO_FILTER, STATUSES, type RoadmapFilter } from './filters';
import { halfYearLabel, STATUS_LABEL } from './format';
import { useRoadmapStyles } from './useRoadmapStyles';

/** Props of {@link RoadmapFilters}. */
export interface RoadmapFiltersProps {
  filter: RoadmapFilter;
  onChange: (filter: RoadmapFilter) => void;
  /** The areas one can narrow to (a channel's, or all), with their names. */
  areas: ReadonlyArray<{ id: string; name: string }>;
  halfYears: readonly HalfYear[];
  /** How many items pass the filter, and how many there are. */
  shown: number;
  total: number;
}

/**
 * The filters every view shares: areas, statuses, half-years (each any of several) and "decision
 * needed". The count of matching items is announced politely as it changes.
 */
export function RoadmapFilters({ filter, onChange, areas, halfYears, shown, total }: RoadmapFiltersProps) {
  const styles = useRoadmapStyles();
  const { t } = useT();
  const names = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join(', ');
  const areaName = (id: string) => areas.find((area) => area.id === id)?.name ?? id;

  return (
    <div className={styles.filters} role="group" aria-label={t('roadmap.filter.label')} data-testid="roadmap-filters">
      {areas.length > 1 && (
        <Field label={t('roadmap.field.area')} className={styles.filter}>
          <Dropdown
            multiselect
            className={styles.dropdown}
            placeholder={t('roadmap.filter.allAreas')}
            value={names(filter.areas, areaName)}
            selectedOptions={filter.areas}
            onOptionSelect={(_, data) => onChange({ ...filter, areas: data.selectedOptions })}
            data-testid="filter-area"
          >
            {areas.map((area) => (
              <Option key={area.id} value={area.id}>
                {area.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t('roadmap.field.status')} className={styles.filter}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t('roadmap.filter.allStatuses')}
          value={names(filter.statuses, (status) => t(STATUS_LABEL[status as RoadmapStatus]))}
          selectedOptions={filter.statuses}
          onOptionSelect={(_, data) => onChange({ ...filter, statuses: data.selectedOptions as RoadmapStatus[] })}
          data-testid="filter-status"
        >
          {STATUSES.map((status) => (
            <Option key={status} value={status}>
              {t(STATUS_LABEL[status])}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('roadmap.filter.halfYear')} className={styles.filter}>
        <Dropdown
          multiselect
          className={styles.dropdown}
          placeholder={t('roadmap.filter.allHalfYears')}
          value={names(filter.halfYears, (halfYear) => halfYearLabel(halfYear, t))}
          selectedOptions={filter.halfYears}
          onOptionSelect={(_, data) => onChange({ ...filter, halfYears: data.selectedOptions })}
          data-testid="filter-half-year"
        >
          {halfYears.map((halfYear) => (
            <Option key={halfYear} value={halfYear}>
              {halfYearLabel(halfYear, t)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.filterEnd}>
        <Checkbox
          label={t('roadmap.filter.decisionNeeded')}
          checked={filter.decisionNeeded}
          onChange={(_, data) => onChange({ ...filter, decisionNeeded: data.checked === true })}
          data-testid="filter-decision"
        />
        {isFiltering(filter) && (
          <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTER)}>
            {t('roadmap.filter.reset')}
          </Button>
        )}
        <p className={styles.count} role="status" data-testid="roadmap-count">
          {t('roadmap.filter.count', { shown, total })}
        </p>
      </div>
    </div>
  );
}
