/** Props of {@link PagePlaceholder}. */
export interface PagePlaceholderProps {
  /** The page's name, shown as its heading. */
  title: string;
  /** One sentence on what the page is for. */
  summary: string;
  /** What the page will offer once it is built. */
  plannedFeatures: readonly string[];
}
