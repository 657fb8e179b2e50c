#!/usr/bin/env bash
# Builds the site the end-to-end tests run against: the real content plus e2e/fixtures/content
# (a draft, a scheduled item, hostile markup, verbatim copies of the four news seeds), into .next-test,
# through the same steps as `npm run build`: contentlayer, the editorial check, next build.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .test-content
mkdir -p .test-content
cp -R content/. .test-content/
cp -R e2e/fixtures/content/. .test-content/
echo "Test content: $(find .test-content -type f | wc -l) files (content/ + e2e/fixtures/content/)"
CONTENT_DIR=.test-content npx contentlayer2 build
CONTENT_DIR=.test-content npx tsx scripts/content-check.ts
NEXT_DIST_DIR=.next-test npx next build
