/**
 * The site the end-to-end tests run against: the real content plus e2e/fixtures/content (a draft,
 * a scheduled item, hostile markup, verbatim copies of the four news seeds), built by `npm run
 * build` itself into .next-test, with its content in .cache/e2e: the developer's .contentlayer and
 * .next stay as they were.
 */
import { assembleContent, runNpm } from "../lib/content-site";

const contentDir = ".cache/e2e/content";
const files = assembleContent(contentDir, ["content", "e2e/fixtures/content"]);
console.log(`Test content: ${files} files (content/ + e2e/fixtures/content/) in ${contentDir}`);
runNpm("build", { CONTENT_DIR: contentDir, CONTENTLAYER_DIR: ".cache/e2e", NEXT_DIST_DIR: ".next-test" });
