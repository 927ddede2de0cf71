/*
 * newsparse.h - the public interface of libnewsparse.
 *
 * libnewsparse turns raw news text into structure (headline, dateline,
 * byline, paragraphs, sentences, related links) and entities (PERSON,
 * OFFICE, COUNTRY, NORP, LOCATION, ORG, DATE, TIME, DURATION, SET, MONEY).  Every span is given
 * in byte offsets of both the normalised text and the ORIGINAL input.
 * docs/output-format.md describes every field, label and value; the JSON
 * Schema schema/newsparse.schema.json checks it.
 *
 * Ownership in one sentence: you free what a *_new function or
 * newsparse_parse() gave you (every *_free accepts NULL); everything else is
 * borrowed from its owner until that owner is freed.
 *
 * Threads: the library has no global state.  An engine is immutable once
 * created and may be shared by any number of threads; a rule set and a
 * result belong to one thread at a time.
 *
 * Errors: functions returning int give 0 (NEWSPARSE_OK) or a negative
 * newsparse_status.  Every function that can fail takes an optional
 * newsparse_error *err that receives the code, a position and a message.
 * Out of memory is reported as NEWSPARSE_ERR_NOMEM; the library never aborts.
 */
#ifndef NEWSPARSE_H
#define NEWSPARSE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** ## Version */
#define NEWSPARSE_VERSION_MAJOR 0
#define NEWSPARSE_VERSION_MINOR 6
#define NEWSPARSE_VERSION_PATCH 0
#define NEWSPARSE_VERSION_STRING "0.6.0"
/** 0xMMmmpp: compare with newsparse_version() at run time. */
#define NEWSPARSE_VERSION                                                                          \
  ((NEWSPARSE_VERSION_MAJOR << 16) | (NEWSPARSE_VERSION_MINOR << 8) | NEWSPARSE_VERSION_PATCH)

#if defined(NEWSPARSE_STATIC)
#define NEWSPARSE_API
#elif defined(_WIN32)
#ifdef NEWSPARSE_BUILDING
#define NEWSPARSE_API __declspec(dllexport)
#else
#define NEWSPARSE_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define NEWSPARSE_API __attribute__((visibility("default")))
#else
#define NEWSPARSE_API
#endif

/** Status codes: explicit values, append-only. */
typedef enum newsparse_status {
  NEWSPARSE_OK = 0,
  NEWSPARSE_ERR_NOMEM = -1,       /**< an allocation failed */
  NEWSPARSE_ERR_ARG = -2,         /**< NULL, bad flag bit, index out of range */
  NEWSPARSE_ERR_UTF8 = -3,        /**< invalid UTF-8 with NEWSPARSE_OPT_STRICT_UTF8 */
  NEWSPARSE_ERR_RULE_SYNTAX = -4, /**< a rule file line is malformed */
  NEWSPARSE_ERR_REGEX = -5,       /**< a rule's PCRE2 pattern does not compile */
  NEWSPARSE_ERR_LIMIT = -6,       /**< input larger than the configured limit */
  NEWSPARSE_ERR_IO = -7,          /**< a file could not be read */
  NEWSPARSE_ERR_DATE = -8         /**< a reference date is malformed */
} newsparse_status;

/**
 * Error details, filled by any function given a non-NULL pointer.
 * line/column are 1-based positions in a rule text (0 when not applicable);
 * offset is a byte offset into the input (strict UTF-8) or the rule text.
 */
typedef struct newsparse_error {
  int code;
  size_t line;
  size_t column;
  size_t offset;
  char message[256];
} newsparse_error;

/**
 * Optional allocator.  All four members must be set; ctx is passed back.
 * realloc receives the old size so that arena-style allocators can work.
 * An engine keeps a copy of the struct and its results use it too.
 */
typedef struct newsparse_allocator {
  void *(*malloc)(void *ctx, size_t size);
  void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
  void (*free)(void *ctx, void *ptr);
  void *ctx;
} newsparse_allocator;

/** A half-open byte range [start, end). */
typedef struct newsparse_span {
  size_t start;
  size_t end;
} newsparse_span;

