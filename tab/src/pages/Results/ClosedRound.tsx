import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { apiErrorCode, getRoundResults } from '../../api/pulse';
import type { RoundResults, RoundSummary } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { CsvDownload } from './CsvDownload';
import { FinalisingRound } from './FinalisingRound';
import { DepartmentHeatmap } from './DepartmentHeatmap';
import { QuestionResults } from './QuestionResults';
import { RunningRound } from './RunningRound';
import { TrendSection } from './TrendSection';
import { useRequest } from '../../hooks/useRequest';
import { useResultsStyles } from './useResultsStyles';
import { formatCount } from '../../format';
import { KeyFigures } from '../../components/KeyFigures/KeyFigures';

/** Props of {@link ClosedRound}. */
export interface ClosedRoundProps {
  round: RoundSummary;
}

/** Loads a closed, final round's results and shows them, or explains why there are none to show. */
export function ClosedRound({ round }: ClosedRoundProps) {
  const styles = useResultsStyles();
  const { t } = useT();
  const results = useRequest((signal) => getRoundResults(round.id, { signal }), [round.id]);

  if (results.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('results.loadingRound')}
      </p>
    );
  }
  if (results.state === 'error') {
    // The list may be a moment old: a round that turned out to be still running is explained as such.
    if (apiErrorCode(results.error) === 'round-open') return <RunningRound round={{ ...round, state: 'open', participation: null }} />;
    if (apiErrorCode(results.error) === 'being-finalised') return <FinalisingRound round={round} />;
    const missing = apiErrorCode(results.error) === 'not-found';
    return (
      <MessageBar intent={missing ? 'warning' : 'error'} layout="multiline">
        <MessageBarBody>
          {t(missing ? 'results.roundMissing' : 'results.roundFailed')}{' '}
          {!missing && (
            <Button size="small" appearance="transparent" onClick={results.retry}>
              {t('results.retry')}
            </Button>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <RoundResultsView results={results.data} />;
}

function RoundResultsView({ results }: { results: RoundResults }) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const { round, total } = results;
  return (
    <div className={styles.root} data-testid="round-results" data-round={round.id}>
      <KeyFigures
        figures={[
          { id: 'participation', testId: 'participation', label: t('results.participation'), value: formatCount(round.participation ?? 0, locale) },
          ...(total ? [{ id: 'ballots', testId: 'total-ballots', label: t('results.ballotsCounted'), value: formatCount(total.ballots, locale) }] : []),
          ...(results.departmentMoves !== null
            ? [{ id: 'moves', testId: 'department-moves', label: t('results.departmentMoves'), value: formatCount(results.departmentMoves, locale) }]
            : []),
        ]}
      />
      {/* Only the change team gets the number (null for everyone else), and only in total (trust 11). */}
      {results.departmentMoves !== null && (
        <p className={styles.hint} data-testid="department-moves-hint">
          {t('results.departmentMovesHint')}
        </p>
      )}
      {total ? (
        <>
          <QuestionResults total={total} />
          {results.departmentsAreExample && (
            <MessageBar intent="info" layout="multiline" data-testid="departments-example">
              <MessageBarBody>{t('results.departmentsExample')}</MessageBarBody>
            </MessageBar>
          )}
          <DepartmentHeatmap total={total} departments={results.departments} minBallots={results.minBallots} />
          <Comments comments={results.comments} minBallots={results.minBallotsForComments} />
          <CsvDownload roundId={round.id} />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="below-threshold">
          <MessageBarBody>{t('results.belowThreshold', { min: results.minBallots })}</MessageBarBody>
        </MessageBar>
      )}
      <TrendSection surveyId={round.surveyId} />
    </div>
  );
}

function Comments({ comments, minBallots }: { comments: string[] | null; minBallots: number }) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  let body;
  if (comments === null) body = <p className={styles.hint}>{t('results.commentsBelowThreshold', { min: minBallots })}</p>;
  else if (comments.length === 0) body = <p className={styles.hint}>{t('results.commentsNone')}</p>;
  else {
    body = (
      <>
        <p className={styles.hint}>{t('results.commentsHint', { count: formatCount(comments.length, locale) })}</p>
        <ul className={styles.comments} data-testid="comments">
          {comments.map((comment, index) => (
            // Comments have no ids (by design) and may repeat; their position is their key.
            <li key={index} className={styles.comment}>
              {comment}
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="results-comments" data-testid="results-comments">
      <h3 id="results-comments" className={styles.sectionTitle}>
        {t('results.commentsTitle')}
      </h3>
      {body}
    </section>
  );
}
