import { STATUS_LABELS, type Status } from '../../shared/domain/status';
import { StatusIcon } from './status-icon';

/** A claim's status as a word and an icon together; the colour only echoes them. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} />
      <span className="status-word">{STATUS_LABELS[status]}</span>
    </span>
  );
}
