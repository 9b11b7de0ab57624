/** Shapes of the server's JSON answers: re-exported from the one contract in bot/src/api. */
export type { ApiErrorBody, DepartmentResults, EnpsQuestionResult, FeedbackBoardEntry, FeedbackItem, GroupResults, HealthStatus, InstallationInfo, LocalizedText, Me, QuestionResult, RoundResults, RoundSummary, ScaleQuestionResult, Trend, TrendPoint } from '../../../bot/src/api/contract';
