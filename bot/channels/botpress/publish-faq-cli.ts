import { loadFaq } from '../../chatbot/load-faq';
import { readConfig } from '../../config';
import { createBotpress } from './create-botpress';

// `npm run bot:publish-faq`: uploads lessons/faq to the Botpress knowledge base; unchanged topics are skipped.
const config = readConfig();
if (!config.botpress) {
  console.error('Set BOTPRESS_TOKEN and BOTPRESS_BOT_ID to publish the FAQ to Botpress.');
  process.exit(1);
}
try {
  const botpress = createBotpress(config.botpress, { log: (msg) => console.log(msg) });
  const r = await botpress.publishFaq(await loadFaq());
  console.log(
    `FAQ published: ${r.uploaded.length} uploaded, ${r.unchanged.length} unchanged, ${r.deleted.length} deleted.`,
  );
} catch (err) {
  console.error(`Could not publish the FAQ: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
