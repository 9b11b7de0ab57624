/** Minimum ballots before a group's figures are shown (Viva Glint and Viva Insights use 5). */
export const MIN_BALLOTS = 5;
/** Minimum ballots before open-text comments are shown (Viva Glint uses 10). */
export const MIN_BALLOTS_FOR_COMMENTS = 10;

/** A group and how many ballots it has. */
export interface GroupSize {
  key: string;
  ballots: number;
}

/** Which figures may be shown. */
export interface Visibility {
  /** The whole administration's figures. */
  total: boolean;
  /** Groups whose figures may be shown. */
  visible: Set<string>;
}

/**
 * Threshold plus complementary suppression. A group is shown only with at least `min` ballots; and
 * because the total is shown too, the hidden groups together must never be recoverable as
 * "total minus the shown groups": while the hidden groups hold between 1 and `min − 1` ballots in
 * sum, the smallest shown group is hidden as well.
 */
export function visibleGroups(groups: GroupSize[], min = MIN_BALLOTS): Visibility {
  const total = groups.reduce((a, g) => a + g.ballots, 0);
  if (total < min) return { total: false, visible: new Set() };
  const shown = groups.filter((g) => g.ballots >= min).sort((a, b) => a.ballots - b.ballots || a.key.localeCompare(b.key));
  let hiddenSum = groups.filter((g) => g.ballots < min).reduce((a, g) => a + g.ballots, 0);
  while (hiddenSum > 0 && hiddenSum < min && shown.length > 0) {
    hiddenSum += shown.shift()!.ballots;
  }
  return { total: true, visible: new Set(shown.map((g) => g.key)) };
}