/** Which text a span's offsets refer to. */
typedef enum newsparse_text {
  NEWSPARSE_TEXT_NORMALIZED = 0,
  NEWSPARSE_TEXT_ORIGINAL = 1
} newsparse_text;

/** Entity labels (docs/output-format.md).  Explicit values, append-only. */
typedef enum newsparse_label {
  NEWSPARSE_LABEL_PERSON = 1,
  NEWSPARSE_LABEL_OFFICE = 2,
  NEWSPARSE_LABEL_COUNTRY = 3,
  NEWSPARSE_LABEL_NORP = 4,
  NEWSPARSE_LABEL_LOCATION = 5,
  NEWSPARSE_LABEL_ORG = 6,
  NEWSPARSE_LABEL_DATE = 7,
  NEWSPARSE_LABEL_MONEY = 8,
  NEWSPARSE_LABEL_TIME = 9,      /**< a time of day (TimeML TIME); since 0.2 */
  NEWSPARSE_LABEL_DURATION = 10, /**< a length of time (TimeML DURATION); since 0.2 */
  NEWSPARSE_LABEL_SET = 11       /**< a recurring time (TimeML SET); since 0.2 */
} newsparse_label;

/** The parts of a result that newsparse_result_count()/_span() address. */
typedef enum newsparse_part {
  NEWSPARSE_PART_HEADLINE = 0, /**< count 0 or 1 */
  NEWSPARSE_PART_DATELINE = 1, /**< count 0 or 1 */
  NEWSPARSE_PART_BYLINE = 2,   /**< count 0 or 1 */
  NEWSPARSE_PART_PARAGRAPH = 3,
  NEWSPARSE_PART_SENTENCE = 4, /**< all sentences, in document order */
  NEWSPARSE_PART_RELATED = 5,
  NEWSPARSE_PART_ENTITY = 6,
  NEWSPARSE_PART_RELATION = 7,  /**< count only; use newsparse_result_relation */
  NEWSPARSE_PART_WARNING = 8,   /**< count only; use newsparse_result_warning */
  NEWSPARSE_PART_PUBLISHED = 9, /**< count 0 or 1: the line that dates a web page (since 0.2) */
  /** lines of a copied web page that are not the article (buttons,
   *  credits, menus, link lists, footers); their kind from
   *  newsparse_result_boilerplate_kind() (since 0.3) */
  NEWSPARSE_PART_BOILERPLATE = 10
} newsparse_part;

/** ## Version */

/** Runtime version as NEWSPARSE_VERSION (0xMMmmpp).  Thread-safe. */
NEWSPARSE_API unsigned newsparse_version(void);
/** Runtime version string, e.g. "0.1.0".  Static; thread-safe. */
NEWSPARSE_API const char *newsparse_version_string(void);
/** The Unicode version normalisation follows (from utf8proc).  Static. */
NEWSPARSE_API const char *newsparse_unicode_version(void);
/** Static English text for a status code; never NULL.  Thread-safe. */
NEWSPARSE_API const char *newsparse_strerror(int code);
/** A short name for a status code ("nomem", "utf8", "limit", "dct", ...),
 *  as the CLI's error records give it; "unknown" for others.  Since 0.2. */
NEWSPARSE_API const char *newsparse_status_name(int code);
/** "PERSON", "OFFICE", ... for a label; NULL for an unknown value. */
NEWSPARSE_API const char *newsparse_label_name(int label);

/** ## Rule sets
 *
 * A rule set collects rule texts (format in README.md) before an engine is
 * built from it.  Each text is parsed and its patterns compiled when it is
 * added, so errors name the source, line and column at once, and a text
 * that fails leaves the rule set exactly as it was.
 */
typedef struct newsparse_rules newsparse_rules;

/** Start the rule set from the built-in rules (default) or empty. */
#define NEWSPARSE_RULES_NO_BUILTIN (1u << 0)

