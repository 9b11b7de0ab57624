import type { HealthState } from '../../hooks/useHealth';

/** Props of {@link ServerStatus}. */
export interface ServerStatusProps {
  /** The server's health, as {@link useHealth} reports it. */
  health: HealthState;
}
