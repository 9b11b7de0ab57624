import { Badge, Button, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { RoadmapConflict, RoadmapItemInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { FIELD_LABEL, fieldValueLines, ITEM_FIELDS, type ValueContext } from './format';
import { OutcomeMessage } from './OutcomeMessage';
import type { SaveAttempt, SaveOutcome } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { formatDateTime } from '../../format';

/** Props of {@link ConflictView}. */
export interface ConflictViewProps {
  conflict: RoadmapConflict;
  /** What the editor tried (a whole edit or a quick change). */
  attempt: SaveAttempt;
  context: ValueContext;
  busy: boolean;
  /** How a retry ended, when it did not save. */
  outcome?: SaveOutcome;
  /** Send the editor's own version (or quick change) again, against the current version's ETag. */
  onRetry: () => void;
  /** Take the current version and put the editor's own changes onto it, in the form, for review. */
  onReapply: () => void;
  /** Drop the editor's changes and show the current version. */
  onTakeCurrent: () => void;
}

/**
 * "Changed by someone else meanwhile — review and retry": both versions side by side, the
 * differing fields first and marked (by a word, not only a colour), the identical ones folded
 * away. Nothing was overwritten; the editor decides what happens next.
 */
export function ConflictView({ conflict, attempt, context, busy, outcome, onRetry, onReapply, onTakeCurrent }: ConflictViewProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const heading = useRef<HTMLDivElement>(null);
  const { current, yours, differing } = conflict;
  // Screen readers hear the conflict at once; keyboard users continue from here.
  useEffect(() => heading.current?.focus(), [conflict]);

  const differs = new Set(differing);
  const lines = (field: keyof RoadmapItemInput, value: unknown) => {
    const text = fieldValueLines(field, value, context);
    return text.length > 0 ? text : [t('roadmap.notSet')];
  };
  const same = ITEM_FIELDS.filter((field) => !differs.has(field) && (current[field] !== undefined || yours[field] !== undefined));
  const currentLabel = t('roadmap.conflict.current', { version: current.version, by: current.updatedBy });

  return (
    <div className={styles.body} data-testid="roadmap-conflict">
      <div ref={heading} tabIndex={-1}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('roadmap.conflict.title')}</MessageBarTitle>
            {t('roadmap.conflict.body', { by: current.updatedBy, at: formatDateTime(current.updatedAt, locale) })}
          </MessageBarBody>
        </MessageBar>
      </div>
      <section className={styles.section} aria-labelledby="roadmap-conflict-differing">
        <h3 id="roadmap-conflict-differing" className={styles.sectionTitle}>
          {t('roadmap.conflict.differing', { count: differing.length })}
        </h3>
        <div className={styles.compare}>
          {ITEM_FIELDS.filter((field) => differs.has(field)).map((field) => (
            <div key={field} className={mergeClasses(styles.compareField, styles.differing)} data-testid="conflict-field" data-field={field} data-differs="true">
              <div className={styles.compareHead}>
                <strong>{t(FIELD_LABEL[field])}</strong>
                <Badge appearance="outline" color="warning">
                  {t('roadmap.conflict.differs')}
                </Badge>
              </div>
              <div className={styles.versions}>
                <div className={styles.version} data-testid="conflict-yours">
                  <p className={styles.versionLabel}>{t('roadmap.conflict.yours')}</p>
                  <ul className={styles.versionValue}>
                    {lines(field, yours[field]).map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                </div>
                <div className={styles.version} data-testid="conflict-current">
                  <p className={styles.versionLabel}>{currentLabel}</p>
                  <ul className={styles.versionValue}>
                    {lines(field, current[field]).map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          ))}
        </div>
      </section>
      {same.length > 0 && (
        <details>
          <summary className={styles.summary}>{t('roadmap.conflict.same', { count: same.length })}</summary>
          <div className={styles.compare}>
            {same.map((field) => (
              <div key={field} className={styles.compareField} data-testid="conflict-field" data-field={field} data-differs="false">
                <strong>{t(FIELD_LABEL[field])}</strong>
                <ul className={styles.versionValue}>
                  {lines(field, current[field]).map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </details>
      )}
      <OutcomeMessage outcome={outcome} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onRetry} data-testid="conflict-retry">
          {t(attempt.kind === 'patch' ? 'roadmap.conflict.retryChange' : 'roadmap.conflict.retry')}
        </Button>
        {attempt.kind === 'put' && (
          <Button disabled={busy} onClick={onReapply} data-testid="conflict-reapply">
            {t('roadmap.conflict.reapply')}
          </Button>
        )}
        <Button disabled={busy} onClick={onTakeCurrent} data-testid="conflict-take-current">
          {t(attempt.kind === 'patch' ? 'roadmap.conflict.takeCurrent' : 'roadmap.conflict.discard')}
        </Button>
      </div>
    </div>
  );
}