/**
 * Create a rule set.  alc may be NULL (libc).  On success *out owns a rule
 * set to free with newsparse_rules_free().
 * @return NEWSPARSE_OK, NEWSPARSE_ERR_ARG (out NULL or unknown flag),
 *         NEWSPARSE_ERR_NOMEM.
 */
NEWSPARSE_API int newsparse_rules_new(unsigned flags, const newsparse_allocator *alc,
                                      newsparse_rules **out, newsparse_error *err);
/**
 * Add a rule text of len bytes.  name (may be NULL) appears in messages.
 * @return NEWSPARSE_OK, NEWSPARSE_ERR_RULE_SYNTAX, NEWSPARSE_ERR_REGEX
 *         (err->line/column locate the problem), NEWSPARSE_ERR_ARG,
 *         NEWSPARSE_ERR_NOMEM.
 */
NEWSPARSE_API int newsparse_rules_add_text(newsparse_rules *rules, const char *name,
                                           const char *text, size_t len, newsparse_error *err);
/** Read a rule file and add it as newsparse_rules_add_text() does;
 *  NEWSPARSE_ERR_IO when it cannot be read. */
NEWSPARSE_API int newsparse_rules_add_file(newsparse_rules *rules, const char *path,
                                           newsparse_error *err);
/** Number of rules (patterns and gazetteers) in the set. */
NEWSPARSE_API size_t newsparse_rules_count(const newsparse_rules *rules);
/**
 * What the loader noticed in the texts added so far that did not stop them
 * from loading, such as a lexicon entry the tokenizer splits into several
 * tokens (it can never match).  Each is "source:line:column: message".
 * Since 0.2.
 */
NEWSPARSE_API size_t newsparse_rules_warning_count(const newsparse_rules *rules);
/** Warning i (borrowed from the rule set), or NULL when i is out of range. */
NEWSPARSE_API const char *newsparse_rules_warning(const newsparse_rules *rules, size_t i);
NEWSPARSE_API void newsparse_rules_free(newsparse_rules *rules);

/** ## Engines */
typedef struct newsparse_engine newsparse_engine;

/**
 * Build an immutable engine from a rule set (NULL: the built-in rules,
 * with the libc allocator).  The engine copies what it needs: the rule set
 * may be freed or changed afterwards.  The engine uses the rule set's
 * allocator.  Thread-safe when different threads use different rule sets.
 */
NEWSPARSE_API int newsparse_engine_new(const newsparse_rules *rules, newsparse_engine **out,
                                       newsparse_error *err);
NEWSPARSE_API void newsparse_engine_free(newsparse_engine *engine);

/** ## Parsing */
typedef struct newsparse_result newsparse_result;

#define NEWSPARSE_OPT_STRICT_UTF8 (1u << 0) /**< invalid UTF-8 is an error */
#define NEWSPARSE_OPT_NO_RELATED (1u << 1)  /**< no related-list detection */
#define NEWSPARSE_OPT_NO_ENTITIES (1u << 2) /**< structure only */
#define NEWSPARSE_OPT_NFKC (1u << 3)        /**< match gazetteers on NFKC */
#define NEWSPARSE_OPT_NO_FOLD (1u << 4)     /**< no quote/dash folding for match */
/** Keep every line in the body: no whole-page article finding, no
 *  boilerplate (since 0.3). */
#define NEWSPARSE_OPT_NO_BOILERPLATE (1u << 5)
#define NEWSPARSE_OPT_ALL                                                                          \
  (NEWSPARSE_OPT_STRICT_UTF8 | NEWSPARSE_OPT_NO_RELATED | NEWSPARSE_OPT_NO_ENTITIES |              \
   NEWSPARSE_OPT_NFKC | NEWSPARSE_OPT_NO_FOLD | NEWSPARSE_OPT_NO_BOILERPLATE)

#define NEWSPARSE_DEFAULT_MAX_BYTES ((size_t)16 * 1024 * 1024)

/**
 * What varies per document.  Initialise with newsparse_options_init(),
 * then set fields; `size` lets later versions add fields compatibly.
 */
