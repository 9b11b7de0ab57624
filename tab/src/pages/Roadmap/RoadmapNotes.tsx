import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import type { RoadmapData } from './useRoadmapData';

/** Props of {@link RoadmapNotes}. */
export interface RoadmapNotesProps {
  data: RoadmapData;
  /** Whether any item shown is example data. */
  hasExamples: boolean;
  areaName: (id: string) => string;
}

/** The notes above the board: which areas a channel shows, and that example data is example data. */
export function RoadmapNotes({ data, hasExamples, areaName }: RoadmapNotesProps) {
  const { t } = useT();
  const { channelAreas } = data;
  return (
    <>
      {channelAreas && (
        <MessageBar intent="info" layout="multiline" data-testid="channel-note">
          <MessageBarBody>
            {t('roadmap.channelShows', { areas: channelAreas.map(areaName).join(', ') })}
            {data.unknownChannelAreas.length > 0 && ` ${t('roadmap.channelAreasUnknown', { areas: data.unknownChannelAreas.join(', ') })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {(data.areas.example || hasExamples) && (
        <MessageBar intent="info" layout="multiline" data-testid="roadmap-example-note">
          <MessageBarBody>
            {data.areas.example && <span data-testid="areas-example">{t('roadmap.areasExample')} </span>}
            {hasExamples && <span data-testid="items-example">{t('roadmap.itemsExample')}</span>}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
