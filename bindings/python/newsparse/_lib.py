"""Every ctypes declaration of libnewsparse, and nothing else.

The shared library is found, in order, at $NEWSPARSE_LIBRARY, next to this
package, in a CMake build tree of the source checkout (build*/lib), then
through ctypes.util.find_library("newsparse").  Handles are c_void_p.
ctypes releases the GIL for the duration of each call into the library.
"""
import ctypes
import ctypes.util
import glob
import os

c_size_t_p = ctypes.POINTER(ctypes.c_size_t)
c_char_pp = ctypes.POINTER(ctypes.c_char_p)

# enum newsparse_status
OK = 0
ERR_NOMEM = -1
ERR_ARG = -2
ERR_UTF8 = -3
ERR_RULE_SYNTAX = -4
ERR_REGEX = -5
ERR_LIMIT = -6
ERR_IO = -7
ERR_DATE = -8

# enum newsparse_label
LABELS = {1: "PERSON", 2: "OFFICE", 3: "COUNTRY", 4: "NORP", 5: "LOCATION",
          6: "ORG", 7: "DATE", 8: "MONEY", 9: "TIME", 10: "DURATION", 11: "SET"}

# enum newsparse_text, newsparse_part
TEXT_NORMALIZED = 0
TEXT_ORIGINAL = 1
PART_HEADLINE, PART_DATELINE, PART_BYLINE, PART_PARAGRAPH, PART_SENTENCE, \
    PART_RELATED, PART_ENTITY, PART_RELATION, PART_WARNING, PART_PUBLISHED, \
    PART_BOILERPLATE = range(11)

RULES_NO_BUILTIN = 1 << 0
OPT_STRICT_UTF8 = 1 << 0
OPT_NO_RELATED = 1 << 1
OPT_NO_ENTITIES = 1 << 2
OPT_NFKC = 1 << 3
OPT_NO_FOLD = 1 << 4
OPT_NO_BOILERPLATE = 1 << 5
JSON_PRETTY = 1 << 0
JSON_NO_STRUCTURE = 1 << 1
JSON_NO_ENTITIES = 1 << 2
JSON_ENTITY_ROWS = 1 << 3
JSON_ENTITY_COLUMNS = 1 << 4
NONE = ctypes.c_size_t(-1).value


class Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("line", ctypes.c_size_t),
                ("column", ctypes.c_size_t), ("offset", ctypes.c_size_t),
                ("message", ctypes.c_char * 256)]


class SpanStruct(ctypes.Structure):
    _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t)]


class Options(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("flags", ctypes.c_uint),
                ("dct", ctypes.c_char_p), ("max_bytes", ctypes.c_size_t),
                ("match_limit", ctypes.c_uint), ("depth_limit", ctypes.c_uint)]


class Allocator(ctypes.Structure):
    _fields_ = [("malloc", ctypes.c_void_p), ("realloc", ctypes.c_void_p),
                ("free", ctypes.c_void_p), ("ctx", ctypes.c_void_p)]


def _candidates():
    env = os.environ.get("NEWSPARSE_LIBRARY")
    if env:
        yield env
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(glob.glob(os.path.join(here, "libnewsparse.so*"))) + \
            sorted(glob.glob(os.path.join(here, "libnewsparse*.dylib"))):
        yield name
    root = os.path.abspath(os.path.join(here, "..", "..", ".."))
    for name in sorted(glob.glob(os.path.join(root, "build*", "lib", "libnewsparse.so"))):
        yield name
    found = ctypes.util.find_library("newsparse")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError(
        "libnewsparse was not found. Tried: %s. Set NEWSPARSE_LIBRARY to the "
        "path of libnewsparse.so, install the library (cmake --install), or "
        "build it in the source tree." % ("; ".join(tried) or
                                          "NEWSPARSE_LIBRARY (unset), the package "
                                          "folder, build*/lib, ld.so's search path"))


lib, path = _load()


