/** The page registry: which component renders which page of the tab. */
import type { ComponentType } from 'react';
import type { PageId } from '../navigation';
import { Announcements } from './Announcements/Announcements';
import { ChangeTeam } from './ChangeTeam/ChangeTeam';
import { DigiCheck } from './DigiCheck/DigiCheck';
import { Feedback } from './Feedback/Feedback';
import { Privacy } from './Privacy/Privacy';
import { Results } from './Results/Results';
import { Roadmap } from './Roadmap/Roadmap';

/**
 * One component per {@link PageId}; the navigation order is {@link PAGE_IDS}, and
 * `navigationPages` says which pages the navigation offers to whom.
 */
export const PAGES: Record<PageId, ComponentType> = {
  roadmap: Roadmap,
  results: Results,
  digicheck: DigiCheck,
  feedback: Feedback,
  announcements: Announcements,
  privacy: Privacy,
  'change-team': ChangeTeam,
};
