declare module 'virtual:practice-items' {
  import type { PlayableItem } from '../../core/practice/practice-round';
  const items: PlayableItem[];
  export default items;
}