typedef struct newsparse_options {
  size_t size;          /**< sizeof(newsparse_options), set by _init */
  unsigned flags;       /**< NEWSPARSE_OPT_* bits */
  const char *dct;      /**< reference date "YYYY-MM-DD[Thh:mm[:ss]]" or NULL */
  size_t max_bytes;     /**< input limit; default 16 MiB (entities: below 1 GiB) */
  unsigned match_limit; /**< PCRE2 match limit per rule run (0: default) */
  unsigned depth_limit; /**< PCRE2 depth limit (0: default) */
  /** Where dct came from, reported as the output's dct.source (NULL:
   *  "option"); a batch tool gives "record" for a record's own date.
   *  Since 0.2. */
  const char *dct_source;
} newsparse_options;

/** Fill *opts with the defaults.  NULL is ignored. */
NEWSPARSE_API void newsparse_options_init(newsparse_options *opts);

/**
 * Parse len bytes of text (need not be NUL-terminated; text may be NULL
 * when len is 0).  opts may be NULL for the defaults.  On success *out owns
 * a result, which copies the input and outlives both the caller's buffer
 * and the engine.  Thread-safe: any number of threads may parse with one
 * engine at once.
 * @return NEWSPARSE_OK, NEWSPARSE_ERR_ARG, NEWSPARSE_ERR_DATE (bad dct),
 *         NEWSPARSE_ERR_UTF8 (strict; err->offset), NEWSPARSE_ERR_LIMIT (over
 *         max_bytes; or, with entities, a normalised text of 1 GiB or more),
 *         NEWSPARSE_ERR_NOMEM.
 */
NEWSPARSE_API int newsparse_parse(const newsparse_engine *engine, const char *text, size_t len,
                                  const newsparse_options *opts, newsparse_result **out,
                                  newsparse_error *err);
NEWSPARSE_API void newsparse_result_free(newsparse_result *result);

/**
 * An empty result (no text, every count 0) to parse into with
 * newsparse_parse_into.  It allocates with the engine's allocator, also
 * after that engine is freed.
 * @return NEWSPARSE_OK, NEWSPARSE_ERR_ARG, NEWSPARSE_ERR_NOMEM.
 */
NEWSPARSE_API int newsparse_result_new(const newsparse_engine *engine, newsparse_result **out,
                                       newsparse_error *err);
/**
 * newsparse_parse into an existing result (from newsparse_result_new or
 * newsparse_parse), which is emptied first: pointers borrowed from it
 * before are no longer valid.  The memory of its last document is reused,
 * so a loop that parses document after document into one result
 * allocates almost nothing after the first few; the result keeps the
 * memory of its largest documents (blocks up to 4 MiB) until it is freed.
 * On error the result is left empty, and is still the caller's to free.
 * Thread-safe for different results; one result is one thread's at a time.
 * @return as newsparse_parse.
 */
NEWSPARSE_API int newsparse_parse_into(const newsparse_engine *engine, const char *text, size_t len,
                                       const newsparse_options *opts, newsparse_result *result,
                                       newsparse_error *err);

/** ## Results
 *
 * Every pointer returned below is borrowed from the result.  Out-params may
 * be NULL when not wanted.  An index out of range gives NEWSPARSE_ERR_ARG.
 */

/** The original input or the normalised text (NUL-terminated); *len set. */
NEWSPARSE_API const char *newsparse_result_text(const newsparse_result *r, newsparse_text which,
                                                size_t *len);
/** How many items of a part there are (0 for a NULL result). */
NEWSPARSE_API size_t newsparse_result_count(const newsparse_result *r, newsparse_part part);
/**
 * Span of item i of a part, in the chosen text; *display receives the
 * "text" of docs/output-format.md (NFC, white space collapsed), NUL-terminated.
 */
NEWSPARSE_API int newsparse_result_span(const newsparse_result *r, newsparse_part part, size_t i,
                                        newsparse_text which, newsparse_span *out,
                                        const char **display);
/** Sentences of paragraph i: indexes [*first, *first + *count) of
 *  NEWSPARSE_PART_SENTENCE. */
NEWSPARSE_API int newsparse_result_paragraph_sentences(const newsparse_result *r, size_t i,
                                                       size_t *first, size_t *count);
