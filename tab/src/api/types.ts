/** Shapes of the server's JSON answers: re-exported from the one contract in bot/src/api. */
export type { HealthStatus, InstallationInfo } from '../../../bot/src/api/contract';
