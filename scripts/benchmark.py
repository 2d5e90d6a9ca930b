#!/usr/bin/env python3
"""Benchmark of a running platform (./run.sh): API start-up time and memory, then latency and
throughput of reads and writes on the tool inventory and of the policy check (the call intranets
make before each use), with a bounded number of requests sent to localhost only. Usage: scripts/benchmark.py [--reads 2000] [--writes 300] [--threads 4]"""
import argparse, http.client, json, os, re, statistics, subprocess, threading, time, urllib.parse, urllib.request

API_HOST, API_PORT = "localhost", 8080
REALM = "http://localhost:8180/realms/gouvernail"


def token(user):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "gouvernail-cli", "username": user, "password": user}).encode()
    with urllib.request.urlopen(REALM + "/protocol/openid-connect/token", data, timeout=10) as answer:
        return json.load(answer)["access_token"]


def api_pid():
    out = subprocess.run(["pgrep", "-f", "quarkus-run.jar"], capture_output=True, text=True).stdout.split()
    if not out:
        raise SystemExit("the API is not running: start ./run.sh first")
    return int(out[0])


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1)) / 1024


def run(label, count, threads, request):
    latencies, errors, lock = [], [0], threading.Lock()
    per_thread = count // threads

    def worker():
        connection = http.client.HTTPConnection(API_HOST, API_PORT, timeout=30)
        for i in range(per_thread):
            started = time.perf_counter()
            status = request(connection, i)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                if status >= 400:
                    errors[0] += 1
        connection.close()

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    print(f"{label:<34} {len(latencies):>6} req  {len(latencies) / wall:>8.0f} req/s  "
          f"p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms  p99 {q[98]:6.1f} ms  errors {errors[0]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reads", type=int, default=2000)
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    pid = api_pid()
    log = os.path.join(os.path.dirname(__file__), "..", ".local", "logs", "api.log")
    if os.path.exists(log):
        started = re.findall(r"started in ([0-9.]+)s", open(log).read())
        if started:
            print(f"API start-up (Quarkus, last start)  {started[-1]} s")
    print(f"API RSS before load                 {rss_mib(pid):.0f} MiB")

    # a fresh organisation of its own, so the demo association is left as it was
    bearer = {"Authorization": "Bearer " + token("alice")}
    slug = f"bench-{time.time_ns() % 10**10}"
    registration = urllib.request.Request(f"http://{API_HOST}:{API_PORT}/api/v1/organisations", method="POST",
                                          data=json.dumps({"kind": "ASSOCIATION", "name": "Banc d'essai " + slug, "slug": slug,
                                                           "country": "BE"}).encode(),
                                          headers={**bearer, "Content-Type": "application/json"})
    org = json.load(urllib.request.urlopen(registration))["id"]
    tools = f"/api/v1/organisations/{org}/tools"

    def write(connection, i):
        body = json.dumps({"name": f"Bench chat {time.time_ns()}-{i}" if i % 3 == 0 else f"Bench {time.time_ns()}-{i}", "category": "OTHER", "accountType": "PROFESSIONAL",
                           "dataCategories": ["INTERNAL", "PERSONAL"] if i % 2 else ["INTERNAL"], "teams": ["Bench"]})
        connection.request("POST", tools, body, {**bearer, "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status

    def read(connection, i):
        connection.request("GET", tools + "?limit=50", headers=bearer)
        response = connection.getresponse()
        response.read()
        return response.status

    def filtered(connection, i):
        connection.request("GET", tools + "?limit=50&dataCategory=PERSONAL&text=chat", headers=bearer)
        response = connection.getresponse()
        response.read()
        return response.status

    def call(method, path, body=None, headers=None):
        request = urllib.request.Request(f"http://{API_HOST}:{API_PORT}{path}", method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={**bearer, "Content-Type": "application/json", **(headers or {})})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)

    # the mid-size template (20 rules) published by a one-person committee deciding by written procedure
    base = f"/api/v1/organisations/{org}"
    me = call("GET", base + "/members?limit=1")["items"][0]["id"]
    call("PUT", base + "/committee", {"charter": {"missionStatement": "Banc d'essai", "writtenProcedureAllowed": True,
                                                  "minVotingMembers": 1, "maxVotingMembers": 1},
                                      "members": [{"memberId": me, "role": "CHAIR"}]}, {"If-Match": '"0"'})
    policy = call("POST", base + "/policies", {"fromTemplate": "mid-size-association", "language": "fr"})["id"]
    version = call("POST", base + f"/policies/{policy}/versions/1/submit", headers={"If-Match": '"0"'})["id"]
    call("POST", base + "/decisions", {"subject": "POLICY_VERSION", "subjectId": version, "outcome": "APPROVED",
                                       "votesFor": 1, "votesAgainst": 0, "votesAbstain": 0})
    checked_tool = call("POST", tools, {"name": "Bench checked", "category": "TEXT_GENERATION", "accountType": "PROFESSIONAL",
                                        "dataCategories": ["INTERNAL"]})["id"]
    activities = ["WRITING", "TRANSLATION", "SUMMARISING", "DATA_ANALYSIS", "DECISION_ABOUT_PEOPLE"]
    data = ["PUBLIC", "INTERNAL", "PERSONAL", "SENSITIVE", "BENEFICIARY_VULNERABLE"]

    def check(connection, i):
        connection.request("GET", f"{base}/policy-check?tool={checked_tool}&activity={activities[i % 5]}&dataCategory={data[(i // 5) % 5]}",
                           headers=bearer)
        response = connection.getresponse()
        response.read()
        return response.status

    run("POST tool (declare + audit)", args.writes, args.threads, write)
    run("GET tools?limit=50", args.reads, args.threads, read)
    run("GET tools filtered", args.reads, args.threads, filtered)
    run("GET policy-check (tool, 20 rules)", args.reads, args.threads, check)
    print(f"API RSS after load                  {rss_mib(pid):.0f} MiB")


if __name__ == "__main__":
    main()
