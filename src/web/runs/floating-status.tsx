import { StatusMessage } from '../components/status-message';

/**
 * The confirmation after an action, fixed at the bottom of the window: on long pages (a run's
 * flow, an SOP sheet) the button that caused it may be far below the top of the page.
 */
export function FloatingStatus({ message, onDone }: { message: string | null; onDone: () => void }) {
  return (
    <div
      style={{
        position: 'fixed',
        bottom: 8,
        left: 8,
        right: 8,
        zIndex: 300,
        maxWidth: 520,
        margin: '0 auto',
      }}
    >
      <StatusMessage message={message} onDone={onDone} />
    </div>
  );
}
