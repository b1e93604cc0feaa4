import { useNavigate } from 'zmp-ui';
import { Busy } from '../components/load-state';
import { useAccountStrings } from '../components/use-account-strings';
import { ConsentPage, fromSchoolLink, type ConsentReason } from '../features/consent/consent-page';
import { useAppState } from '../store/store-context';

type Props = {
  reason?: ConsentReason;
  /** Asked in place of another screen (the household, a school link): that screen follows the decision by itself. */
  inPlace?: boolean;
  /** Where "Không đồng ý" leads when asked in place; by default back. */
  onDecline?: () => void;
};

/**
 * The data notice. Asked in place, agreeing records the decision and the screen behind it appears; declining a school
 * link records "phone only" so the lesson opens. Opened from My data, either choice goes back.
 */
export function ConsentRoute({ reason = 'review', inPlace = false, onDecline }: Props) {
  const navigate = useNavigate();
  const lang = useAppState((s) => s.settings.lang);
  const textSize = useAppState((s) => s.settings.textSize);
  const setLang = useAppState((s) => s.setLang);
  const setTextSize = useAppState((s) => s.setTextSize);
  const decide = useAppState((s) => s.decideConsent);
  const back = () => navigate(-1);
  const stringsReady = useAccountStrings();
  if (!stringsReady) return <Busy />;
  return (
    <ConsentPage
      reason={reason}
      lang={lang}
      onLang={setLang}
      textSize={textSize}
      onTextSize={setTextSize}
      onAccept={() => {
        decide(true);
        if (!inPlace) back();
      }}
      onDecline={onDecline ?? (fromSchoolLink(reason) ? () => decide(false) : back)}
      onBack={fromSchoolLink(reason) ? undefined : (onDecline ?? back)}
    />
  );
}
