#!/usr/bin/env python3
"""The Dask recipe: claims over a JSON Lines archive on a local Dask cluster.

usage: dask_claims.py CLAIMS ARCHIVE OUT [BLOCKSIZE]   (BLOCKSIZE default 1MB)

Starts a distributed.LocalCluster of 2 worker processes (no dashboard), reads ARCHIVE with
dask.bag.read_text in blocks of BLOCKSIZE (cut at line ends, so every record stays whole),
pipes each partition's lines into `CLAIMS --input jsonl --no-header -` and writes the rows
of all partitions to OUT. Each record is named by its id, so the rows are those of one run
over the whole archive, in another order. Works with Debian 12's python3-distributed
(dask/distributed 2022.12).
"""
import os
import subprocess
import sys

import dask.bag
from distributed import Client, LocalCluster


def run_claims(lines, claims):
    """One partition: its records in, its rows out. Exit 1 (no claims) is a partition
    without figures; anything else but 0 is an error."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not data:
        return []
    done = subprocess.run([claims, "--input", "jsonl", "--no-header", "-"],
                          input=data.encode("utf-8"), capture_output=True)
    if done.returncode not in (0, 1) or (done.returncode == 1 and done.stdout):
        raise RuntimeError(f"claims exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8").splitlines(keepends=True)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    claims, archive, out = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    blocksize = sys.argv[4] if len(sys.argv) == 5 else "1MB"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        lines = dask.bag.read_text(archive, blocksize=blocksize)
        rows = lines.map_partitions(run_claims, claims).compute()
        print(f"dask_claims.py: {lines.npartitions} partitions, {len(rows)} rows", file=sys.stderr)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.writelines(rows)


if __name__ == "__main__":  # the worker processes import this file; only the client runs main
    main()
