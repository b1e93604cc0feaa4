import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { appWrapper, type Wrap } from '../../../tests/setup/app-wrapper';
import { LoadState } from './load-state';
import type { Loaded } from './use-loaded';

let wrap: Wrap;
beforeAll(async () => {
  wrap = await appWrapper();
});

const show = (state: Loaded<string>, onRetry = vi.fn()) => {
  render(
    wrap(
      <LoadState state={state} onRetry={onRetry}>
        {(v) => <p>Nội dung: {v}</p>}
      </LoadState>,
    ),
  );
  return onRetry;
};

describe('LoadState', () => {
  it('is a status while loading, with no content yet', () => {
    show({ kind: 'loading' });
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByText(/Nội dung/)).toBeNull();
  });

  it('says what failed in words and tries again on "Thử lại"', async () => {
    const onRetry = show({ kind: 'failed', code: 'network' });
    expect(screen.getByRole('alert')).toHaveAttribute('data-error', 'network');
    expect(screen.queryByRole('status')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the content with the loaded value', () => {
    show({ kind: 'ready', value: 'ba hộ' });
    expect(screen.getByText('Nội dung: ba hộ')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
