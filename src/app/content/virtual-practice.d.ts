declare module 'virtual:practice-items' {
  import type { PracticeItem } from '../../core/practice/practice-schema';
  const items: PracticeItem[];
  export default items;
}
