import { getRoadmapHistory } from '../../api/roadmap';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import { FIELD_LABEL, fieldValueLines, type ValueContext } from './format';
import { useDetailStyles } from './useDetailStyles';
import { formatDateTime } from '../../format';

/** Props of {@link ItemHistory}. */
export interface ItemHistoryProps {
  itemId: string;
  /** The item's version: the history is asked for again when it changes (after a save). */
  version: number;
  context: ValueContext;
}

/** Long values (descriptions) are cut in the history; the item itself shows them whole. */
const MAX_CHARACTERS = 240;
const clip = (text: string) => (text.length > MAX_CHARACTERS ? `${text.slice(0, MAX_CHARACTERS)}…` : text);

/**
 * The item's audit history, newest first: who changed it when, and each changed field with its
 * value before and after. The server writes an entry with every change; nothing here is editable.
 */
export function ItemHistory({ itemId, version, context }: ItemHistoryProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const history = useRequest((signal) => getRoadmapHistory(itemId, { signal }), [itemId, version]);
  const value = (lines: string[]) => (lines.length > 0 ? clip(lines.join('; ')) : t('roadmap.notSet'));

  return (
    <section className={styles.section} aria-labelledby="roadmap-history-title" data-testid="item-history">
      <h3 id="roadmap-history-title" className={styles.sectionTitle}>
        {t('roadmap.history.title')}
      </h3>
      {history.state === 'loading' && (
        <p role="status" className={styles.hint}>
          {t('roadmap.history.loading')}
        </p>
      )}
      {history.state === 'error' && (
        <RequestProblem error={history.error} failedText={t('roadmap.history.failed')} forbiddenText={t('roadmap.forbidden')} retry={history.retry} />
      )}
      {history.state === 'ok' && (
        <ol className={styles.list}>
          {history.data.map((entry) => (
            <li key={entry.version} className={styles.entry} data-testid="history-entry" data-version={entry.version} data-kind={entry.kind}>
              <span className={styles.entryTitle}>
                {t(entry.kind === 'created' ? 'roadmap.history.created' : 'roadmap.history.changed', { version: entry.version })}
              </span>
              <span className={styles.entryMeta}>{t('roadmap.history.by', { at: formatDateTime(entry.at, locale), by: entry.by })}</span>
              {entry.kind === 'changed' && (
                <ul className={styles.changeList}>
                  {entry.changes.map((change) => (
                    <li key={change.field} data-field={change.field}>
                      <strong>{t(FIELD_LABEL[change.field])}:</strong> {value(fieldValueLines(change.field, change.before, context))}
                      <span className={styles.arrow}>→</span>
                      {value(fieldValueLines(change.field, change.after, context))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
