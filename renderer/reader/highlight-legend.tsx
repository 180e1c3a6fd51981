import { STATUSES, STATUS_LABELS } from '../../shared/domain/status';
import { StatusIcon } from '../claims/status-icon';

/**
 * What the highlights mean: each status as its word, its icon and a sample of its tint and
 * underline. The underline style differs per status, so the legend reads without colour too.
 */
export function HighlightLegend() {
  return (
    <section className="hl-legend" aria-labelledby="hl-legend-heading">
      <h3 id="hl-legend-heading" className="hl-legend-heading">
        Highlights
      </h3>
      <ul className="hl-legend-list">
        {STATUSES.map((status) => (
          <li key={status} className="hl-legend-item">
            <span className={`hl-marker hl-marker-static status-${status}`} aria-hidden="true">
              <StatusIcon status={status} />
            </span>
            <span className={`hl hl-${status} hl-sample`}>{STATUS_LABELS[status]}</span>
          </li>
        ))}
      </ul>
      <p className="hl-legend-hint">
        Select words and press <kbd>C</kbd> or Mark claim. Shift+right-click opens the browser’s own menu.
      </p>
    </section>
  );
}
