#!/usr/bin/env bash
# Quality on the development sets of the evaluation kit (../shared/eval):
#   bench/eval.sh [structure|entities|dates|all] [--peers]
# structure: score_structure.py on structure-dev.jsonl, the web-copy
#            layouts of tests/webcopy, score_body.py on webpages-dev.jsonl
# entities:  score_entities.py on CoNLL-2003 train and dev (all, and ORG on
#            the news part), the precision of each rule on both, and the
#            seed article against its annotation
# dates:     score_entities.py on TimeBank+AQUAINT (span F1, value accuracy)
# --peers:   the same inputs through compromise, chrono-node and wink-nlp
source "$(dirname "$0")/common.sh"
what=${1:-all}
peers=0
for a in "$@"; do [ "$a" = "--peers" ] && peers=1; done
[ "$peers" = 1 ] && { setup_peers || peers=0; }

run_peer() { # name script input output
  (cd "$peers_dir" && node "$2" < "$3" > "$4" 2>/dev/null)
}

if [ "$what" = structure ] || [ "$what" = all ]; then
  echo "## Structure: structure-dev.jsonl"
  "$cli" --jsonl < "$ev/data/structure-dev.jsonl" > "$tmp/s.jsonl"
  python3 "$ev/score_structure.py" "$ev/data/structure-dev.jsonl" "$tmp/s.jsonl" | sed -n 2,8p
  echo "## Web copies: the 30 layouts of tests/webcopy (invented text, expectations by hand)"
  python3 "$root/tests/webcopy/check_layouts.py" "$cli" "$root/tests/webcopy/layouts" || true
  echo "## Whole web pages: webpages-dev.jsonl (body = paragraphs, 4-token shingles)"
  "$cli" --jsonl < "$ev/data/webpages-dev.jsonl" > "$tmp/w.jsonl"
  python3 "$ev/score_body.py" "$ev/data/webpages-dev.jsonl" "$tmp/w.jsonl"
fi

if [ "$what" = entities ] || [ "$what" = all ]; then
  echo "## Entities: CoNLL-2003 train (946 documents: develop here), exact spans"
  "$cli" --jsonl < "$ev/data/conll2003-train.jsonl" > "$tmp/tr.jsonl"
  python3 "$ev/score_entities.py" "$ev/data/conll2003-train.jsonl" "$tmp/tr.jsonl" \
    --labels PERSON,COUNTRY,LOCATION,ORG 2>/dev/null | grep -E "^(PERSON|COUNTRY|LOCATION|ORG|MICRO)"
  echo "## Entities: CoNLL-2003 dev (216 documents: confirm here), exact spans"
  "$cli" --jsonl < "$ev/data/conll2003-testa.jsonl" > "$tmp/c.jsonl"
  python3 "$ev/score_entities.py" "$ev/data/conll2003-testa.jsonl" "$tmp/c.jsonl" \
    --labels PERSON,COUNTRY,LOCATION,ORG 2>/dev/null
  echo "## ORG on the 116 news documents"
  "$cli" --jsonl < "$ev/data/conll2003-testa.news.jsonl" > "$tmp/cn.jsonl"
  python3 "$ev/score_entities.py" "$ev/data/conll2003-testa.news.jsonl" "$tmp/cn.jsonl" \
    --labels ORG 2>/dev/null | tail -n 1
  echo "## Seed article"
  python3 "$here/seed_check.py" "$cli" "$shared/seed" | sed -n 1,10p
  if [ "$peers" = 1 ]; then
    echo "## compromise on CoNLL-2003 dev"
    run_peer compromise run-compromise.js "$ev/data/conll2003-testa.jsonl" "$tmp/pc.jsonl"
    python3 "$ev/score_entities.py" "$ev/data/conll2003-testa.jsonl" "$tmp/pc.jsonl" \
      --labels PERSON,COUNTRY,LOCATION,ORG 2>/dev/null
  fi
  echo "## Entities: precision of each rule, train and dev"
  python3 "$here/rule_precision.py" "$ev/data/conll2003-train.jsonl" "$tmp/tr.jsonl" \
    "$ev/data/conll2003-testa.jsonl" "$tmp/c.jsonl"
fi

if [ "$what" = dates ] || [ "$what" = all ]; then
  echo "## Dates: TimeBank + AQUAINT (1505 DATE)"
  "$cli" --jsonl < "$ev/data/timeml-tbaq.jsonl" > "$tmp/t.jsonl"
  python3 "$ev/score_entities.py" "$ev/data/timeml-tbaq.jsonl" "$tmp/t.jsonl" --labels DATE \
    2>/dev/null | grep -E "^(label|DATE)"
  echo "## TIMEX3, each type (TIME, DURATION, SET: 30, 257, 30 expressions)"
  python3 "$ev/score_entities.py" "$ev/data/timeml-tbaq.jsonl" "$tmp/t.jsonl" --timex-types \
    --labels DATE,TIME,DURATION,SET 2>/dev/null | grep -E "^(TIME|DURATION|SET)"
  echo "## TIMEX3, all four types type-blind (TempEval-3 style)"
  python3 "$ev/score_entities.py" "$ev/data/timeml-tbaq.jsonl" "$tmp/t.jsonl" --timex-types \
    --labels TIMEX --map DATE=TIMEX,TIME=TIMEX,DURATION=TIMEX,SET=TIMEX 2>/dev/null | grep -E "^TIMEX"
  if [ "$peers" = 1 ]; then
    for p in wink:run-wink.js chrono:run-chrono.js compromise:run-compromise.js; do
      run_peer "${p%%:*}" "${p#*:}" "$ev/data/timeml-tbaq.jsonl" "$tmp/pd.jsonl"
      printf '%-10s ' "${p%%:*}"
      python3 "$ev/score_entities.py" "$ev/data/timeml-tbaq.jsonl" "$tmp/pd.jsonl" --labels DATE \
        2>/dev/null | grep -E "^DATE"
    done
  fi
fi
