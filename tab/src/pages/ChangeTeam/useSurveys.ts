import { useCallback, useState } from 'react';
import { getSurveys, type SurveyDefinition } from '../../api/pulse';
import { useRequest, type RequestState } from '../../hooks/useRequest';

/** The survey definitions, with those imported on this page added at once. */
export interface Surveys {
  request: RequestState<SurveyDefinition[]> & { retry: () => void };
  /** Every survey as the server lists it, then the ones imported since; empty until loaded. */
  list: SurveyDefinition[];
  /** Adds a survey the server has just stored. */
  add: (survey: SurveyDefinition) => void;
}

/** Loads `GET /api/pulse/surveys` once. */
export function useSurveys(): Surveys {
  const request = useRequest((signal) => getSurveys({ signal }), []);
  const [added, setAdded] = useState<SurveyDefinition[]>([]);
  const add = useCallback((survey: SurveyDefinition) => setAdded((previous) => [...previous, survey]), []);
  const loaded = request.state === 'ok' ? request.data : [];
  const list = [...loaded, ...added.filter((survey) => !loaded.some((known) => known.id === survey.id))];
  return { request, list, add };
}
