#!/usr/bin/env python3
"""Drill: PostgreSQL restarted under quote load through HAProxy.

Four clients quote and confirm returns without pause; after WARMUP seconds PostgreSQL is stopped
for OUTAGE seconds and started again; the load goes on for RECOVERY seconds. Checks that every
answer was a 2xx/4xx of the API or a 503 problem+json with Retry-After (never a 500 nor a non-JSON
error), that /health/ready of instance 1 went DOWN and came back UP by itself, and that every
confirmation answered 200 is stored as confirmed in the database.
Usage: drill_db_restart.py FRONT_URL INSTANCE1_URL SHOP_TOKEN PSQL_DB_ARGS... (see drill-db-restart.sh)
"""
import collections
import datetime
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

FRONT, INSTANCE, TOKEN = sys.argv[1], sys.argv[2], sys.argv[3]
PSQL = sys.argv[4:]
WARMUP, OUTAGE, RECOVERY = 10, 12, 25
PG_VERSION = subprocess.run("ls /etc/postgresql | sort -V | tail -n 1", shell=True, capture_output=True,
                            text=True).stdout.strip()

stop = threading.Event()
lock = threading.Lock()
answers = collections.Counter()
bad = []
confirmed_ok = []
ready_timeline = []
phase = {"now": "before"}


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(FRONT + path, data=data, method=method, headers={
        "Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
    except Exception as e:  # connection refused, reset, timeout: the client would retry
        return 0, {}, str(e).encode()


def record(kind, status, headers, body):
    ctype = (headers.get("Content-Type") or "") if headers else ""
    with lock:
        answers[(phase["now"], kind, status)] += 1
        if status >= 500 or status == 0:
            ok = status == 503 and ctype.startswith("application/problem+json") and headers.get("Retry-After")
            if not ok:
                bad.append((phase["now"], kind, status, ctype, body[:200]))


def client(n):
    i = 0
    delivered = (datetime.date.today() - datetime.timedelta(days=5)).isoformat()
    while not stop.is_set():
        i += 1
        rid = "DRILL-%d-%d-%d" % (int(time.time()), n, i)
        status, headers, body = call("POST", "/api/v1/returns/routes", {
            "returnId": rid, "shopId": "drill-shop", "market": "DE",
            "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"},
            "deliveredOn": delivered, "reason": "CHANGED_MIND", "outcome": "REFUND",
            "items": [{"sku": "TEE", "category": "FASHION", "lengthCm": 30, "widthCm": 20, "heightCm": 5,
                       "weightKg": 0.4, "valueEur": 25}]})
        record("quote", status, headers, body)
        if status != 200:
            time.sleep(0.2)
            continue
        quote = json.loads(body)
        if quote.get("decision") != "ACCEPTED":
            continue
        choices = [{"parcelId": p["parcelId"], "optionId": p["options"][0]["optionId"]} for p in quote["parcels"]]
        status, headers, body = call("POST", "/api/v1/returns/%s/route" % rid, {"choices": choices})
        record("confirm", status, headers, body)
        if status == 200:
            with lock:
                confirmed_ok.append(rid)


def watch_ready():
    last = None
    while not stop.is_set():
        try:
            with urllib.request.urlopen(INSTANCE + "/health/ready", timeout=3) as r:
                state = "UP" if r.status == 200 else "DOWN"
        except urllib.error.HTTPError:
            state = "DOWN"
        except Exception:
            state = "NO ANSWER"
        if state != last:
            ready_timeline.append((round(time.time() - t0, 1), state))
            last = state
        time.sleep(0.25)


def pg(action):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", action], check=True)


t0 = time.time()
threads = [threading.Thread(target=client, args=(n,)) for n in range(4)] + [threading.Thread(target=watch_ready)]
for t in threads:
    t.start()
try:
    time.sleep(WARMUP)
    phase["now"] = "outage"
    print("[drill] %.1f s: stopping PostgreSQL %s" % (time.time() - t0, PG_VERSION), flush=True)
    pg("stop")
    time.sleep(OUTAGE)
    print("[drill] %.1f s: starting PostgreSQL" % (time.time() - t0), flush=True)
    pg("start")
    phase["now"] = "after"
    time.sleep(RECOVERY)
finally:
    subprocess.run("pg_isready -q -h 127.0.0.1 || pg_ctlcluster --skip-systemctl-redirect %s main start" % PG_VERSION,
                   shell=True)
    stop.set()
    for t in threads:
        t.join()

print("[drill] answers by phase, kind and status:")
for key in sorted(answers):
    print("   %-7s %-8s %3d: %d" % (key[0], key[1], key[2], answers[key]))
print("[drill] /health/ready of instance 1 over time (s, state): %s" % ready_timeline)
ids = ",".join("'%s'" % r for r in confirmed_ok) or "''"
stored = subprocess.run(PSQL + ["-c", "SELECT COUNT(*) FROM return_request WHERE confirmed_at IS NOT NULL AND return_id IN (%s)" % ids],
                        capture_output=True, text=True, check=True).stdout.strip()
print("[drill] confirmations answered 200: %d; stored as confirmed: %s" % (len(confirmed_ok), stored))
recovered = [k for k in answers if k[0] == "after" and k[2] == 200]
states = [s for _, s in ready_timeline]
passed = (not bad and int(stored) == len(confirmed_ok) and recovered and "DOWN" in states and states[-1] == "UP"
          and answers.get(("outage", "quote", 503), 0) + answers.get(("outage", "confirm", 503), 0) > 0)
for b in bad[:10]:
    print("[drill] unexpected answer: %s" % (b,))
print("[drill] PASS" if passed else "[drill] FAIL")
sys.exit(0 if passed else 1)
