import type { MouseEvent, ReactNode } from 'react';
import { useHref } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';

type Props = { to: string; className?: string; testId?: string; lessonId?: string; children: ReactNode };

/**
 * A real link to a screen of the app: the same markup as the page prerendered into index.html, so a tap works before
 * React has started (the browser loads that screen) and nothing changes shape when React takes over. Once React runs,
 * a plain tap stays inside the app with zmp-ui's page transition; a long press or a modified click still sees a link.
 */
export function AppLink({ to, className, testId, lessonId, children }: Props) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={href} className={className} onClick={onClick} data-testid={testId} data-lesson={lessonId}>
      {children}
    </a>
  );
}
