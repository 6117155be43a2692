#!/usr/bin/env python3
"""Reads the event feed the way an integration would: from a cursor, page after page, polling
again when it has caught up. Prints one JSON line: events read, seconds, events/s, duplicates.
   feed-reader.py <base url> <token> <cursor or ''> <seconds to poll> [limit]
It stops after the given seconds, or at once when it has caught up and the seconds are 0."""
import json
import sys
import time
import urllib.parse
import urllib.request

base, token, cursor, seconds = sys.argv[1], sys.argv[2], sys.argv[3] or None, float(sys.argv[4])
limit = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
seen, read, pages, idle_polls = set(), 0, 0, 0
started = time.monotonic()
last_event_at = started
while True:
    query = {"limit": limit}
    if cursor:
        query["after"] = cursor
    request = urllib.request.Request(
        f"{base}/api/v1/events?{urllib.parse.urlencode(query)}",
        headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request) as response:
        page = json.load(response)
    pages += 1
    for event in page["items"]:
        if event["id"] in seen:
            raise SystemExit(f"event {event['id']} read twice")
        seen.add(event["id"])
    read += len(page["items"])
    if page["items"]:
        last_event_at = time.monotonic()
    cursor = page.get("next", cursor)
    if not page["more"]:
        if time.monotonic() - started >= seconds:
            break
        idle_polls += 1
        time.sleep(0.2)
elapsed = last_event_at - started
print(json.dumps({"events": read, "pages": pages, "seconds": round(elapsed, 2),
                  "events_per_s": round(read / elapsed, 1) if elapsed > 0 else None,
                  "idle_polls": idle_polls, "cursor": cursor}))
