import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  /** What was refused, in the UI language. */
  title: string;
  /** The explanations (`closesAt: closesAt must be after opensAt`, …), shown as sent, in English. */
  lines: readonly string[];
  'data-testid'?: string;
}

/** Why a form was refused, one line per problem (as the server, or the JSON parser, named it). */
export function ProblemList({ title, lines, 'data-testid': testId }: ProblemListProps) {
  const styles = useChangeTeamStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.length > 0 && (
          <ul className={styles.plainList}>
            {lines.map((line, i) => (
              <li key={i} lang="en">
                {line}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
