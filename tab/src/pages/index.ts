/** The page registry: which component renders which page of the tab. */
import type { ComponentType } from 'react';
import type { PageId } from '../navigation';
import { Announcements } from './Announcements/Announcements';
import { Privacy } from './Privacy/Privacy';
import { Results } from './Results/Results';
import { Roadmap } from './Roadmap/Roadmap';

/** One component per {@link PageId}; the navigation order is {@link PAGE_IDS}. */
export const PAGES: Record<PageId, ComponentType> = {
  roadmap: Roadmap,
  results: Results,
  announcements: Announcements,
  privacy: Privacy,
};
