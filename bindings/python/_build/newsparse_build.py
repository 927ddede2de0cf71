"""A PEP 517 build backend for this pure-Python package, with no
dependencies: it writes the wheel straight from newsparse/*.py.

setuptools builds in the source tree (build/, *.egg-info) and, before
version 70, needs the `wheel` package for bdist_wheel, which some
interpreters lack and an offline machine cannot fetch.  A pure-Python
wheel is a zip file with three metadata files, so this writes it directly:
`pip install bindings/python` then works with any Python 3 and leaves the
source tree as it was.
"""
import base64
import hashlib
import os
import re
import zipfile

_HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_PACKAGE = "newsparse"


def _project():
    text = open(os.path.join(_HERE, "pyproject.toml"), encoding="utf-8").read()
    name = re.search(r'^name = "([^"]+)"', text, re.M).group(1)
    version = re.search(r'^version = "([^"]+)"', text, re.M).group(1)
    summary = re.search(r'^description = "([^"]+)"', text, re.M).group(1)
    return name, version, summary


def _metadata():
    name, version, summary = _project()
    readme = open(os.path.join(_HERE, "README.md"), encoding="utf-8").read()
    return ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nLicense: MIT\n"
            "Requires-Python: >=3.8\nDescription-Content-Type: text/markdown\n\n%s"
            % (name, version, summary, readme))


def _files():
    """(archive name, bytes) of the package: its .py files and any shared
    library placed beside them."""
    root = os.path.join(_HERE, _PACKAGE)
    for entry in sorted(os.listdir(root)):
        if entry.endswith(".py") or entry.startswith("libnewsparse.so"):
            with open(os.path.join(root, entry), "rb") as f:
                yield "%s/%s" % (_PACKAGE, entry), f.read()


def _digest(data):
    d = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + d.decode("ascii")


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    name, version, _ = _project()
    dist_info = "%s-%s.dist-info" % (name, version)
    wheel_name = "%s-%s-py3-none-any.whl" % (name, version)
    records = []
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w",
                         zipfile.ZIP_DEFLATED) as z:
        files = list(_files())
        files.append((dist_info + "/METADATA", _metadata().encode("utf-8")))
        files.append((dist_info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: newsparse_build\n"
                      b"Root-Is-Purelib: true\nTag: py3-none-any\n"))
        for arc, data in files:
            z.writestr(arc, data)
            records.append("%s,%s,%d" % (arc, _digest(data), len(data)))
        records.append(dist_info + "/RECORD,,")
        z.writestr(dist_info + "/RECORD", "\n".join(records) + "\n")
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    import tarfile
    name, version, _ = _project()
    base = "%s-%s" % (name, version)
    path = os.path.join(sdist_directory, base + ".tar.gz")
    with tarfile.open(path, "w:gz") as t:
        for rel in ["pyproject.toml", "README.md", "_build/newsparse_build.py"] + \
                [arc for arc, _ in _files()]:
            t.add(os.path.join(_HERE, rel), arcname=base + "/" + rel)
        info = _metadata().encode("utf-8")
        import io
        ti = tarfile.TarInfo(base + "/PKG-INFO")
        ti.size = len(info)
        t.addfile(ti, io.BytesIO(info))
    return base + ".tar.gz"
