import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CheckGap, CheckLinkedItem } from '../../api/digicheck';
import type { RoadmapStatus } from '../../api/types';
import { formatLevel } from '../../format';
import { useT } from '../../i18n/i18n';
import { pageHash } from '../../navigation';
import { STATUS_LABEL, STATUS_SIGN } from '../Roadmap/format';
import type { CheckNames } from './DigiCheck.types';
import { shortfall } from './format';
import type { GapOutcome } from './useGapProposals';
import { useDigiCheckStyles } from './useDigiCheckStyles';

/** A roadmap item made from a gap: a link into the roadmap, with its status. */
function GapItemLink({ item }: { item: CheckLinkedItem }) {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  const status = Object.hasOwn(STATUS_LABEL, item.status) ? (item.status as RoadmapStatus) : undefined;
  return (
    <>
      <Link href={pageHash('roadmap', { item: item.id })} data-testid="gap-item-link" data-item={item.id}>
        {item.title}
      </Link>{' '}
      <span className={styles.hint}>({status ? `${STATUS_SIGN[status]} ${t(STATUS_LABEL[status])}` : item.status})</span>
    </>
  );
}

/** Props of {@link GapEntry}. */
export interface GapEntryProps {
  gap: CheckGap;
  names: CheckNames;
  canPropose: boolean;
  /** Its proposal is running. */
  busy: boolean;
  /** How its last proposal ended. */
  outcome: GapOutcome | undefined;
  onPropose: () => void;
}

/** One gap of {@link GapList}: its figures, its items or the button to propose one, and how a proposal ended. */
export function GapEntry({ gap, names, canPropose, busy, outcome, onPropose }: GapEntryProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  return (
    <li className={styles.gap} data-testid="gap" data-group={gap.group} data-dimension={gap.dimension}>
      <p className={styles.gapTitle}>{t('digicheck.gap.title', { dimension: names.dimensionTitle(gap.dimension), group: names.groupName(gap.group) })}</p>
      <p className={styles.text}>
        {t('digicheck.gap.figures', {
          level: formatLevel(gap.level, locale),
          target: formatLevel(gap.target, locale),
          below: formatLevel(shortfall(gap.level, gap.target), locale),
        })}
      </p>
      {gap.linkedItems.length > 0 ? (
        <div className={styles.linked} data-testid="gap-linked">
          <span className={styles.hint}>{t('digicheck.gap.linked')}</span>
          <ul className={styles.inlineList}>
            {gap.linkedItems.map((item) => (
              <li key={item.id}>
                <GapItemLink item={item} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        canPropose && (
          <div className={styles.actions}>
            <Button appearance="secondary" disabled={busy} disabledFocusable={busy} onClick={onPropose} data-testid="gap-propose">
              {t(busy ? 'digicheck.gap.proposing' : 'digicheck.gap.propose')}
            </Button>
            {gap.area && <span className={styles.hint}>{t('digicheck.gap.area', { area: names.areaName(gap.area) })}</span>}
          </div>
        )
      )}
      {outcome?.kind === 'done' && (
        <MessageBar intent="success" layout="multiline" data-testid="gap-proposed">
          <MessageBarBody>
            {t(outcome.created ? 'digicheck.gap.created' : 'digicheck.gap.existed')}{' '}
            {/* Once the results were read again the gap lists the item itself. */}
            {!gap.linkedItems.some((item) => item.id === outcome.item.id) && <GapItemLink item={outcome.item} />}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" data-testid="gap-failed">
          <MessageBarBody>
            {t(outcome.text)}
            {outcome.lines.length > 0 && (
              <ul className={styles.plainList}>
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
