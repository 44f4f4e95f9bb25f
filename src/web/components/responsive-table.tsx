import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhoneLayout } from './use-phone-layout';

export interface Column<T> {
  key: string;
  header: string;
  /** `layout` tells whether the value lands in a table cell or a phone card. */
  render: (row: T, layout: 'table' | 'cards') => ReactNode;
}

interface ResponsiveTableProps<T> {
  /** Read by screen readers as the table's name. */
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** Buttons for one row (edit, delete); their labels should name the row. */
  actions?: (row: T) => ReactNode;
  actionsHeader?: string;
  empty: ReactNode;
  minWidth?: number;
}

/**
 * A table on wide screens; on a phone each row becomes a card (first column as its title, the
 * others as label and value) so nothing needs sideways scrolling.
 */
export function ResponsiveTable<T>(props: ResponsiveTableProps<T>) {
  const { caption, rows, columns, rowKey, actions, actionsHeader, empty, minWidth = 720 } = props;
  const phone = usePhoneLayout();
  if (rows.length === 0) return <>{empty}</>;

  if (phone) {
    const [first, ...rest] = columns;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={caption} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Paper component="li" key={rowKey(row)} withBorder p="sm" radius="md">
            {first && (
              <Text fw={600} component="div" className="alur-break">
                {first.render(row, 'cards')}
              </Text>
            )}
            <Stack gap={4} mt={6}>
              {rest.map((column) => (
                <Group key={column.key} gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" miw={96} style={{ flexShrink: 0 }}>
                    {column.header}
                  </Text>
                  <Text size="sm" component="div" className="alur-break">
                    {column.render(row, 'cards')}
                  </Text>
                </Group>
              ))}
            </Stack>
            {actions && (
              <Group gap="xs" mt="sm">
                {actions(row)}
              </Group>
            )}
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption className="alur-visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
            {actions && (
              <Table.Th scope="col">
                <span className="alur-visually-hidden">{actionsHeader}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.render(row, 'table')}</Table.Td>
              ))}
              {actions && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    {actions(row)}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
