import '../styles/wide.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from 'zmp-ui';
import { AppHeader } from './app-header';
import { Busy } from './load-state';

type Props = { title: string; onBack?: () => void; ns?: string[]; children: ReactNode };

/**
 * A screen whose strings load with it (staff screens, the survey): the usual header and type, in a centred column
 * that uses a desktop browser's width without stretching lines across it. Shows a spinner until the strings arrive.
 */
export function PageFrame({ title, onBack, ns = ['staff'], children }: Props) {
  const { ready } = useTranslation([...ns, 'common']);
  return (
    <Page className="hvs-page hvs-wide-page">
      <AppHeader title={ready ? title : ''} onBackClick={onBack} />
      <main className="hvs-main">
        <div className="hvs-column">{ready ? children : <Busy />}</div>
      </main>
    </Page>
  );
}
