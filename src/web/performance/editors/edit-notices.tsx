import { Alert, List } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface EditNotice {
  tone: 'warning';
  messages: string[];
}

interface NoticeApi {
  notify: (notice: EditNotice) => void;
}

const NoticeContext = createContext<NoticeApi>({ notify: () => {} });

/** Lets a cell deep in a table report what a save brought back (warnings, a conflict) at the page's top. */
export function useEditNotice(): NoticeApi {
  return useContext(NoticeContext);
}

/**
 * Holds the latest notice of an editor page and shows it above the editor, announced politely: the
 * server's remarks after a save (a zero target, a PK that now differs from the Renstra). It sticks
 * below the page header while the person works further down the table.
 */
export function EditNoticeArea({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<EditNotice | null>(null);
  const notify = useCallback((next: EditNotice) => setNotice(next.messages.length > 0 ? next : null), []);
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={api}>
      {/* One block: a page that stacks its children with gaps must not space out empty regions. */}
      <div>
        <div role="status" aria-live="polite" style={{ position: 'sticky', top: 72, zIndex: 5 }}>
          {notice && (
            <Alert
              color="yellow"
              variant="light"
              mb="md"
              title={t('perfEdit.warningTitle')}
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setNotice(null)}
              data-testid="edit-notice"
            >
              {notice.messages.length === 1 ? (
                notice.messages[0]
              ) : (
                <List size="sm" spacing={2}>
                  {notice.messages.map((m) => (
                    <List.Item key={m}>{m}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </div>
        {children}
      </div>
    </NoticeContext.Provider>
  );
}
