import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { DecisionState, RoadmapDecision } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DECISION_STATE_LABEL } from './format';
import { OutcomeMessage } from './OutcomeMessage';
import type { SaveOutcome } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';

const STATES = Object.keys(DECISION_STATE_LABEL) as DecisionState[];

/** Props of {@link DecisionRecorder}. */
export interface DecisionRecorderProps {
  decision: RoadmapDecision;
  /** Saves the decision as recorded (a PATCH of the item's decisions). */
  onRecord: (decision: RoadmapDecision) => Promise<SaveOutcome>;
}

/**
 * Records how a decision went — decided, rejected, postponed — with a note such as the council's
 * resolution number. For editors, inside the decision it belongs to.
 */
export function DecisionRecorder({ decision, onRecord }: DecisionRecorderProps) {
  const styles = useDetailStyles();
  const { t } = useT();
  const [state, setState] = useState<DecisionState>(decision.state);
  const [note, setNote] = useState(decision.note ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const changed = state !== decision.state || note.trim() !== (decision.note ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    // An emptied note is removed (undefined is left out of the JSON).
    setOutcome(await onRecord({ ...decision, state, note: note.trim() || undefined }));
    setBusy(false);
  };

  return (
    <form className={styles.inline} onSubmit={submit} data-testid="decision-recorder" aria-label={t('roadmap.decision.recordFor', { title: decision.title })}>
      <Field label={t('roadmap.decision.state')} className={styles.small}>
        <Select value={state} onChange={(_, data) => setState(data.value as DecisionState)} data-testid="decision-state">
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(DECISION_STATE_LABEL[s])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('roadmap.decision.note')} className={styles.grow}>
        <Input value={note} onChange={(_, data) => setNote(data.value)} data-testid="decision-note" />
      </Field>
      <Button type="submit" disabled={!changed || busy}>
        {t(busy ? 'roadmap.save.saving' : 'roadmap.decision.record')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
