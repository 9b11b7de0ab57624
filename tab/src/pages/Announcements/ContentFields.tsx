import { Field, Input, mergeClasses, Textarea } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import { MAX_TEXT, type ContentDraft, type Lang } from './announcementForm';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { formatCount } from '../../format';

/** Props of {@link ContentFields}. */
export interface ContentFieldsProps {
  lang: Lang;
  value: ContentDraft;
  onChange: (next: ContentDraft) => void;
  /** The form's or the server's problem at a path such as `de.title`. */
  errorAt: (path: string) => string | undefined;
}

/**
 * Title, text (the safe markdown subset, with a character counter against the limit) and the link
 * button's label, in one language.
 */
export function ContentFields({ lang, value, onChange, errorAt }: ContentFieldsProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const field = (name: keyof ContentDraft) => {
    const message = errorAt(`${lang}.${name}`);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  const length = value.text.trim().length;
  return (
    <fieldset className={styles.fieldset} data-testid={`content-${lang}`}>
      <legend className={styles.legend}>{t(lang === 'de' ? 'announcements.languages.de' : 'announcements.languages.en')}</legend>
      <Field label={t('announcements.field.title')} required {...field('title')}>
        <Input value={value.title} onChange={(_, d) => onChange({ ...value, title: d.value })} lang={lang} data-testid={`title-${lang}`} />
      </Field>
      <Field label={t('announcements.field.text')} required hint={t('announcements.field.textHint')} {...field('text')}>
        <Textarea
          value={value.text}
          onChange={(_, d) => onChange({ ...value, text: d.value })}
          resize="vertical"
          rows={8}
          lang={lang}
          data-testid={`text-${lang}`}
        />
      </Field>
      <p className={mergeClasses(styles.counter, length > MAX_TEXT && styles.counterOver)} data-testid={`text-count-${lang}`}>
        {t('announcements.field.textCount', { count: formatCount(length, locale), max: formatCount(MAX_TEXT, locale) })}
      </p>
      <Field label={t('announcements.field.linkLabel')} {...field('linkLabel')}>
        <Input value={value.linkLabel} onChange={(_, d) => onChange({ ...value, linkLabel: d.value })} data-testid={`link-label-${lang}`} />
      </Field>
    </fieldset>
  );
}
