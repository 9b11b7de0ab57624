import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  /** What was refused, in the UI language. */
  title: string;
  /** The explanations in the UI language (`Ende: Das Ende muss nach dem Beginn liegen.`, …). */
  lines: readonly string[];
  'data-testid'?: string;
}

/** Why a form was refused, one line per problem (translated from the server's codes). */
export function ProblemList({ title, lines, 'data-testid': testId }: ProblemListProps) {
  const styles = useChangeTeamStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.length > 0 && (
          <ul className={styles.plainList}>
            {lines.map((line, i) => (
              <li key={i}>
                {line}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
