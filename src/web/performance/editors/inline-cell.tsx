import { Button, Group, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/api-request-error';
import { formatNumberId } from '../format-id';
import { canonicalDraft, normaliseDraft } from './decimal-draft';
import { CONFLICT } from './editor-queries';

export type CellKind = 'decimal' | 'rupiah' | 'text' | 'longtext';

interface InlineCellProps {
  /** Names the value for screen readers and in the edit button: "Target 2027 IKU-01". */
  label: string;
  /** What the cell shows while not editing. */
  display: ReactNode;
  /** The text the input starts with. */
  initial: string;
  editable: boolean;
  kind?: CellKind;
  align?: 'left' | 'right';
  /** When the draft needs a written reason (a PK target off the Renstra, TW IV off the PK). */
  needsReason?: (draft: string) => boolean;
  initialReason?: string | null;
  /** A live remark under the input, e.g. a quarter below the previous one. */
  hint?: (draft: string) => string | null;
  /** Stores the value (normalised: Rupiah without thousands dots); rejects with the server's error. */
  onSave: (value: string, reason: string) => Promise<unknown>;
  /** Set by the table when this cell is the one being edited elsewhere in the row: start editing. */
  testId?: string;
}

/**
 * One value edited in place: click (or Enter on) the cell, type, Enter or "Simpan" saves, Escape or
 * "Batal" puts the old value back. The server's message shows under the input; after a conflict the
 * latest stored value shows there too.
 */
export function InlineCell(props: InlineCellProps) {
  const { label, display, initial, editable, kind = 'decimal', align = 'right', testId } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState(props.initialReason ?? '');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [saving, setSaving] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  if (!editable) return <>{display}</>;

  const open = () => {
    setDraft(initial);
    setReason(props.initialReason ?? '');
    setError(null);
    setEditing(true);
  };
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };
  const valueKind = kind === 'longtext' ? 'text' : kind;
  const value = normaliseDraft(draft, valueKind);
  const reasonShown = props.needsReason?.(value) ?? false;
  const save = async () => {
    setSaving(true);
    try {
      await props.onSave(value, reasonShown ? reason.trim() : '');
      close();
    } catch (failure) {
      const apiError =
        failure instanceof ApiRequestError
          ? failure
          : new ApiRequestError(0, { code: 'UNKNOWN', message: String((failure as Error)?.message) });
      // A conflict stays here too: the latest value is already loaded and shown under the input, so
      // the person decides whether their value should still replace it (saving again) or not.
      setError(apiError);
      // The Save button was disabled while saving and lost the focus: put it back on the value,
      // whose message is now read out, so Escape and typing work again.
      inputRef.current?.focus();
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (
      event.key === 'Enter' &&
      (event.target as HTMLElement).tagName === 'INPUT' &&
      !event.nativeEvent.isComposing
    ) {
      event.preventDefault();
      void save();
    }
  };

  if (!editing)
    return (
      <UnstyledButton
        ref={buttonRef}
        onClick={open}
        aria-label={t('perfEdit.editCell', { name: label })}
        title={t('perfEdit.editCell', { name: label })}
        data-testid={testId}
        data-editable-cell
        style={{
          display: 'block',
          width: '100%',
          minHeight: 28,
          padding: '2px 6px',
          margin: '-2px -6px',
          boxSizing: 'content-box',
          borderRadius: 4,
          textAlign: align,
          borderBottom: '1px dashed var(--mantine-color-gray-5)',
        }}
      >
        {display}
      </UnstyledButton>
    );

  const reasonMessages = error?.fields.filter((f) => f.field === 'reason').map((f) => f.message) ?? [];
  const valueMessages = error
    ? error.fields.length > 0
      ? error.fields.filter((f) => f.field !== 'reason').map((f) => f.message)
      : [error.message]
    : [];
  const hint = props.hint?.(value) ?? null;
  const canonical = valueKind === 'text' ? null : canonicalDraft(value);
  // Rupiah always show what they become; other figures only when a dot may be misread (`2.000` is
  // two, not two thousand).
  const preview =
    canonical !== null &&
    (valueKind === 'rupiah' || (draft.includes('.') && formatNumberId(canonical) !== draft.trim()))
      ? t('perfEdit.storedAs', {
          value: valueKind === 'rupiah' ? `Rp${formatNumberId(canonical)}` : formatNumberId(canonical),
        })
      : null;
  const Input = kind === 'longtext' ? Textarea : TextInput;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the editor cancels it
    <div
      onKeyDown={onKeyDown}
      style={{ minWidth: kind === 'longtext' || reasonShown ? 240 : 140 }}
      data-testid={testId}
    >
      <Stack gap={4}>
        <Input
          ref={inputRef}
          size="xs"
          aria-label={label}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          inputMode={valueKind === 'text' ? undefined : 'decimal'}
          autoFocus
          autosize={kind === 'longtext' ? true : undefined}
          minRows={kind === 'longtext' ? 2 : undefined}
          error={valueMessages.length > 0 ? valueMessages.join(' ') : undefined}
          styles={{ input: { textAlign: kind === 'longtext' ? 'left' : align } }}
        />
        {preview && !valueMessages.length && (
          <Text size="xs" c="dimmed">
            {preview}
          </Text>
        )}
        {error?.code === CONFLICT && (
          <Text size="xs" component="div">
            {t('perfEdit.latestValue')} {display}
          </Text>
        )}
        {hint && (
          <Text size="xs" fw={600} role="note" style={{ color: 'var(--mantine-color-orange-light-color)' }}>
            {hint}
          </Text>
        )}
        {reasonShown && (
          <Textarea
            size="xs"
            label={t('perfEdit.reasonRequired')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            withAsterisk
            error={reasonMessages.length > 0 ? reasonMessages.join(' ') : undefined}
          />
        )}
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-xs" variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button size="compact-xs" onClick={() => void save()} loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </div>
  );
}
