import { Field, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { announcementProblems, previewAnnouncement, type CardJson, type PreviewLanguage } from '../../api/announcements';
import type { AnnouncementInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { useCardPreviewStyles } from './useCardPreviewStyles';

/** The renderer (adaptivecards + markdown-it) comes in its own chunk, once a preview is shown. */
const loadRenderer = () => import('./renderCard');
type Renderer = Awaited<ReturnType<typeof loadRenderer>>;

/** How long typing may pause before the preview is asked for again. */
const PREVIEW_DELAY_MS = 500;

/** Props of {@link CardPreview}. */
export interface CardPreviewProps {
  /** The announcement's id once it has one (the card's button data carries it). */
  id?: string;
  input: AnnouncementInput;
  className?: string;
}

type PreviewState =
  | { state: 'loading' }
  | { state: 'ok'; card: CardJson }
  | { state: 'rejected'; problems: string[] }
  | { state: 'failed' };

/**
 * The announcement as the server builds the card (`POST /api/announcements/preview` — exactly what
 * is sent), rendered as the real Adaptive Card inside a Teams-like chat message. With two languages
 * one can look at the German or English personal message, or the channel post with both.
 */
export function CardPreview({ id, input, className }: CardPreviewProps) {
  const styles = useAnnouncementStyles();
  const preview = useCardPreviewStyles();
  const { t, locale } = useT();
  const [lang, setLang] = useState<PreviewLanguage>(locale);
  const [result, setResult] = useState<PreviewState>({ state: 'loading' });
  const [renderer, setRenderer] = useState<Renderer>();
  const [rendered, setRendered] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const effectiveLang: PreviewLanguage = input.languages === 'both' ? lang : input.languages;
  const key = JSON.stringify([id, input, effectiveLang]);
  const empty = ![input.de, input.en].some((c) => c && (c.title || c.text));
  const showCard = !empty && (result.state === 'ok' || result.state === 'loading');

  useEffect(() => {
    let active = true;
    loadRenderer().then(
      (module) => active && setRenderer(module),
      () => active && setResult({ state: 'failed' }),
    );
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    if (empty) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      previewAnnouncement(id, input, effectiveLang, { signal: controller.signal }).then(
        (card) => setResult({ state: 'ok', card }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const problems = announcementProblems(error, t);
          setResult(problems.length > 0 ? { state: 'rejected', problems } : { state: 'failed' });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for id, input and language (a new object each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const target = host.current;
    if (!target || !renderer || result.state !== 'ok') return;
    const element = renderer.renderCard(result.card);
    target.replaceChildren(...(element ? [element] : []));
    setRendered(Boolean(element));
  }, [renderer, result, showCard]);

  return (
    <section className={mergeClasses(styles.previewColumn, className)} aria-labelledby="announcement-preview-title" data-testid="announcement-preview">
      <h3 id="announcement-preview-title" className={styles.sectionTitle}>
        {t('announcements.preview.title')}
      </h3>
      <p className={styles.hint}>{t('announcements.preview.hint')}</p>
      {input.languages === 'both' && (
        <Field label={t('announcements.preview.lang')}>
          <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => setLang(d.value as PreviewLanguage)} data-testid="preview-lang">
            <Radio value="de" label={t('announcements.preview.de')} />
            <Radio value="en" label={t('announcements.preview.en')} />
            <Radio value="all" label={t('announcements.preview.all')} />
          </RadioGroup>
        </Field>
      )}
      {!empty && result.state === 'rejected' && (
        <MessageBar intent="warning" layout="multiline" data-testid="preview-rejected">
          <MessageBarBody>
            <MessageBarTitle>{t('announcements.preview.rejected')}</MessageBarTitle>
            <ul className={styles.problems}>
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!empty && result.state === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('announcements.preview.failed')}</MessageBarBody>
        </MessageBar>
      )}
      {empty && <p className={styles.text}>{t('announcements.preview.empty')}</p>}
      {showCard && (
        <div className={preview.chat} role="group" aria-label={t('announcements.preview.message')}>
          <div className={preview.avatar} aria-hidden="true">
            DP
          </div>
          <div className={preview.message}>
            <p className={preview.meta}>
              <span className={preview.sender}>DigiPuls</span>
              <span>{t('announcements.preview.now')}</span>
            </p>
            <div
              ref={host}
              className={preview.card}
              data-testid="card-preview"
              data-ready={rendered && result.state === 'ok' ? 'true' : 'false'}
              aria-busy={!rendered}
            />
            {!rendered && (
              <p role="status" className={styles.status}>
                {t('announcements.preview.loading')}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
