"""How many cores this process may actually use: what sizes `scan`'s and the daemon's worker pools.

`os.cpu_count()` counts the machine's cores. A container usually gets fewer: a CPU set (the process's
affinity) or a CPU quota (cgroup v2 `cpu.max`, cgroup v1 `cpu.cfs_quota_us` over `cpu.cfs_period_us`),
which lets the container run for so many CPUs' worth of time per period however many cores it sees.
Forking one worker per host core under a quota of one CPU only adds hand-over and switching costs, so
the usable count is the smallest of the affinity and the quota (rounded up: 1.5 CPUs keep a second
worker half busy), and never below one.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

# Where cgroups are mounted and where the kernel says which groups this process is in (tests point
# these at fake files).
CGROUP_ROOT = Path("/sys/fs/cgroup")
OWN_CGROUP = Path("/proc/self/cgroup")


def usable_cores(cgroup_root: Path | None = None, own_cgroup: Path | None = None) -> int:
    """Cores this process may run on: its affinity (or every core where the platform has none),
    capped by its cgroup's CPU quota rounded to the nearest core (never below one)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    quota = cpu_quota(cgroup_root or CGROUP_ROOT, own_cgroup or OWN_CGROUP)
    if quota is not None:
        # to the nearest core (half up): 1.5 CPUs give a second worker half a core, 1.1 only a tenth
        cores = min(cores, math.floor(quota + 0.5))
    return max(1, cores)


def cpu_quota(root: Path, own: Path) -> float | None:
    """The CPUs' worth of time per period this process's cgroup (or one above it) allows, the
    smallest found; None where no quota is set or no cgroup file is readable."""
    v2_path, v1_path = _own_groups(own)
    limits = []
    # cgroup v2: cpu.max is "<quota> <period>" or "max <period>", at every level up to the root.
    group = root / v2_path.strip("/")
    for folder in (group, *group.parents):
        limits.append(_ratio(_read(folder / "cpu.max")))
        if folder == root or root not in folder.parents:
            break
    # cgroup v1: the cpu controller's folder (as mounted in a container, or under the group's path).
    for mount in (root / "cpu", root / "cpu,cpuacct"):
        for folder in dict.fromkeys((mount / v1_path.strip("/"), mount)):
            quota, period = _read(folder / "cpu.cfs_quota_us"), _read(folder / "cpu.cfs_period_us")
            if quota is not None and period is not None:
                limits.append(_ratio(f"{quota} {period}"))
    found = [limit for limit in limits if limit is not None]
    return min(found) if found else None


def _own_groups(own: Path) -> tuple[str, str]:
    """This process's cgroup v2 path and its v1 cpu controller's path ('/' where not listed)."""
    v2, v1 = "/", "/"
    for line in (_read(own) or "").splitlines():
        number, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if number == "0" and controllers == "":
            v2 = path or "/"
        elif "cpu" in controllers.split(","):
            v1 = path or "/"
    return v2, v1


def _ratio(text: str | None) -> float | None:
    """CPUs from "<quota> <period>"; None for no limit ("max", -1) or anything unreadable."""
    if not text:
        return None
    parts = text.split()
    try:
        quota, period = float(parts[0]), float(parts[1]) if len(parts) > 1 else 100_000.0
    except ValueError:  # "max"
        return None
    return quota / period if quota > 0 and period > 0 else None


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except (OSError, ValueError):
        return None
