import type { CheckCycleSummary, Questionnaire } from '../../api/digicheck-contract';
import type { FieldProblem } from '../../api/contract';
import type { Logger } from '../../logger';
import type { Department } from '../people/departments';
import type { PeopleStore } from '../people/store';
import type { RoadmapService } from '../roadmap/service';
import type { Cycle } from './cycle';
import type { DigiCheckStore } from './store';

/** An API outcome: a value, or a problem the API maps to a status. */
export type CheckOutcome<T> =
  | { kind: 'ok'; value: T; created?: boolean }
  /** `code` names the 400's code when it is not the generic `invalid` (e.g. `not-a-gap`). */
  | { kind: 'invalid'; problems: FieldProblem[]; code?: string }
  | { kind: 'not-found' }
  | { kind: 'conflict'; code: string; message: string; current?: CheckCycleSummary };

/** What the DigiCheck service and its parts need. */
export interface DigiCheckDeps {
  store: DigiCheckStore;
  people: PeopleStore;
  roadmap: RoadmapService;
  questionnaire: Questionnaire;
  departments: Department[];
  /** Cross-cutting roadmap areas; the first takes whole-administration gaps. */
  crossCuttingAreas: Department[];
  /** Invites everyone when a cycle opens (through announcements); failures are logged, not fatal. */
  invite?: (cycle: Cycle) => Promise<void>;
  /** Reminds these people (their check is unfinished) in their personal chat; answers how many were reached. */
  remind?: (personKeys: Set<string>, cycle: Cycle) => Promise<number>;
  log: Logger;
  now?: () => Date;
}
