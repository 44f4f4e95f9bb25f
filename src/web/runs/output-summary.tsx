import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskOutputDto } from '../../contract';
import { currentLanguage } from '../i18n/i18n';
import { formatDueTime } from './format-due-time';

/** One output of a step in words: the document's title, the disposition, the meeting record, a note. */
export function OutputSummary({ output, timeZone }: { output: TaskOutputDto; timeZone: string }) {
  const { t } = useTranslation();
  switch (output.kind) {
    case 'document':
      return <Text size="sm">{t('task.output.document', { title: output.title })}</Text>;
    case 'disposition':
      return (
        <Text size="sm">
          {t('task.output.disposition', { text: output.disposition.text })}
          {output.disposition.letter
            ? ` ${t('task.output.letter', { title: output.disposition.letter.title })}`
            : ''}
        </Text>
      );
    case 'data':
      return <Text size="sm">{t('task.output.data', { summary: output.summary })}</Text>;
    case 'note':
      return <Text size="sm">{t('task.output.note', { text: output.text })}</Text>;
    case 'meeting': {
      const held = /^\d{4}-\d{2}-\d{2}T/.test(output.heldAt)
        ? formatDueTime(output.heldAt, timeZone, currentLanguage())
        : output.heldAt;
      return (
        <Stack gap={2}>
          <Text size="sm">
            {t('task.output.meeting', { heldAt: held, place: output.place, agenda: output.agenda })}
          </Text>
          <Text size="sm">{t('task.output.meetingAttendees', { names: output.attendees.join(', ') })}</Text>
          <Text size="sm" className="alur-break">
            {t('task.output.meetingMinutes', { minutes: output.minutes })}
          </Text>
        </Stack>
      );
    }
  }
}
