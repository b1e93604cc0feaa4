/** Synchronous key-value storage: nativeStorage in Zalo, localStorage in a browser. */
export type KeyValueStore = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

export type OpenResult = 'opened' | 'blocked' | 'failed' | 'unsupported';

export type ShareInput = { path: string; title: string; description: string };

/** Everything the app needs from its host. Only this folder knows whether that host is Zalo. */
export type Platform = {
  kind: 'zalo' | 'browser';
  storage: KeyValueStore;
  /** A link that opens the app at `path` (e.g. /lesson/vneid-install) from anywhere. */
  appLink(path: string): string;
  share(input: ShareInput): Promise<ShareResult>;
  openExternal(url: string): Promise<void>;
  /** The host's language, if it tells us; the app falls back to Vietnamese. */
  preferredLanguage(): Promise<string | undefined>;
  /** Called when an already open app is reopened through a link, with the path it was opened at. */
  onReopen(handler: (path: string) => void): () => void;
  /** Zalo's access token for our service to verify; undefined outside Zalo or when Zalo gives none. */
  getAccessToken(): Promise<string | undefined>;
  /** Opens the camera to scan a QR code and returns its text; undefined when cancelled or not possible here. */
  scanQr(): Promise<string | undefined>;
  /** Saves text as a file the person can keep; 'unsupported' where the host has no downloads (Zalo). */
  saveText(fileName: string, text: string, mime: string): Promise<'saved' | 'unsupported'>;
  /** Saves a file (a ward report); 'unsupported' where the host has no downloads (Zalo). */
  saveFile(fileName: string, data: Blob): Promise<'saved' | 'unsupported'>;
  /**
   * Shows a printable document in a new tab. The tab opens within the tap, so popup blockers let it through, and
   * `load` fetches the content after; 'unsupported' in Zalo, which has neither tabs nor printing.
   */
  openDocument(load: () => Promise<Blob | undefined>): Promise<OpenResult>;
};
