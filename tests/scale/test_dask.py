#!/usr/bin/env python3
"""newsparse.dask on a real dask.distributed LocalCluster (two worker
processes, loopback): the results equal one process's, in order.

    test_dask.py LIBRARY BINDING_DIR
Exit 77 when python3-distributed or pandas is missing (skipped, not passed).
"""
import os
import sys

lib, binding = sys.argv[1], sys.argv[2]
os.environ["NEWSPARSE_LIBRARY"] = os.path.abspath(lib)
os.environ["PYTHONPATH"] = os.path.abspath(binding)  # for the worker processes
sys.path.insert(0, os.path.abspath(binding))
try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster
except ImportError as e:
    print("dask.distributed or pandas is not installed (%s): skipped" % e)
    sys.exit(77)

import newsparse  # noqa: E402
from newsparse.dask import parse_bag, parse_frame  # noqa: E402

TEXTS = ["Report %d: ministers from Kenya and Chile met in Lima on March %d, and "
         "President Ana Berg said $%dm would follow.\n\nRelated:\n- Peru Votes\n"
         % (i, i % 28 + 1, i) for i in range(120)]
TEXTS[7] = "x" * 300  # refused with max_bytes=200: an error in its place


def main():
    expected = []
    for d in newsparse.Engine().pipe(TEXTS, errors="return", dct="2025-06-01", max_bytes=200):
        expected.append({"error": {"code": d.name, "message": d.message}}
                        if isinstance(d, Exception) else d.to_dict())
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    try:
        pids = set(client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids, pids
        bag = db.from_sequence(TEXTS, npartitions=8)
        got = parse_bag(bag, dct="2025-06-01", max_bytes=200).compute()
        assert got == expected, "bag results differ from one process"
        assert got[7]["error"]["code"] == "limit"
        df = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=6)
        out = parse_frame(df, dct="2025-06-01", max_bytes=200).compute()
        assert list(out.index) == list(range(len(TEXTS)))
        assert [e for e in out["entities"]] == [d.get("entities") for d in expected]
        assert out["error"][7] and out["error"].isna().sum() == len(TEXTS) - 1
        assert out["related"][0][0]["text"] == "Peru Votes"
    finally:
        client.close()
        cluster.close()
    print("dask: 2 worker processes, %d texts, bag and dataframe equal to one process"
          % len(TEXTS))
    print("2 passed, 0 failed")


if __name__ == "__main__":
    main()
