// The FAQ bot as the service builds it, for bench:bot and the tuning tools (tune-bot, explain-bot).
import { loadLessonIndex } from '../../bot/content/lesson-index';
import { createBotText } from '../../bot/chatbot/bot-text';
import { createFaqAnswerer } from '../../bot/chatbot/faq-answerer';
import { loadConcepts, loadFaq } from '../../bot/chatbot/load-faq';

export async function benchAnswerer() {
  const faq = await loadFaq();
  const concepts = await loadConcepts();
  const answerer = createFaqAnswerer({ faq, concepts, lessons: await loadLessonIndex(), text: await createBotText() });
  return { faq, concepts, answerer, topicOf: new Map(faq.map((e) => [e.id, e.topic as string])) };
}
