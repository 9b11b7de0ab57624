/** Props of {@link AppHeader}. */
export interface AppHeaderProps {
  /** Shows the "opened outside Teams" hint. */
  standalone: boolean;
}
