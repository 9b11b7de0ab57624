import { Button, Field, Input, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { countAudience, getAudienceOptions } from '../../api/announcements';
import type { Announcement, AnnouncementInput, AudienceCount } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import {
  audienceOf,
  draftFromInput,
  draftProblems,
  inputFromDraft,
  isoToLocal,
  languagesOf,
  localToIso,
  MIN_SCHEDULE_LEAD_MS,
  scheduleProblem,
  serverProblems,
  type AnnouncementDraft,
  type FormProblem,
} from './announcementForm';
import { AudiencePicker } from './AudiencePicker';
import { CardPreview } from './CardPreview';
import { ComposeNotice } from './ComposeNotice';
import { ContentFields } from './ContentFields';
import { SendControls } from './SendControls';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { useComposeActions } from './useComposeActions';
import { useRecipientCount } from './useRecipientCount';

/** Props of {@link ComposeView}. */
export interface ComposeViewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The fields to start from (a template or a saved draft); empty for a new announcement. */
  initial?: AnnouncementInput;
  /** The saved draft being edited, with its ETag. */
  saved?: Announcement;
  onChanged: (a: Announcement) => void;
  onSent: (a: Announcement) => void;
  onBack: () => void;
}

/** Which check the form made last: it re-checks as the person types, so marks go as they fix them. */
type Checked = 'save' | 'send' | 'schedule';

/**
 * Compose an announcement: languages and their texts, image, link, author line, acknowledgement,
 * audience with the live recipient count; beside it the preview as the real card. Saving, testing,
 * sending and scheduling first check what the form can (the server checks all again, and its
 * reasons are shown as they come).
 */