def _fn(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


_P = ctypes.c_void_p
_E = ctypes.POINTER(Error)
version = _fn("newsparse_version", ctypes.c_uint)
version_string = _fn("newsparse_version_string", ctypes.c_char_p)
unicode_version = _fn("newsparse_unicode_version", ctypes.c_char_p)
strerror = _fn("newsparse_strerror", ctypes.c_char_p, ctypes.c_int)
status_name = _fn("newsparse_status_name", ctypes.c_char_p, ctypes.c_int)
label_name = _fn("newsparse_label_name", ctypes.c_char_p, ctypes.c_int)
rules_new = _fn("newsparse_rules_new", ctypes.c_int, ctypes.c_uint,
                ctypes.POINTER(Allocator), ctypes.POINTER(_P), _E)
rules_add_text = _fn("newsparse_rules_add_text", ctypes.c_int, _P, ctypes.c_char_p,
                     ctypes.c_char_p, ctypes.c_size_t, _E)
rules_add_file = _fn("newsparse_rules_add_file", ctypes.c_int, _P, ctypes.c_char_p, _E)
rules_count = _fn("newsparse_rules_count", ctypes.c_size_t, _P)
rules_warning_count = _fn("newsparse_rules_warning_count", ctypes.c_size_t, _P)
rules_warning = _fn("newsparse_rules_warning", ctypes.c_char_p, _P, ctypes.c_size_t)
rules_free = _fn("newsparse_rules_free", None, _P)
engine_new = _fn("newsparse_engine_new", ctypes.c_int, _P, ctypes.POINTER(_P), _E)
engine_free = _fn("newsparse_engine_free", None, _P)
options_init = _fn("newsparse_options_init", None, ctypes.POINTER(Options))
parse = _fn("newsparse_parse", ctypes.c_int, _P, ctypes.c_char_p, ctypes.c_size_t,
            ctypes.POINTER(Options), ctypes.POINTER(_P), _E)
result_free = _fn("newsparse_result_free", None, _P)
result_text = _fn("newsparse_result_text", ctypes.POINTER(ctypes.c_char), _P,
                  ctypes.c_int, c_size_t_p)
result_count = _fn("newsparse_result_count", ctypes.c_size_t, _P, ctypes.c_int)
result_span = _fn("newsparse_result_span", ctypes.c_int, _P, ctypes.c_int, ctypes.c_size_t,
                  ctypes.c_int, ctypes.POINTER(SpanStruct), c_char_pp)
result_paragraph_sentences = _fn("newsparse_result_paragraph_sentences", ctypes.c_int, _P,
                                 ctypes.c_size_t, c_size_t_p, c_size_t_p)
result_related_url = _fn("newsparse_result_related_url", ctypes.c_int, _P, ctypes.c_size_t,
                         c_char_pp)
result_entity = _fn("newsparse_result_entity", ctypes.c_int, _P, ctypes.c_size_t,
                    ctypes.POINTER(ctypes.c_int), c_char_pp, c_char_pp)
result_relation = _fn("newsparse_result_relation", ctypes.c_int, _P, ctypes.c_size_t,
                      c_char_pp, c_size_t_p, c_size_t_p, c_size_t_p)
result_warning = _fn("newsparse_result_warning", ctypes.c_int, _P, ctypes.c_size_t,
                     c_char_pp, c_char_pp)
result_dct = _fn("newsparse_result_dct", ctypes.c_char_p, _P)
result_boilerplate_kind = _fn("newsparse_result_boilerplate_kind", ctypes.c_char_p, _P,
                              ctypes.c_size_t)
result_to_html = _fn("newsparse_result_to_html", ctypes.c_size_t, _P, ctypes.c_uint,
                     ctypes.c_char_p, ctypes.c_char_p, ctypes.c_size_t)
HTML_PAGE = 3
result_to_json = _fn("newsparse_result_to_json", ctypes.c_size_t, _P, ctypes.c_uint,
                     ctypes.c_char_p, ctypes.c_size_t)
batch_parse = _fn("newsparse_batch_parse", ctypes.c_int, _P, ctypes.c_size_t,
                  ctypes.POINTER(ctypes.c_char_p), c_size_t_p,
                  ctypes.POINTER(ctypes.POINTER(Options)), ctypes.POINTER(ctypes.c_uint),
                  ctypes.c_size_t, ctypes.POINTER(_P), _E)
batch_json = _fn("newsparse_batch_json", ctypes.c_void_p, _P, ctypes.POINTER(c_size_t_p),
                 c_size_t_p)
batch_status = _fn("newsparse_batch_status", ctypes.c_int, _P, ctypes.c_size_t, _E)
batch_free = _fn("newsparse_batch_free", None, _P)
