import { useNavigate } from 'zmp-ui';
import { ConsentPage } from '../features/consent/consent-page';
import { useAppState } from '../store/store-context';

/**
 * The data notice. As the first-start gate a decision is recorded either way (declining means "phone only");
 * opened later from My data or the household screen, declining just goes back and changes nothing.
 */
export function ConsentRoute({ gate = false }: { gate?: boolean }) {
  const navigate = useNavigate();
  const lang = useAppState((s) => s.settings.lang);
  const setLang = useAppState((s) => s.setLang);
  const decide = useAppState((s) => s.decideConsent);
  const back = () => navigate(-1);
  return (
    <ConsentPage
      gate={gate}
      lang={lang}
      onLang={setLang}
      onAccept={() => {
        decide(true);
        if (!gate) back();
      }}
      onDecline={() => (gate ? decide(false) : back())}
    />
  );
}
