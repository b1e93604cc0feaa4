// Adds jest-dom matchers (toBeInTheDocument, …) where a DOM exists; node suites skip it.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  // jsdom has no scrolling; zmp-ui's Page scrolls itself to the top when it mounts.
  Element.prototype.scrollTo ??= () => undefined;
}
export {};