export function ComposeView({ headingRef, initial, saved: savedAtStart, onChanged, onSent, onBack }: ComposeViewProps) {
  const styles = useAnnouncementStyles();
  const { t } = useT();
  const [draft, setDraft] = useState<AnnouncementDraft>(() => draftFromInput(initial));
  const [id] = useState(() => savedAtStart?.id ?? crypto.randomUUID());
  const [checked, setChecked] = useState<Checked>();
  const [scheduleAt, setScheduleAt] = useState('');
  const [confirm, setConfirm] = useState<AudienceCount>();
  const form = useRef<HTMLDivElement>(null);
  const actions = useComposeActions({ id, saved: savedAtStart, onChanged, onSent });
  const options = useRequest((signal) => getAudienceOptions({ signal }), []);

  const input = useMemo(() => inputFromDraft(draft), [draft]);
  const { allEmployees, teams, departments } = draft;
  const audience = useMemo(() => audienceOf({ allEmployees, teams, departments }), [allEmployees, teams, departments]);
  const count = useRecipientCount(audience);

  const set = <K extends keyof AnnouncementDraft>(key: K, value: AnnouncementDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problemsFor = (kind: Checked | undefined): FormProblem[] => {
    if (!kind) return [];
    const list = draftProblems(draft, kind === 'save' ? 'save' : 'send');
    const when = kind === 'schedule' ? scheduleProblem(scheduleAt, new Date()) : undefined;
    if (when) list.push({ path: 'schedule', key: when });
    if (kind === 'send' && count.state === 'ok' && count.count.recipients === 0 && !list.some((p) => p.path === 'audience')) {
      list.push({ path: 'audience', key: 'announcements.problem.nobody' });
    }
    return list;
  };
  const problems = problemsFor(checked);
  const fromServer = actions.notice?.kind === 'rejected' ? serverProblems(actions.notice.fields, t) : [];
  const errorAt = (path: string) => {
    const mine = problems.find((p) => p.path === path);
    return mine ? t(mine.key, mine.values) : fromServer.find((p) => p.path === path)?.message;
  };
  const field = (path: string) => {
    const message = errorAt(path);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  /** Marks the form's problems for `kind`; true when there are none. Else focuses the first marked field. */
  const passes = (kind: Checked) => {
    setChecked(kind);
    if (problemsFor(kind).length === 0) return true;
    window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-path="audience"]')?.focus());
    return false;
  };
  const save = () => passes('save') && void actions.save(input);
  const test = () => passes('save') && void actions.test(input);
  const sendNow = async () => {
    if (!passes('send')) return;
    const known = count.state === 'ok' ? count.count : await countAudience(audience).catch(() => undefined);
    if (known && known.recipients > 0) setConfirm(known);
  };
  const schedule = () => {
    if (passes('schedule')) void actions.send(input, localToIso(scheduleAt));
  };

  return (
    <div className={styles.root} data-testid="compose" data-id={actions.saved?.id ?? ''}>
      <div className={styles.toolbar}>
        <Button appearance="subtle" onClick={onBack} data-testid="back">
          {t('announcements.back')}
        </Button>
      </div>
      <h3 ref={headingRef} tabIndex={-1} className={styles.title}>
        {t(actions.saved ? 'announcements.compose.edit' : 'announcements.compose.new')}
      </h3>
      <div ref={form} className={styles.compose}>
        <div className={mergeClasses(styles.form, styles.formArea)} data-testid="compose-form">
          <Field label={t('announcements.field.languages')} hint={t('announcements.languages.hint')}>
            <RadioGroup layout="horizontal" value={draft.languages} onChange={(_, d) => set('languages', d.value as AnnouncementDraft['languages'])} data-testid="languages">
              <Radio value="de" label={t('announcements.languages.de')} />
              <Radio value="en" label={t('announcements.languages.en')} />
              <Radio value="both" label={t('announcements.languages.both')} />
            </RadioGroup>
          </Field>
          {languagesOf(draft.languages).map((lang) => (
            <ContentFields key={lang} lang={lang} value={draft[lang]} onChange={(next) => set(lang, next)} errorAt={errorAt} />
          ))}
          <Field label={t('announcements.field.imageUrl')} {...field('imageUrl')}>
            <Input type="url" inputMode="url" value={draft.imageUrl} placeholder="https://" onChange={(_, d) => set('imageUrl', d.value)} data-testid="image-url" />
          </Field>
          <Field label={t('announcements.field.linkUrl')} {...field('linkUrl')}>
            <Input type="url" inputMode="url" value={draft.linkUrl} placeholder="https://" onChange={(_, d) => set('linkUrl', d.value)} data-testid="link-url" />
          </Field>
          <Field label={t('announcements.field.author')} hint={t('announcements.field.authorHint')} {...field('author')}>
            <Input value={draft.author} onChange={(_, d) => set('author', d.value)} data-testid="author" />
          </Field>
          <Switch label={t('announcements.field.acknowledge')} checked={draft.acknowledge} onChange={(_, d) => set('acknowledge', d.checked)} data-testid="acknowledge" />
          <AudiencePicker
            value={{ allEmployees, teams, departments }}
            onChange={(next) => setDraft((d) => ({ ...d, ...next }))}
            options={options.state === 'ok' ? options.data : undefined}
            failed={options.state === 'error'}
            count={count}
            error={errorAt('audience')}
          />
        </div>
        <CardPreview id={id} input={input} className={styles.previewArea} />
        <div className={mergeClasses(styles.form, styles.actionsArea)}>
          {problems.length > 0 && (
            <MessageBar intent="error" layout="multiline" data-testid="form-problems">
              <MessageBarBody>{t('announcements.check', { count: problems.length })}</MessageBarBody>
            </MessageBar>
          )}
          <ComposeNotice
            notice={actions.notice}
            onAdopt={(current) => {
              actions.adopt(current);
              setDraft(draftFromInput(current));
            }}
          />
          <SendControls
            busy={actions.busy}
            onSave={save}
            onTest={test}
            onSendNow={() => void sendNow()}
            scheduleAt={scheduleAt}
            scheduleMin={isoToLocal(new Date(Date.now() + MIN_SCHEDULE_LEAD_MS).toISOString())}
            onScheduleAtChange={setScheduleAt}
            onSchedule={schedule}
            scheduleError={errorAt('schedule')}
            confirm={confirm}
            onConfirm={() => {
              setConfirm(undefined);
              void actions.send(input);
            }}
            onCancelConfirm={() => setConfirm(undefined)}
          />
        </div>
      </div>
    </div>
  );
}
