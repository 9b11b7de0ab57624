import type { CheckCycleSummary, Questionnaire } from '../../api/digicheck';
import type { FieldNames } from '../../api/problems';

/** What every part of the page needs to name things: the questionnaire and the groups' names. */
export interface CheckNames {
  questionnaire: Questionnaire;
  /** A dimension's title in the reader's language (its id when unknown). */
  dimensionTitle: (dimension: string) => string;
  /** Dimension ids → titles, so a refused target reads "Ziele › Strategie", not "Ziele › strategy". */
  fieldNames: FieldNames;
  /** A department's name, or "whole administration" for `all` (the id when unknown). */
  groupName: (group: string) => string;
  /** The name of a roadmap area (a gap's proposed item goes there). */
  areaName: (area: string) => string;
}

/** A change on the page that others must see: the cycles list is read again, and the cycle may be shown. */
export type CycleChanged = (cycle?: CheckCycleSummary) => void;
