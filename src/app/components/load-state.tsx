import type { ReactNode } from 'react';
import { Spinner } from 'zmp-ui';
import { ErrorNote } from './error-note';
import type { ApiResult } from '../api/http';
import { useLoaded, type Loaded } from './use-loaded';

/** The spinner a screen shows while it waits, as a status so a screen reader says something is coming. */
export function Busy({ children }: { children?: ReactNode }) {
  return (
    <div className="hvs-center" role="status">
      <Spinner visible />
      {children}
    </div>
  );
}

type Props<T> = { state: Loaded<T>; onRetry: () => void; children: (value: T) => ReactNode };

/**
 * What a screen loaded with useLoaded shows: the spinner while it loads, the failure in words with "Thử lại", and
 * its content once it is there. The content is a function, so it only runs with the value in hand.
 */
export function LoadState<T>({ state, onRetry, children }: Props<T>) {
  if (state.kind === 'loading') return <Busy />;
  if (state.kind === 'failed') return <ErrorNote code={state.code} onRetry={onRetry} />;
  return <>{children(state.value)}</>;
}

type FetchedProps<T> = {
  load: () => Promise<ApiResult<T>>;
  children: (value: T, reload: () => void) => ReactNode;
};

/** A screen that is one look-up: useLoaded and LoadState together; the content also gets reload, to ask again. */
export function Fetched<T>({ load, children }: FetchedProps<T>) {
  const { state, reload } = useLoaded(load);
  return (
    <LoadState state={state} onRetry={reload}>
      {(value) => children(value, reload)}
    </LoadState>
  );
}
