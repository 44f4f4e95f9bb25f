import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { laneKey } from './lane-key';
import type { ProblemIndex } from './problem-index';

type Lane = { key: string; label: string };

/**
 * The Pelaksana columns: add (key made from the label once, so renaming keeps steps and the lane's
 * position mapping), rename, reorder, remove (only a lane no step stands in).
 */
export function LanesEditor({
  lanes,
  usedKeys,
  problems,
  onChange,
}: {
  lanes: Lane[];
  usedKeys: ReadonlySet<string>;
  problems: ProblemIndex;
  onChange: (lanes: Lane[]) => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const add = () => {
    const trimmed = label.trim();
    if (trimmed === '') return;
    onChange([
      ...lanes,
      {
        key: laneKey(
          trimmed,
          lanes.map((l) => l.key),
        ),
        label: trimmed,
      },
    ]);
    setLabel('');
  };
  const move = (index: number, delta: -1 | 1) => {
    const copy = [...lanes];
    const [lane] = copy.splice(index, 1);
    copy.splice(index + delta, 0, lane!);
    onChange(copy);
  };
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        {lanes.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('sopEditor.noLanes')}
          </Text>
        )}
        {lanes.map((lane, index) => {
          const laneProblems = problems.lane(lane.key, 'fields');
          return (
            <Group key={lane.key} gap="xs" wrap="nowrap" align="flex-start" data-lane-row={lane.key}>
              <TextInput
                style={{ flex: 1 }}
                label={t('sopEditor.laneLabel', { no: index + 1 })}
                value={lane.label}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  onChange(lanes.map((l) => (l.key === lane.key ? { ...l, label: value } : l)));
                }}
                description={t('sopEditor.laneKey', { key: lane.key })}
                error={laneProblems.length > 0 ? laneProblems.map((p) => p.message).join(' ') : undefined}
              />
              <Group gap={4} mt={26} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('sopEditor.laneUp', { label: lane.label })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('sopEditor.laneDown', { label: lane.label })}
                  disabled={index === lanes.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  color="red"
                  aria-label={t('sopEditor.laneRemove', { label: lane.label })}
                  title={usedKeys.has(lane.key) ? t('sopEditor.laneInUse') : undefined}
                  disabled={usedKeys.has(lane.key)}
                  onClick={() => onChange(lanes.filter((l) => l.key !== lane.key))}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('sopEditor.newLane')}
            placeholder={t('sopEditor.newLanePlaceholder')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button variant="light" onClick={add} disabled={label.trim() === ''}>
            {t('sopEditor.addLane')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
