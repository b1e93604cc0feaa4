import type { Client } from '@botpress/client';
import type { FaqEntry } from '../../../src/core/content/faq-schema';
import { FAQ_SOURCE, renderFaqFiles } from './faq-markdown';

export type PublishResult = { uploaded: string[]; unchanged: string[]; deleted: string[] };

const HEALTHY = new Set(['upload_completed', 'indexing_pending', 'indexing_completed']);

/**
 * Publishes the FAQ to the bot's Files API as indexed Markdown, one file per topic and language, under stable keys.
 * A file whose content hash has not changed is left alone (re-indexing costs quota); a file for a topic that no
 * longer exists is deleted. Throws on failure: this runs from a command, and running it again is safe.
 */
export async function publishFaq(
  client: Client,
  entries: readonly FaqEntry[],
  opts: { log?: (msg: string) => void } = {},
): Promise<PublishResult> {
  const log = opts.log ?? (() => {});
  const files = renderFaqFiles(entries);
  const existing = await client.list.files({ tags: { source: FAQ_SOURCE } }).collect();
  const byKey = new Map(existing.map((f) => [f.key, f]));
  const result: PublishResult = { uploaded: [], unchanged: [], deleted: [] };

  for (const f of files) {
    const old = byKey.get(f.key);
    if (old && old.tags.contentHash === f.contentHash && HEALTHY.has(old.status)) {
      result.unchanged.push(f.key);
      continue;
    }
    // uploadFile = PUT /v1/files (retried by our policy) + a PUT of the bytes to a pre-signed URL through plain axios
    // (not retried): a failure there throws UploadFileError and the next publish repeats the upload.
    await client.uploadFile({
      key: f.key,
      content: f.markdown,
      contentType: 'text/markdown',
      index: true,
      tags: { source: FAQ_SOURCE, topic: f.topic, lang: f.lang, contentHash: f.contentHash },
      metadata: { faqIds: f.faqIds },
    });
    result.uploaded.push(f.key);
    log(`botpress: uploaded ${f.key}`);
  }

  const wanted = new Set(files.map((f) => f.key));
  for (const old of existing) {
    if (wanted.has(old.key)) continue;
    await client.deleteFile({ id: old.id });
    result.deleted.push(old.key);
    log(`botpress: deleted ${old.key}`);
  }
  return result;
}
