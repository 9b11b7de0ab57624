import type { HalfYear, RoadmapArea, RoadmapConflict, RoadmapItem, RoadmapItemInput } from '../../api/types';

/** What the details panel shows: a stored item, or the form for a new one. */
export type DrawerTarget = { kind: 'item'; id: string } | { kind: 'new' };

/** Props of the details panel (`RoadmapDrawer`). */
export interface RoadmapDrawerProps {
  target: DrawerTarget;
  /** The items the page has (for dependency titles and the dependency picker). */
  items: RoadmapItem[];
  /** Every area (an item may be moved to any of them). */
  areas: RoadmapArea[];
  /** The timeline's half-years (the choices for an item's half-year). */
  halfYears: HalfYear[];
  canEdit: boolean;
  /** Area and half-year a new item starts with. */
  defaults: { area: string; halfYear: HalfYear };
  /** A saved item (also the current version taken over after a conflict). */
  onSaved: (item: RoadmapItem) => void;
  /** Shows another item (a dependency). */
  onOpenItem: (itemId: string) => void;
  onClose: () => void;
}

/** A change the panel sends; kept so it can be sent again after a conflict. */
export type SaveAttempt =
  | { kind: 'create'; id: string; input: RoadmapItemInput }
  /** `base` is the version the editor started from (to re-apply their changes onto a newer one). */
  | { kind: 'put'; itemId: string; etag: string; input: RoadmapItemInput; base: RoadmapItemInput }
  | { kind: 'patch'; itemId: string; etag: string; changes: Partial<RoadmapItemInput> };

/** How a save ended, for the form or control that asked. */
export type SaveOutcome =
  | { kind: 'saved'; item: RoadmapItem }
  | { kind: 'conflict'; conflict: RoadmapConflict }
  /** The server's reasons (400), one per line. */
  | { kind: 'rejected'; problems: string[] }
  | { kind: 'failed'; status: number };
