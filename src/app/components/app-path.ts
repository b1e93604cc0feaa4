/**
 * The in-app path of a link the service made (`https://zalo.me/s/<appId>/lesson/x?src=…` → `/lesson/x?src=…`), which
 * is what sharing needs: Zalo shares a path of this mini app, a browser builds its own address from it.
 */
export function appPathOf(link: string): string {
  try {
    const u = new URL(link);
    return `${u.pathname.replace(/^\/s\/[^/]+/, '').replace(/^\/zapps\/[^/]+/, '') || '/'}${u.search}`;
  } catch {
    return link;
  }
}
