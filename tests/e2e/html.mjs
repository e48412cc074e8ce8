// html-validate as the e2e suites use it on Trunk's output (index.html and the generated pages).
import { HtmlValidate } from 'html-validate';

/** The recommended rules, but for the style of the tags Trunk writes itself (integrity hashes,
 *  crossorigin, its own quoting), which the pages keep as they are; `rules` adds or overrides. */
export function trunkHtmlValidator(rules = {}) {
  return new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      ...rules,
    },
  });
}