/** URL of related item i, or NULL when the item carries none. */
NEWSPARSE_API int newsparse_result_related_url(const newsparse_result *r, size_t i,
                                               const char **url);
/**
 * Entity i: its label, its value (NULL when none; docs/output-format.md) and the
 * id of the rule that produced it.  Its span comes from
 * newsparse_result_span(r, NEWSPARSE_PART_ENTITY, i, ...).
 */
NEWSPARSE_API int newsparse_result_entity(const newsparse_result *r, size_t i, int *label,
                                          const char **value, const char **rule);
/** "No entity" in a relation's `of`. */
#define NEWSPARSE_NONE ((size_t)-1)
/** Relation i: "holds_office" with entity indexes; *of may be NEWSPARSE_NONE. */
NEWSPARSE_API int newsparse_result_relation(const newsparse_result *r, size_t i, const char **type,
                                            size_t *person, size_t *office, size_t *of);
/** Warning i: a short code ("match-limit") and a message. */
NEWSPARSE_API int newsparse_result_warning(const newsparse_result *r, size_t i, const char **code,
                                           const char **message);
/**
 * The reference date used for relative dates as "YYYY-MM-DD" (with "XXXX"
 * for an unknown year), or NULL when none was given or found.
 */
NEWSPARSE_API const char *newsparse_result_dct(const newsparse_result *r);
/**
 * Where the reference date came from: the options' dct_source ("option"
 * by default), "published" (the page's published line) or "dateline"; NULL
 * when there is none.  Since 0.2.
 */
NEWSPARSE_API const char *newsparse_result_dct_source(const newsparse_result *r);
/**
 * The published line's TimeML value ("2025-09-09T11:02"), or NULL when the
 * document has no published line or it gives only a relative time.  Its
 * span is NEWSPARSE_PART_PUBLISHED.  Since 0.2.
 */
NEWSPARSE_API const char *newsparse_result_published(const newsparse_result *r);
/**
 * The kind of boilerplate line i (its span: NEWSPARSE_PART_BOILERPLATE):
 * "share" (buttons), "ad", "prompt" (newsletters, apps), "credit" (a
 * photo's), "caption"; in a whole page's text also "nav" (menus, section
 * and link lists, footers, legal notices) and "other" (comment sections,
 * "most read" boxes, lines inside the article that are not its text);
 * NULL when i is out of range.  Since 0.3.
 */
NEWSPARSE_API const char *newsparse_result_boilerplate_kind(const newsparse_result *r, size_t i);

#define NEWSPARSE_JSON_PRETTY (1u << 0) /**< indented, as the CLI prints */
/** Only "entities", "relations" and "warnings" (bindings that read the
 *  entities of many documents need not decode the paragraphs).  Since 0.2. */
#define NEWSPARSE_JSON_NO_STRUCTURE (1u << 1)
/** Without "entities" and "relations".  Since 0.2. */
#define NEWSPARSE_JSON_NO_ENTITIES (1u << 2)
/** Each entity as an array ["LABEL", start, end, text, value, rule]
 *  instead of an object: half the bytes, and far quicker for a binding to
 *  decode.  Since 0.2. */
#define NEWSPARSE_JSON_ENTITY_ROWS (1u << 3)
/** "entities" as one object of columns, {"label": [...], "start": [...],
 *  "end": [...], "text": [...], "value": [...], "rule": [...]}: quicker
 *  still to decode, as one array per field is made and no array per
 *  entity.  Wins over NEWSPARSE_JSON_ENTITY_ROWS.  Since 0.4. */
#define NEWSPARSE_JSON_ENTITY_COLUMNS (1u << 4)
/** Every NEWSPARSE_JSON_* flag.  Since 0.4. */
#define NEWSPARSE_JSON_ALL                                                                         \
  (NEWSPARSE_JSON_PRETTY | NEWSPARSE_JSON_NO_STRUCTURE | NEWSPARSE_JSON_NO_ENTITIES |              \
   NEWSPARSE_JSON_ENTITY_ROWS | NEWSPARSE_JSON_ENTITY_COLUMNS)

