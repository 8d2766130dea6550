"""Prints p50/p95/p99, errors and throughput per step from the newest Gatling report (target/gatling)."""
import glob, os, re

report = max(glob.glob("target/gatling/*/index.html"), key=os.path.getmtime)
html = open(report, encoding="utf-8").read()
print("%-30s %7s %5s %8s %7s %7s %7s" % ("step", "count", "KO", "req/s", "p50 ms", "p95 ms", "p99 ms"))
for row in re.findall(r'<tr id="(?:ROOT|req_[^"]*)".*?</tr>', html, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row).group(1)
    cells = dict(re.findall(r'col-(\d+)">([^<]*)</td>', row))
    print("%-30s %7s %5s %8s %7s %7s %7s" % (name, cells["2"], cells["4"], cells["6"], cells["8"], cells["10"],
                                              cells["11"]))


def series(name, nth=0):
    """A chart's series of the report: {second: value}."""
    starts = [m.end() for m in re.finditer(r"name: '" + re.escape(name) + r"',", html)]
    if len(starts) <= nth:
        return {}
    end = html.find("\n}", starts[nth])
    return {int(t) // 1000: int(v) for t, v in re.findall(r"\[(\d+), (\d+)\]", html[starts[nth]:end])}


# Over time, every 10 s: concurrent learners, requests, failures, and the median and worst of each second's p50 and
# p95. The knee: the first 10 s whose typical second has p95 above 300 ms, or failures.
users, p50, p95, ko = series("All users", 1), series("50%"), series("95%"), series("KO", 1)
requests = series("All", 0)
if users:
    print("\nOver time (every 10 s; p50 and p95: median / worst of the seconds):")
    print("%6s %8s %9s %6s %13s %15s" % ("s", "learners", "requests", "KO", "p50 ms", "p95 ms"))
    t0, knee = min(users), None
    for t in range(t0, max(users) + 1, 10):
        window = range(t, t + 10)
        a = sorted(p50[x] for x in window if x in p50)
        b = sorted(p95[x] for x in window if x in p95)
        failed = sum(ko.get(x, 0) for x in window)
        if not b:
            continue
        print("%6d %8d %9d %6d %6d / %5d %7d / %5d" % (t - t0, max(users.get(x, 0) for x in window),
                                                       sum(requests.get(x, 0) for x in window), failed,
                                                       a[len(a) // 2], a[-1], b[len(b) // 2], b[-1]))
        if knee is None and (b[len(b) // 2] > 300 or failed):
            knee = (t - t0, max(users.get(x, 0) for x in window), b[len(b) // 2], failed)
    if knee:
        print("Knee: at %d s with %d learners (p95 of a typical second %d ms, %d failures)" % knee)
    else:
        print("Knee: not reached (p95 of a typical second stayed under 300 ms, no failures)")
