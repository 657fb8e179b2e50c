import { makeSource } from "contentlayer2/source-files";
import { contentTypes } from "./lib/content-model";
import { contentlayerType } from "./lib/content-model/contentlayer";
import { configureMarkdown } from "./lib/markdown/pipeline";
import { site } from "./lib/site";

// The document types come from the content model (lib/content-model), which also drives the
// content check that `npm run build` runs before this step. Contentlayer stays strict anyway: a
// file the check let through but Contentlayer cannot read still fails the build.
export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? "content",
  documentTypes: contentTypes.map(contentlayerType),
  markdown: configureMarkdown,
  // Frontmatter dates without an offset are read as Amsterdam time (lib/dates.ts reads them alike).
  date: { timezone: site.timeZone },
  disableImportAliasWarning: true,
  onUnknownDocuments: "fail",
  onMissingOrIncompatibleData: "fail",
  onExtraFieldData: "fail",
});
