#!/usr/bin/env bash
# Release dry run (pnpm release:dry, in pnpm verify): `changeset version`, then
# `pnpm publish -r --dry-run`, in a temporary copy of the tree (the working tree
# is left as it is). Needs the packages built (`pnpm build`). Fails when
# versioning or a publish fails, or when a published package is not in the
# dry run's list.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pyobj-release-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The copy: sources, built dist/ and each package's node_modules links; the
# root node_modules (the pnpm store) is linked, not copied.
tar -C "$root" -cf - --exclude=./node_modules --exclude=./.git --exclude=.turbo --exclude=./docs/api . | tar -C "$tmp" -xf -
ln -s "$root/node_modules" "$tmp/node_modules"
cd "$tmp"

echo "release: changeset version ($(ls .changeset/*.md | grep -vc README) changesets)"
node_modules/.bin/changeset version

published=$(node -e '
  const fs = require("fs");
  for (const d of fs.readdirSync("packages")) {
    const p = JSON.parse(fs.readFileSync(`packages/${d}/package.json`, "utf8"));
    if (!p.private) console.log(`${p.name}@${p.version}`);
  }')
echo "release: versions after changeset version:" $published

out=$(pnpm publish -r --dry-run --no-git-checks --report-summary 2>&1) || {
  echo "$out"
  exit 1
}
echo "$out" | grep -E "^(npm notice )?(\+|name:|version:|filename:|total files:)" || true
status=0
for nv in $published; do
  if ! node -e '
    const s = JSON.parse(require("fs").readFileSync("pnpm-publish-summary.json", "utf8"));
    const [name, version] = process.argv[1].split(/@(?=[^@]*$)/);
    process.exit(s.publishedPackages.some((p) => p.name === name && p.version === version) ? 0 : 1);
  ' "$nv"; then
    echo "release: $nv is not in the dry run's published packages"
    status=1
  fi
done
[ $status -eq 0 ] && echo "release: dry run ok ($(echo $published | wc -w) packages)"
exit $status
