"""Summarises the server's thread dumps taken during a load run (target/load-threads/*.txt): for each, how many
request threads were busy and where, and in full the busiest moment's top places (what breaks first)."""
import collections, glob, os, re

dumps = sorted(glob.glob("target/load-threads/[0-9]*.txt"), key=os.path.getmtime)
if not dumps:
    raise SystemExit(0)
start = os.path.getmtime(dumps[0])


def busy(path):
    """The request threads that are not idle, each by its innermost frame of our own code (or of a lock)."""
    places = collections.Counter()
    for block in open(path, encoding="utf-8", errors="replace").read().split("\n\n"):
        if not block.startswith('"http-nio-') or "SocketProcessor" not in block and "doFilter" not in block:
            continue
        frames = re.findall(r"^\s+at (\S+)", block, re.M)
        own = next((f for f in frames if f.startswith("vn.tuoitreso.")), None)
        lock = next((f for f in frames if re.match(r"(java\.util\.concurrent\.|com\.zaxxer\.hikari\.)", f)), None)
        place = own or (frames[0] if frames else "?")
        if lock and "Semaphore" in lock or lock and "hikari" in lock:
            place = place + " waiting at " + lock
        places[re.sub(r"\(.*", "", place)] += 1
    return places


print("Request threads at work during the run (a thread dump every %s s):" % os.environ.get("LOAD_DUMP_EVERY", "15"))
worst = None
for path in dumps:
    places = busy(path)
    total = sum(places.values())
    top = ", ".join("%d %s" % (n, p.rsplit(".", 2)[-2] + "." + p.rsplit(".", 1)[-1]) for p, n in places.most_common(2))
    print("  %4d s: %3d busy  %s" % (os.path.getmtime(path) - start, total, top))
    if worst is None or total > worst[0]:
        worst = (total, path, places)
if worst and worst[0]:
    print("At the busiest moment (%d threads, %s):" % (worst[0], worst[1]))
    for place, n in worst[2].most_common(8):
        print("  %4d  %s" % (n, place))
