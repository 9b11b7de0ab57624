import { useCallback, useState } from 'react';
import { getFeedbackInbox } from '../../api/feedback';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/types';
import { useRequest, type RequestState } from '../../hooks/useRequest';

/** The change team's inbox: the items as loaded, with answers given since shown at once. */
export interface Inbox {
  request: RequestState<FeedbackItem[]>;
  /**
   * Every item, newest first; answered ones carry `answer` and `answeredAt`. While the inbox
   * reloads (or a reload failed) these are the items loaded before, so drafts in open forms stay.
   * `undefined` until the first load succeeded.
   */
  items: FeedbackItem[] | undefined;
  /** Loads the inbox again (fresh ETags), e.g. after a conflict. */
  reload: () => void;
  /** Marks an item answered with what the server confirmed, without reloading the list. */
  markAnswered: (item: FeedbackItem, entry: FeedbackBoardEntry) => void;
}

/** Loads `GET /api/feedback` and keeps answers given on this page until the next reload. */
export function useInbox(): Inbox {
  const request = useRequest((signal) => getFeedbackInbox({ signal }), []);
  const [answered, setAnswered] = useState<Record<string, Partial<FeedbackItem>>>({});
  const { retry } = request;

  const reload = useCallback(() => {
    setAnswered({});
    retry();
  }, [retry]);

  const markAnswered = useCallback((item: FeedbackItem, entry: FeedbackBoardEntry) => {
    const topic = entry.original ? item.topic : entry.question;
    setAnswered((previous) => ({ ...previous, [item.id]: { answer: entry.answer, answeredAt: entry.answeredAt, topic } }));
  }, []);

  // Keep the last list across a reload (React's "state from the previous render" pattern).
  const [loaded, setLoaded] = useState<FeedbackItem[]>();
  if (request.state === 'ok' && loaded !== request.data) setLoaded(request.data);
  const data = request.state === 'ok' ? request.data : loaded;
  const items = data?.map((item) => ({ ...item, ...answered[item.id] }));
  return { request, items, reload, markAnswered };
}
