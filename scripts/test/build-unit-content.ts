/**
 * The unit tests' content: the small, complete site in tests/fixtures/site, checked and built by
 * the same steps as `npm run build` into .cache/unit-content. The unit tests test rules on it, so
 * a marketer's new post or FAQ question never changes what they see.
 */
import { runNpm } from "../lib/content-site";

const env = { CONTENT_DIR: "tests/fixtures/site", CONTENTLAYER_DIR: ".cache/unit-content" };
console.log(`Unit-test content: ${env.CONTENT_DIR} → ${env.CONTENTLAYER_DIR}/.contentlayer`);
runNpm("content:check", env);
runNpm("content:build", env);
