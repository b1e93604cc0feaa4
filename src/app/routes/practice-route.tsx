import items from 'virtual:practice-items';
import { useLocation } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';
import { findLesson } from '../content/lessons';
import { PracticePage } from '../features/practice/practice-page';
import { useAppState, usePlatform } from '../store/store-context';

/** /practice: "Thật hay lừa?". The only importer of the items, so they load with this screen and not before. */
export function PracticeRoute() {
  const navigate = useNavigate();
  const platform = usePlatform();
  const lang = useAppState((s) => s.settings.lang);
  // Back returns where the practice was opened from (the program, a lesson's result); a link opened cold goes home.
  const { key: entry } = useLocation();
  const home = () => navigate('/', { replace: true, animate: false });
  return (
    <PracticePage
      items={items}
      lang={lang}
      storage={platform.storage}
      lessonTitle={(id) => findLesson(id)?.title[lang]}
      onOpenLesson={(lesson, card) => navigate(`/lesson/${lesson}?card=${encodeURIComponent(card)}`)}
      onHome={home}
      onBack={() => (entry !== 'default' ? navigate(-1) : home())}
    />
  );
}
