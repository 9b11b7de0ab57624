import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { HalfYear, RoadmapArea, RoadmapItem, RoadmapItemInput, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { STATUSES } from './filters';
import { halfYearLabel, STATUS_LABEL } from './format';
import { OutcomeMessage } from './OutcomeMessage';
import type { SaveOutcome } from './RoadmapDrawer.types';
import { shiftHalfYear, shiftMonths } from './timeline';
import { useDetailStyles } from './useDetailStyles';

/** Props of {@link QuickActions}. */
export interface QuickActionsProps {
  item: RoadmapItem;
  areas: RoadmapArea[];
  halfYears: readonly HalfYear[];
  onPatch: (changes: Partial<RoadmapItemInput>) => Promise<SaveOutcome>;
}

/**
 * The everyday changes of an editor, one click each (a PATCH with the item's ETag): set the
 * status, move the item by a half-year (its half-year, or both its dates by six months), or move
 * it to another area. Everything else is in the full form.
 */
export function QuickActions({ item, areas, halfYears, onPatch }: QuickActionsProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const [status, setStatus] = useState<RoadmapStatus>(item.status);
  const [area, setArea] = useState(item.area);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>();

  const send = async (changes: Partial<RoadmapItemInput>) => {
    setBusy(true);
    setOutcome(undefined);
    setOutcome(await onPatch(changes));
    setBusy(false);
  };
  // A move keeps the item's kind of timing: a half-year moves as one, dates move by six months.
  const move = (by: 1 | -1): Partial<RoadmapItemInput> | undefined => {
    if (item.halfYear) {
      const target = shiftHalfYear(item.halfYear, by);
      return halfYears.includes(target) ? { halfYear: target } : undefined;
    }
    if (!item.start || !item.end) return undefined;
    const start = shiftMonths(item.start, 6 * by);
    const end = shiftMonths(item.end, 6 * by);
    const first = halfYears[0]?.slice(0, 4) ?? '';
    const last = halfYears[halfYears.length - 1]?.slice(0, 4) ?? '';
    return start.slice(0, 4) >= first && end.slice(0, 4) <= last ? { start, end } : undefined;
  };
  const earlier = move(-1);
  const later = move(1);
  const moveLabel = (changes: Partial<RoadmapItemInput> | undefined) =>
    changes?.halfYear ? halfYearLabel(changes.halfYear, t) : changes?.start ? t('roadmap.quick.sixMonths') : '';

  return (
    <section className={styles.section} aria-labelledby="roadmap-quick-title" data-testid="quick-actions">
      <h3 id="roadmap-quick-title" className={styles.sectionTitle}>
        {t('roadmap.quick.title')}
      </h3>
      <div className={styles.inline}>
        <Field label={t('roadmap.field.status')} className={styles.grow}>
          <Select value={status} onChange={(_, data) => setStatus(data.value as RoadmapStatus)} data-testid="quick-status">
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || status === item.status} onClick={() => void send({ status })} data-testid="quick-status-save">
          {t('roadmap.quick.setStatus')}
        </Button>
      </div>
      <div className={styles.actions} role="group" aria-label={t('roadmap.quick.move')}>
        <Button disabled={busy || !earlier} onClick={() => earlier && void send(earlier)} data-testid="move-earlier">
          {t('roadmap.quick.earlier', { target: moveLabel(earlier) })}
        </Button>
        <Button disabled={busy || !later} onClick={() => later && void send(later)} data-testid="move-later">
          {t('roadmap.quick.later', { target: moveLabel(later) })}
        </Button>
      </div>
      <div className={styles.inline}>
        <Field label={t('roadmap.field.area')} className={styles.grow}>
          <Select value={area} onChange={(_, data) => setArea(data.value)} data-testid="quick-area">
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || area === item.area} onClick={() => void send({ area })} data-testid="quick-area-save">
          {t('roadmap.quick.setArea')}
        </Button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
