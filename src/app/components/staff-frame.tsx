import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page, Spinner } from 'zmp-ui';
import { AppHeader } from './app-header';

type Props = { title: string; onBack?: () => void; ns?: string[]; children: ReactNode };

/**
 * The page of a staff screen: the same header and type as the residents' screens, in a centred column that uses a
 * desktop browser's width without stretching lines across it. Waits for the screen's strings (a chunk of their own).
 */
export function StaffFrame({ title, onBack, ns = ['staff'], children }: Props) {
  const { ready } = useTranslation([...ns, 'common']);
  return (
    <Page className="hvs-page hvs-staff">
      <AppHeader title={ready ? title : ''} onBackClick={onBack} />
      <div className="hvs-staff-wrap">
        {ready ? (
          children
        ) : (
          <div className="hvs-center" role="status">
            <Spinner visible />
          </div>
        )}
      </div>
    </Page>
  );
}