/**
 * Serialise as the document object of docs/output-format.md (without "id"), snprintf
 * style: writes at most size-1 bytes plus a NUL when size > 0, and returns
 * the full length the JSON needs (excluding the NUL).  Call once with
 * size 0 to learn the length.  Returns 0 on error (NULL result, unknown
 * flag, out of memory): valid JSON is never empty.
 */
NEWSPARSE_API size_t newsparse_result_to_json(const newsparse_result *r, unsigned flags, char *buf,
                                              size_t size);

/** Begin with the page's head (doctype, inline CSS). */
#define NEWSPARSE_HTML_PAGE_START (1u << 0)
/** End with the page's end. */
#define NEWSPARSE_HTML_PAGE_END (1u << 1)
/** One self-contained page. */
#define NEWSPARSE_HTML_PAGE (NEWSPARSE_HTML_PAGE_START | NEWSPARSE_HTML_PAGE_END)

/**
 * The document as HTML a person can read, snprintf style as
 * newsparse_result_to_json(): an <article> with the text as it came, its
 * parts as blocks, every entity one <mark data-label=... data-value=...>,
 * related links as links and the relations listed below; every byte of
 * input escaped, no scripts, nothing fetched.  title (may be NULL) is shown
 * above it.  With the page flags the article comes inside a whole page; r
 * may be NULL when only NEWSPARSE_HTML_PAGE_START or _END is asked, to
 * write several articles into one page.  Returns 0 on error.  Since 0.2.
 */
NEWSPARSE_API size_t newsparse_result_to_html(const newsparse_result *r, unsigned flags,
                                              const char *title, char *buf, size_t size);

/** ## Batches
 *
 * Many texts parsed and rendered as JSON in one call, for bindings that pay
 * for every call into C (Python's ctypes gives up and takes back the GIL
 * around each one).  Since 0.4.
 */
typedef struct newsparse_batch newsparse_batch;

/**
 * Parse texts[i] (lengths[i] bytes) with opts[i] for every i < count (opts
 * may be NULL, or an entry NULL, for the defaults) and render each
 * document with each of json_flags[0..renders) (NEWSPARSE_JSON_* bits), as
 * newsparse_result_to_json would.  A text that fails to parse (too long,
 * bad UTF-8 under strict, a bad dct) gets empty renderings and its error
 * is kept (newsparse_batch_status); the other texts are parsed.  On
 * success *out owns the batch.  Thread-safe like newsparse_parse.
 * @return NEWSPARSE_OK, NEWSPARSE_ERR_ARG (NULL engine, out, texts or
 *         lengths; an unknown JSON flag), NEWSPARSE_ERR_LIMIT,
 *         NEWSPARSE_ERR_NOMEM.
 */
NEWSPARSE_API int newsparse_batch_parse(const newsparse_engine *engine, size_t count,
                                        const char *const *texts, const size_t *lengths,
                                        const newsparse_options *const *opts,
                                        const unsigned *json_flags, size_t renders,
                                        newsparse_batch **out, newsparse_error *err);
/**
 * Every rendering, back to back in one buffer of *len bytes (not
 * NUL-separated): rendering k of text i is the bytes from
 * (*offsets)[i * renders + k] to (*offsets)[i * renders + k + 1].  Borrowed
 * from the batch.
 */
NEWSPARSE_API const char *newsparse_batch_json(const newsparse_batch *b, const size_t **offsets,
                                               size_t *len);
/** How many texts the batch holds. */
NEWSPARSE_API size_t newsparse_batch_count(const newsparse_batch *b);
/** Text i's parse status (NEWSPARSE_OK or its error, with *err filled as
 *  newsparse_parse would have filled it); NEWSPARSE_ERR_ARG for no text i. */
NEWSPARSE_API int newsparse_batch_status(const newsparse_batch *b, size_t i, newsparse_error *err);
NEWSPARSE_API void newsparse_batch_free(newsparse_batch *b);

#ifdef __cplusplus
}
#endif
#endif /* NEWSPARSE_H */
