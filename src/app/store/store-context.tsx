import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Platform } from '../../platform';
import type { AppState, AppStore } from './app-store';

type Services = { store: AppStore; platform: Platform };

const ServicesContext = createContext<Services | null>(null);

/** Provides the store and platform built in main.tsx; tests pass their own. */
export function ServicesProvider({ store, platform, children }: Services & { children: ReactNode }) {
  return <ServicesContext.Provider value={{ store, platform }}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesProvider is missing');
  return s;
}

export const usePlatform = () => useServices().platform;

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useServices().store, selector);
}
