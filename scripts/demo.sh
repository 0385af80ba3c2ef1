#!/usr/bin/env bash
# The main job on the bundled seeds, from a fresh clone: install, extract the
# facts of the past releases, draft the four kinds of release in English,
# Chinese and Spanish, then lint and score the English drafts. Output: out/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh
mkdir -p out
drafting facts seeds/ --merge -o out/facts.yaml --force
for t in opening closing advisory award; do
  drafting draft "$t" --facts out/facts.yaml --event "examples/$t.event.yaml" \
    --lang en,zh,es -o out/ --force
done
ls -1 out/
echo "--- lint of the English drafts (against the seeds' facts)"
drafting lint out/*.en.md --facts out/facts.yaml || true
echo "--- readability of the opening release in three languages"
drafting score out/opening.en.md out/opening.zh.md out/opening.es.md || true
