import { Component, type ErrorInfo, type ReactNode } from 'react';
import { reportRendererError } from './report-errors';

interface Props {
  /** Names what failed, e.g. "the reader", so the message says which part of the desk to retry. */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Catches a render error in one part of the desk and offers "Try again" instead of a white screen.
 * A class because React still has no hook for error boundaries.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Render error in ${this.props.area}`, error, info.componentStack);
    reportRendererError('render', error, this.props.area);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="boundary-error">
        <p className="boundary-title">Something went wrong in {this.props.area}.</p>
        <p className="boundary-detail">{this.state.error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
