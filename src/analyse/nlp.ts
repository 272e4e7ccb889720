import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;

/**
 * The shared wink-nlp instance, created on first use with only sentence
 * boundary detection in its pipe: POS tagging and NER double the cost and
 * nothing downstream reads them.
 */
export function nlp(): WinkMethods {
  instance ??= winkNLP(model, ['sbd']);
  return instance;
}
