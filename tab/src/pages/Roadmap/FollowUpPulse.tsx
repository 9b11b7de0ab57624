import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { getFollowUpPulse, sendFollowUpPulse, type RoadmapFollowUpPulse } from '../../api/digicheck';
import { apiErrorCode } from '../../api/pulse';
import type { RoadmapItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useDetailStyles } from './useDetailStyles';
import { formatDateTime } from '../../format';

/** Props of {@link FollowUpPulse}. */
export interface FollowUpPulseProps {
  /** A done item. */
  item: RoadmapItem;
  areaName: (areaId: string) => string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'sent'; pulse: RoadmapFollowUpPulse }
  | { kind: 'unknown' };

type Failure = 'roadmap.pulse.notDone' | 'roadmap.pulse.forbidden' | 'roadmap.pulse.offline' | 'roadmap.pulse.failed';

/**
 * For the change team, on a done item: a short pulse to the item's area ("how is it working for
 * you?") through the pulse machinery. Once sent, its round is shown instead of the button; sending
 * again (a double click, another person) gets the same round.
 */
export function FollowUpPulse({ item, areaName }: FollowUpPulseProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<Failure>();
  const inFlight = useRef(false);
  const area = areaName(item.area);

  useEffect(() => {
    const controller = new AbortController();
    getFollowUpPulse(item.id, { signal: controller.signal }).then(
      (pulse) => setState(pulse ? { kind: 'sent', pulse } : { kind: 'none' }),
      () => !controller.signal.aborted && setState({ kind: 'unknown' }),
    );
    return () => controller.abort();
  }, [item.id]);

  const send = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setFailure(undefined);
    try {
      setState({ kind: 'sent', pulse: await sendFollowUpPulse(item.id) });
      // The button is gone: keyboard focus goes to the section's title, right above the result.
      window.setTimeout(() => document.getElementById('roadmap-detail-pulse')?.focus());
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if (status === 409 && apiErrorCode(error) === 'not-done') setFailure('roadmap.pulse.notDone');
      else if (status === 401 || status === 403) setFailure('roadmap.pulse.forbidden');
      else if (status === 0) setFailure('roadmap.pulse.offline');
      else setFailure('roadmap.pulse.failed');
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  let body;
  if (state.kind === 'loading') body = <p className={styles.hint}>{t('roadmap.pulse.loading')}</p>;
  else if (state.kind === 'sent') {
    const { pulse } = state;
    const asked = pulse.departments.length === 0 ? t('roadmap.pulse.everyone') : pulse.departments.map(areaName).join(', ');
    body = (
      <MessageBar intent="success" layout="multiline" data-testid="pulse-sent" data-round={pulse.roundId}>
        <MessageBarBody>
          <MessageBarTitle>{t(pulse.created ? 'roadmap.pulse.created' : 'roadmap.pulse.sent', { area })}</MessageBarTitle>{' '}
          {t('roadmap.pulse.round', { round: pulse.roundId, opens: formatDateTime(pulse.opensAt, locale), closes: formatDateTime(pulse.closesAt, locale), asked })}
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    body = (
      <>
        <p className={styles.hint}>{t('roadmap.pulse.hint', { area })}</p>
        <div className={styles.actions}>
          <Button appearance="secondary" disabled={sending} onClick={() => void send()} data-testid="pulse-send">
            {t(sending ? 'roadmap.pulse.sending' : 'roadmap.pulse.send', { area })}
          </Button>
        </div>
      </>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="roadmap-detail-pulse" data-testid="detail-pulse">
      <h3 id="roadmap-detail-pulse" className={styles.sectionTitle} tabIndex={-1}>
        {t('roadmap.pulse.title')}
      </h3>
      {body}
      {failure && (
        <MessageBar intent="error" layout="multiline" data-testid="pulse-failed">
          <MessageBarBody>{t(failure)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
