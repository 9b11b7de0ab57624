import { Button, Field, Input, mergeClasses, MessageBar, MessageBarBody, Radio, RadioGroup, Switch } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Announcement, AnnouncementInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { isoToLocal, languagesOf, MIN_SCHEDULE_LEAD_MS, type AnnouncementDraft } from './announcementForm';
import { AudiencePicker } from './AudiencePicker';
import { CardPreview } from './CardPreview';
import { ComposeNotice } from './ComposeNotice';
import { ContentFields } from './ContentFields';
import { SendControls } from './SendControls';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { useComposeView } from './useComposeView';

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

/**
 * Compose an announcement: languages and their texts, image, link, author line, acknowledgement,
 * audience with the live recipient count; beside it the preview as the real card. Saving, testing,
 * sending and scheduling first check what the form can (the server checks all again, and its
 * reasons are shown as they come). The state lives in {@link useComposeView}.
 */
export function ComposeView({ headingRef, initial, saved, onChanged, onSent, onBack }: ComposeViewProps) {
  const styles = useAnnouncementStyles();
  const { t } = useT();
  const { draft, set, setDraft, id, form, actions, options, input, count, problems, errorAt, field, ...act } = useComposeView({ initial, saved, onChanged, onSent });
  const { allEmployees, teams, departments } = draft;

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
          <ComposeNotice notice={actions.notice} onAdopt={act.adopt} />
          <SendControls
            busy={actions.busy}
            onSave={act.save}
            onTest={act.test}
            onSendNow={() => void act.sendNow()}
            scheduleAt={act.scheduleAt}
            scheduleMin={isoToLocal(new Date(Date.now() + MIN_SCHEDULE_LEAD_MS).toISOString())}
            onScheduleAtChange={act.setScheduleAt}
            onSchedule={act.schedule}
            scheduleError={errorAt('schedule')}
            confirm={act.confirm}
            onConfirm={act.confirmSend}
            onCancelConfirm={() => act.setConfirm(undefined)}
          />
        </div>
      </div>
    </div>
  );
}
