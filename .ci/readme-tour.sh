#!/usr/bin/env bash
# Walks the README's tour (its bash blocks, as written) against a running service on the given
# port, failing on any answer that is not 2xx, then checks that the tour did what it says.
# Usage: .ci/readme-tour.sh PORT
set -euo pipefail
cd "$(dirname "$0")/.."
port="$1"
tour="$(mktemp)"
trap 'rm -f "$tour"' EXIT
{
  echo 'set -euo pipefail; shopt -s inherit_errexit'
  # Every call of the tour must succeed; the README shows plain curl -s for readability.
  echo 'curl() { command curl --silent --show-error --fail-with-body "$@"; echo; }'
  awk '/^```bash$/{f=1;next} /^```$/{f=0} f' README.md | sed "s/localhost:8080/localhost:${port}/g"
  # What the tour promises: the typo-tolerant search found the customer, the lead was converted,
  # the event feed shows its claim, the deal moved to proposal.
  cat <<CHECK
found=\$(command curl -s -G localhost:${port}/api/v1/customers --data-urlencode 'q=西湖科枝' \
  -H "Authorization: Bearer \$TOKEN" | jq '[.items[] | select(.name == "杭州西湖科技有限公司")] | length')
[ "\$found" -ge 1 ] || { echo "the typo-tolerant search did not find the customer" >&2; exit 1; }
status=\$(command curl -s localhost:${port}/api/v1/leads/\$LEAD -H "Authorization: Bearer \$TOKEN" | jq -r .status)
[ "\$status" = CONVERTED ] || { echo "the lead is \$status, not CONVERTED" >&2; exit 1; }
claimed=\$(command curl -s 'localhost:${port}/api/v1/events?types=lead.claimed' -H "Authorization: Bearer \$SINK" \
  | jq --arg lead "\$LEAD" '[.items[] | select(.subjectId == \$lead)] | length')
[ "\$claimed" = 1 ] || { echo "the event feed shows \$claimed claims of the lead, not 1" >&2; exit 1; }
stage=\$(command curl -s localhost:${port}/api/v1/opportunities/\$DEAL -H "Authorization: Bearer \$TOKEN" | jq -r .stageName)
[ "\$stage" = Proposal ] || { echo "the deal is in \$stage, not Proposal" >&2; exit 1; }
echo "README tour: every call answered 2xx; search found the customer; the lead is converted; the feed shows its claim; the deal is in proposal"
CHECK
} > "$tour"
bash "$tour"
