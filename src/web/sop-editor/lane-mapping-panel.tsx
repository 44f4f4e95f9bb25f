import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopVersion } from '../../contract';
import { usePositions } from '../admin/agency-queries';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { sopKey } from '../runs/run-queries';
import type { ProblemIndex } from './problem-index';

/** Picks the position that plays each lane of the saved draft (the lanes as last saved). */
export function LaneMappingPanel({
  sop,
  agencyId,
  problems,
  onSaved,
}: {
  sop: SopVersion;
  agencyId: string;
  problems: ProblemIndex;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const positions = usePositions(agencyId);
  const [lanes, setLanes] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<ApiRequestError | null>(null);
  useEffect(() => {
    setLanes(Object.fromEntries(sop.lanes.map((lane) => [lane.key, lane.positionId])));
  }, [sop.lanes]);
  const mutation = useMutation({
    mutationFn: () => apiRequest('PUT', `/api/sops/${sop.sopId}/lanes`, { lanes }),
    onSuccess: async () => {
      setError(null);
      await client.invalidateQueries({ queryKey: sopKey(sop.sopId) });
      onSaved(t('sopEditor.lanesSaved'));
    },
    onError: (failure) =>
      setError(
        failure instanceof ApiRequestError
          ? failure
          : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
      ),
  });
  const options = (positions.data ?? []).map((p) => ({ value: p.id, label: `${p.title} (${p.unitName})` }));
  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('sopEditor.mappingHint')}
          </Text>
          <FormErrorSummary error={error} />
          {sop.lanes.map((lane) => {
            const laneProblems = problems.lane(lane.key, 'whole');
            return (
              <Select
                key={lane.key}
                label={t('sopEditor.lanePosition', { lane: lane.label })}
                placeholder={t('sopEditor.laneUnmapped')}
                data={options}
                value={lanes[lane.key] ?? null}
                onChange={(value) => setLanes((current) => ({ ...current, [lane.key]: value }))}
                searchable
                clearable
                error={laneProblems.length > 0 ? laneProblems.map((p) => p.message).join(' ') : undefined}
                data-mapping-lane={lane.key}
              />
            );
          })}
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('sopEditor.saveLanes')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
