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
