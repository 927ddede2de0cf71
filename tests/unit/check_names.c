/* check_names.c - the name stage (names.c) on sentences written for it. */
#include "testutil.h"

static int has(newsparse_result *r, int label, const char *text) {
  return tu_find_entity(r, label, text) >= 0;
}

/* Evidence around names, one text per case: each text is found with
 * exactly that label and no other (1), or is no entity of any label (0). */
typedef struct expect {
  int label;
  const char *text;
  int found;
} expect;
static const struct evidence_case {
  const char *what, *text;
  expect want[8];
} evidence_cases[] = {
    {"a kind of organisation before the name; not after \"aircraft carrier\", not a given "
     "name, not one letter, not across a line",
     "The chipmaker Quorvex said on Monday that the news agency Baltpress had misquoted the "
     "Welsh side Pentrefoel. The aircraft carrier Valdorin sailed. Shares of the company Maria "
     "Brisk founded rose, and the firm N said nothing.\nA company\nZelmora Trent spoke.",
     {{NEWSPARSE_LABEL_ORG, "Quorvex", 1},
      {NEWSPARSE_LABEL_ORG, "Baltpress", 1},
      {NEWSPARSE_LABEL_ORG, "Pentrefoel", 1},
      {0, "Valdorin", 0},
      {NEWSPARSE_LABEL_PERSON, "Maria Brisk", 1},
      {0, "N", 0},
      {NEWSPARSE_LABEL_PERSON, "Zelmora Trent", 1}}}, /* a name that speaks */
    {"an age, even for a name of everyday words, but not for one everyday word",
     "The 20-year-old Tiger Woods shot 67. Brenner, 45, lost. A 58-year-old Republican lawyer "
     "spoke.",
     {{NEWSPARSE_LABEL_PERSON, "Tiger Woods", 1},
      {NEWSPARSE_LABEL_PERSON, "Brenner", 1},
      {0, "Republican", 0}}},
    {"airlines: \"El Al\" is no person named Al, \"Air France\" no country",
     "El Al, Air France and Lufthansa cancelled their flights on Monday.",
     {{NEWSPARSE_LABEL_ORG, "El Al", 1},
      {NEWSPARSE_LABEL_ORG, "Air France", 1},
      {0, "France", 0},
      {NEWSPARSE_LABEL_ORG, "Lufthansa", 1}}},
    {"cities as English news spells them; a known place before a place suffix, not when the "
     "name goes on after it",
     "Flights from Montreal, Sao Paulo and Zurich were cut. Ships left Manila Bay and planes "
     "Lima International Airport. Paris St Germain won, and U.S. District Judge Ana Pereira "
     "ruled.",
     {{NEWSPARSE_LABEL_LOCATION, "Montreal", 1},
      {NEWSPARSE_LABEL_LOCATION, "Sao Paulo", 1},
      {NEWSPARSE_LABEL_LOCATION, "Zurich", 1},
      {NEWSPARSE_LABEL_LOCATION, "Manila Bay", 1},
      {NEWSPARSE_LABEL_LOCATION, "Lima International Airport", 1},
      {0, "Paris St", 0},
      {0, "U.S. District", 0},
      {NEWSPARSE_LABEL_COUNTRY, "U.S.", 1}}},
    {"in a results table a given name and a surname is a player, a name ending in a club "
     "word a team",
     "Leading scores after the third round:\nColin Brayford 66 70 68\nIan Paxley 67 71 66\n"
     "Results:\nMartin United 2 Redhill 1\n",
     {{NEWSPARSE_LABEL_PERSON, "Colin Brayford", 1},
      {NEWSPARSE_LABEL_PERSON, "Ian Paxley", 1},
      {NEWSPARSE_LABEL_ORG, "Martin United", 1},
      {NEWSPARSE_LABEL_ORG, "Redhill", 1}}}};

/* The labels text has as an entity, one bit per label. */
static unsigned labels_of(newsparse_result *r, const char *text) {
  unsigned bits = 0;
  int l;
  for (l = NEWSPARSE_LABEL_PERSON; l <= NEWSPARSE_LABEL_MONEY; l++)
    if (has(r, l, text))
      bits |= 1u << l;
  return bits;
}

START_TEST(evidence_in_context) {
  size_t c, k;
  for (c = 0; c < sizeof evidence_cases / sizeof evidence_cases[0]; c++) {
    const struct evidence_case *ec = &evidence_cases[c];
    newsparse_result *r = tu_parse(ec->text, NULL);
    for (k = 0; k < 8 && ec->want[k].text; k++) {
      unsigned want = ec->want[k].found ? 1u << ec->want[k].label : 0;
      ck_assert_msg(labels_of(r, ec->want[k].text) == want, "%s: '%s' has labels 0x%x, not 0x%x",
                    ec->what, ec->want[k].text, labels_of(r, ec->want[k].text), want);
    }
    newsparse_result_free(r);
  }
}
END_TEST

START_TEST(titles_given_names_and_surnames) {
  newsparse_result *r = tu_parse(
      "Finance Minister Tomas Albrecht met Dr. Ingrid Solberg in Oslo. Later, Albrecht said "
      "the talks went well and Solberg agreed.",
      NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Tomas Albrecht"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Ingrid Solberg"));
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_PERSON, "Albrecht")),
                   "Tomas Albrecht");
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_PERSON, "Solberg")),
                   "Ingrid Solberg");
  ck_assert(has(r, NEWSPARSE_LABEL_OFFICE, "Finance Minister"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Oslo"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(organisations) {
  newsparse_result *r = tu_parse(
      "Shares of Brightwater Holdings Inc. rose after the Mexican Foreign Ministry and the "
      "Institute for Coastal Studies praised the plan. Brightwater said the Harbor Party "
      "would support it.",
      NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brightwater Holdings Inc."));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Mexican Foreign Ministry"));
  ck_assert_uint_eq(labels_of(r, "Mexican"), 0); /* inside the ministry's name */
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Institute for Coastal Studies"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brightwater")); /* alias of the full name */
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Harbor Party"));
  newsparse_result_free(r);
  /* an organisation's word before "of" makes "X of <place>" one; "and"
   * after a first word that ends organisations joins ("Securities and
   * Exchange"), after a longer name it separates two */
  r = tu_parse("The Patriotic Union of Kurdistan said the Securities and Exchange Commission "
               "and the Energy and Water Ministry met Ford Motor Co and General Motors Corp.",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Patriotic Union of Kurdistan"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Securities and Exchange Commission"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Energy and Water Ministry"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Ford Motor Co"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "General Motors Corp"));
  newsparse_result_free(r);
  r = tu_parse("He told the UN Security Council that NATO Secretary-General Kay Lund agreed.",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "UN Security Council"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "NATO"));
  newsparse_result_free(r);
  r = tu_parse("Foreign Ministry spokesman Kay Lund said so.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Foreign Ministry"));
  newsparse_result_free(r);
  r = tu_parse("He works with Gartwell Group in London; they are in Group B.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Gartwell Group"));
  ck_assert_uint_eq(labels_of(r, "Group B"), 0);
  newsparse_result_free(r);
  r = tu_parse("Shares rose after Brellex said on Thursday it had won the contract, and "
               "Dana Brellis said she was pleased.",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brellex"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Dana Brellis"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(generational_suffixes) {
  /* "Jr" and "III" end a person's name and are evidence of one */
  newsparse_result *r =
      tu_parse("Doran Pellow Jr hit a homer and Brandt Okafor III watched.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Doran Pellow Jr"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Brandt Okafor III"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(firms_joined_by_ampersand) {
  /* a given name first ("Walter") must not make the firm a person */
  newsparse_result *r = tu_parse("Shares of Walter & Brisk rose, and Halvorsen & Halvorsen said "
                                 "on Monday that it had hired Dunmore & Sons.",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Walter & Brisk"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Halvorsen & Halvorsen"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Dunmore & Sons"));
  ck_assert_uint_eq(labels_of(r, "Walter & Brisk"), 1u << NEWSPARSE_LABEL_ORG);
  newsparse_result_free(r);
}
END_TEST

START_TEST(legal_forms_and_industry_words) {
  /* legal forms of many countries (lib/rules/50-legal-forms.rules), dotted
   * in any case; an industry's plural noun ends a firm's name */
  newsparse_result *r = tu_parse("Shares of Vardeny S.A. fell while Kolbrin a.s. and Toivola Oyj "
                                 "rose; Brelmont Laboratories and Quaster Semiconductor gained.",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Vardeny S.A."));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Kolbrin a.s."));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Toivola Oyj"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brelmont Laboratories"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Quaster Semiconductor"));
  newsparse_result_free(r);
  /* a sentence's first everyday word is the firm's when a suffix ends the
   * name; one word and "and" open an institution's name, never two firms */
  r = tu_parse("Pioneer Valve Inc. said the Soil and Water Conservation Commission and "
               "Lintex and Korvan Corp. agreed.",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Pioneer Valve Inc."));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Soil and Water Conservation Commission"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Korvan Corp."));
  ck_assert_uint_eq(labels_of(r, "Lintex and Korvan Corp."), 0);
  newsparse_result_free(r);
  /* an everyday word before a legal form is the firm's name everywhere;
   * before an everyday head it is not */
  r = tu_parse("Shares of Tarmac Plc rose. Tarmac said it won. The State Bank cut rates. "
               "State agents met.",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Tarmac"));
  ck_assert_uint_eq(labels_of(r, "State"), 0);
  newsparse_result_free(r);
  /* a verb and "its" after a name: a firm */
  r = tu_parse("Shares fell after Vantrex cut its forecast.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Vantrex"));
  newsparse_result_free(r);
  /* a table's day before a firm is no part of its name */
  r = tu_parse("RESULTS DUE THIS WEEK.\nLONDON 1996-08-23\nTHU Kerran Group YR EPS 29.7 38.0\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Kerran Group"));
  newsparse_result_free(r);
  /* a firm's stock after its name, not after a given name */
  r = tu_parse("Brelmont shares fell while Kay shares her view.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brelmont"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Kay"));
  newsparse_result_free(r);
  /* an acronym defined by lower-case words is a term, here and later */
  r = tu_parse("Sales of dark northern spring (DNS) wheat rose. DNS prices fell, and the "
               "Harbor Workers Union (HWU) agreed.",
               NULL);
  ck_assert_uint_eq(labels_of(r, "DNS"), 0);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "HWU"));
  newsparse_result_free(r);
  /* a known firm and its legal form; "The" opening a quoted sentence */
  r = tu_parse("Shares of Goldman Sachs & Co rose. \"The Harbor Party agreed,\" he said.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Goldman Sachs & Co"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Harbor Party"));
  newsparse_result_free(r);
  /* a place and a desk make an organisation, which joins the agency */
  r = tu_parse("He called the Reuters Oslo Bureau on Monday.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Reuters Oslo Bureau"));
  newsparse_result_free(r);
  /* "Brothers" ends a firm's name; "daily" after a name makes a newspaper */
  r = tu_parse("Analysts at Harlan Brothers said the Vila Nova daily reported it.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Harlan Brothers"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Vila Nova"));
  newsparse_result_free(r);
  /* two capitals are a legal form only as listed: "ET" is a time zone */
  r = tu_parse("Kay Lund spoke at 9 a.m. ET on Monday.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Kay Lund"));
  ck_assert_uint_eq(labels_of(r, "ET"), 0);
  newsparse_result_free(r);
}
END_TEST

START_TEST(tables_decided_as_a_whole) {
  /* rows with a given name or a nation in brackets make the table one of
   * players, and a surname alone before its points is a player too */
  newsparse_result *r = tu_parse("MOTOCROSS - WORLD CHAMPIONSHIP STANDINGS.\nOSLO 1996-08-30\n"
                                 "Standings after five rounds:\n1. Kay Lund (Norway) 120 points\n"
                                 "2. Brettan 98\n3. Pim Okoro (Kenya) 91\n4. Halvard 85\n",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Brettan"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Halvard"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Brettan"));
  newsparse_result_free(r);
  /* a cricket scorecard: the batsman, the fielder and the bowler */
  r = tu_parse("CRICKET - NORTHSHIRE V SOUTHSHIRE.\nLONDON 1996-08-22\n"
               "Kay Lundgren c Okoro b Brettan 76\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Kay Lundgren"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Okoro"));
  newsparse_result_free(r);
  /* a side's goals with its scorers and their minutes in brackets */
  r = tu_parse("SOCCER - DUTCH SUMMARY.\nAMSTERDAM 1996-08-29\n"
               "Willem Vos Tilburg 1 (Van Brakel 69th penalty) Rovers 0\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Willem Vos Tilburg"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Van Brakel"));
  newsparse_result_free(r);
  /* a side's total with its players in brackets is a team's row; wrapped
   * lines of players do not vote */
  r = tu_parse("CRICKET - COUNTY SCORES.\nLONDON 1996-08-30\n"
               "Northshire 280 (J. Lund 57, K. Okoro 50;\nL. Brett 5-43).\n"
               "Southshire 300 (P. Okoro 88,\nM. Dale 4-80).\nNorthshire 24 points,\n"
               "Southshire 3.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Northshire"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Southshire"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "L. Brett"));
  ck_assert(!has(r, NEWSPARSE_LABEL_PERSON, "Northshire"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(role_before_the_name) {
  /* "finalist" and "striker" make a person strong enough that a later
   * surname is the person even where it is also a place */
  newsparse_result *r = tu_parse("The Wimbledon finalist Tavio Lisbon lost in four sets. Lisbon "
                                 "said he was tired. The striker Okonkwo scored twice.",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Tavio Lisbon"));
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_PERSON, "Lisbon")),
                   "Tavio Lisbon");
  ck_assert_uint_eq(labels_of(r, "Lisbon"), 1u << NEWSPARSE_LABEL_PERSON);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Okonkwo"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(sentence_starts_are_not_names) {
  newsparse_result *r = tu_parse(
      "Police said the road was closed. However, traffic resumed. Yesterday it rained.", NULL);
  size_t i, n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  for (i = 0; i < n; i++) {
    int label;
    newsparse_result_entity(r, i, &label, NULL, NULL);
    ck_assert_int_eq(label, NEWSPARSE_LABEL_DATE);
  }
  newsparse_result_free(r);
}
END_TEST

START_TEST(places_and_teams) {
  newsparse_result *r =
      tu_parse("ZELTWEG, Austria 2026-05-02\nRebels attacked Vorkuta, Ruritania and the Tessin "
               "province.\nRedhill 3 Boston 1\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "ZELTWEG"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Tessin"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Boston")); /* a team in a results line */
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Redhill"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(caps_headlines_need_evidence) {
  newsparse_result *r =
      tu_parse("Harbour Workers Strike Over Pay As Talks Fail\n\n"
               "Dock workers walked out on Monday, union leader Marta Kowalczyk said.\n",
               NULL);
  ck_assert_uint_eq(labels_of(r, "Harbour Workers"), 0);
  ck_assert_uint_eq(labels_of(r, "Talks Fail"), 0);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Marta Kowalczyk"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(user_lexicon_roles) {
  newsparse_engine *e =
      tu_engine_from("lexicon my.given given-name case=caps\nZorvan\nend\n"
                     "lexicon my.kinds org-kind\nshipper\nend\n"
                     "lexicon my.roles person-role\nhelmsman\nend\n"
                     "lexicon my.org-nouns org-noun case=exact\nconsortium\nend\n",
                     1);
  newsparse_result *r = tu_parse_with(
      e, "Officials met Zorvan Quilt on Friday. The shipper Valtrane and helmsman Vask left.",
      NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Zorvan Quilt"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Valtrane"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Vask"));
  newsparse_result_free(r);
  /* a role past the folded ones (org-noun) works from a user's file too */
  r = tu_parse_with(e, "Officials of the Vantor Kessel consortium met.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Vantor Kessel"));
  newsparse_result_free(r);
  r = tu_parse("Officials of the Vantor Kessel consortium met.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Vantor Kessel")); /* two plain words: a guess */
  newsparse_result_free(r);
  newsparse_engine_free(e);
  /* a kind of evidence of a file's own: its own role and an evidence line,
   * whose id is the entity's rule */
  e = tu_engine_from("lexicon my.vessels vessel-noun case=exact\ntanker | freighter\nend\n"
                     "evidence my.vessel-after ORG after vessel-noun words=1-2\n",
                     1);
  r = tu_parse_with(e, "The Vantor tanker ran aground near the Kessel freighter.", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Vantor"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Kessel"));
  {
    int label;
    const char *value, *rule;
    ck_assert_int_eq(newsparse_result_entity(r, 0, &label, &value, &rule), 0);
    ck_assert_str_eq(rule, "my.vessel-after");
  }
  newsparse_result_free(r);
  newsparse_engine_free(e);
  r = tu_parse("The Vantor tanker ran aground.", NULL);
  ck_assert_uint_eq(labels_of(r, "Vantor"), 0);
  newsparse_result_free(r);
}
END_TEST

/* In a photo credit the agency is an organisation, the photographer a
 * person: "Name/Agency/Agency". */
START_TEST(credit_agencies_are_organisations) {
  newsparse_result *r = tu_parse(
      "The council voted on Tuesday to build a new bridge over the river, ending a long debate.\n\n"
      "Workers at the quay on Monday.\nJane Doe/Reuters/Alamy\n\n(Photo by Ann Lee/Getty "
      "Images)\n\n"
      "Work is due to start next spring, the council said, and the bridge should open soon.\n",
      NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Jane Doe"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Alamy"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Ann Lee"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Getty Images"));
  ck_assert(!has(r, NEWSPARSE_LABEL_PERSON, "Getty Images"));
  newsparse_result_free(r);
}
END_TEST

/* A place before an organisation's last word is one organisation: a
 * wire's desk in its sign-off. */
START_TEST(place_and_organisation_word) {
  newsparse_result *r =
      tu_parse("Shares fell sharply on Monday.\n-- Harbourton Newsroom 61-2 9373-1800\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Harbourton Newsroom"));
  newsparse_result_free(r);
}
END_TEST

/* A team before a score is the whole capitalised run, the place in it
 * included; nothing found inside it stays. */
START_TEST(team_names_before_scores) {
  newsparse_result *r = tu_parse("Results on Sunday:\nSporting Lisbon 2 Red Star Belgrade 1\n"
                                 "Werder Bremen 0 Hamburg 0\n",
                                 NULL);
  size_t k, n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Sporting Lisbon"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Werder Bremen"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Hamburg"));
  for (k = 0; k < n; k++) {
    const char *text;
    int label;
    newsparse_result_entity(r, k, &label, NULL, NULL);
    newsparse_result_span(r, NEWSPARSE_PART_ENTITY, k, NEWSPARSE_TEXT_NORMALIZED, NULL, &text);
    ck_assert_msg(label != NEWSPARSE_LABEL_LOCATION, "a LOCATION in a results table: %s", text);
  }
  newsparse_result_free(r);
}
END_TEST

/* A city that is also a given name is a place in a place's context (after
 * "in", before a score), a person's name with a person's evidence. */
START_TEST(ambiguous_places_by_context) {
  newsparse_result *r = tu_parse("The talks in Aurora ended late.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Aurora"));
  newsparse_result_free(r);
  r = tu_parse("CLEVELAND 76 48 .613 -\nBOSTON 63 64 .496 10\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "CLEVELAND"));
  newsparse_result_free(r);
  r = tu_parse("Aurora Diaz, 34, said the talks had ended.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Aurora Diaz"));
  newsparse_result_free(r);
  /* in a list of places; a city without its river ("Frankfurt am Main") */
  r = tu_parse("They play in Hamilton and Wellington, and fly from Frankfurt and Lima to talks "
               "in Geneva.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Geneva")); /* GeoNames: Genève */
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Wellington"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Frankfurt"));
  newsparse_result_free(r);
  /* a region with the nation or wider region that qualifies it */
  r = tu_parse("Farmers in the U.S. Midwest and in Pakistani Kashmir waited, as did traders "
               "in the Mideast Gulf.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "U.S. Midwest"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Pakistani Kashmir"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Mideast Gulf"));
  newsparse_result_free(r);
  /* a place noun after a city that is also a given name */
  r = tu_parse("The Tyler plant closed.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Tyler"));
  newsparse_result_free(r);
  /* a place's head word, "of" and a place or a name: one place */
  r = tu_parse("Storms hit the Gulf of Mexico, the Bay of Bengal and the Sea of Japan.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Gulf of Mexico"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Bay of Bengal"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Sea of Japan"));
  newsparse_result_free(r);
  /* a state's abbreviation without its dot after a place and a comma */
  r = tu_parse("Flights to Tulsa, Okla resumed, but in Paris, Gen Smith said no.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Okla"));
  ck_assert(!has(r, NEWSPARSE_LABEL_LOCATION, "Gen"));
  newsparse_result_free(r);
  /* a building's word ends a place ("Hospital", "Church", "Prison"); the
   * body named after one is an organisation */
  r = tu_parse("He was taken to Harwick Memorial Hospital while the Church of England objected.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Harwick Memorial Hospital"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Church of England"));
  newsparse_result_free(r);
  /* "City" ends a place's name */
  r = tu_parse("Casinos in Atlantic City and Michigan City closed.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Atlantic City"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Michigan City"));
  newsparse_result_free(r);
  r = tu_parse("Seeds such as Aurora and Mary Joe Fernandez lost.\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_LOCATION, "Aurora"));
  newsparse_result_free(r);
}
END_TEST

/* A bare dateline of everyday words opens a story, not a place; a
 * dateline with more than its place is one. */
/* A city whose name is also an everyday word is a place in a place's
 * context only; a city's former or English name is a place; a city's name
 * after an initial is a surname. */
START_TEST(everyday_word_cities_exonyms_and_initials) {
  newsparse_result *r = tu_parse("Trade talks in Shanghai ended. Prices were a nice surprise.\n"
                                 "He flew on to Bombay and Peking, then to Grozny.\n",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Shanghai"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Bombay"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Grozny")); /* GeoNames: Groznyy */
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Peking"));
  newsparse_result_free(r);
  r = tu_parse("I. Salisbury not out 12\nM. Bolton c Smith b Jones 4\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "I. Salisbury"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "M. Bolton"));
  ck_assert(!has(r, NEWSPARSE_LABEL_LOCATION, "Bolton"));
  newsparse_result_free(r);
  r = tu_parse("Cricket board names its squad for the tour.\nWELLINGTON 1996-08-28\n"
               "The squad flies on Monday.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "WELLINGTON"));
  newsparse_result_free(r);
  r = tu_parse("Talks went on.\n-- Dora Kallis, Athens Newsroom +30 1 331 1812\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_LOCATION, "Dora Kallis"));
  newsparse_result_free(r);
  r = tu_parse("Troops moved into N. Ireland and the U.S. Madison office.\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_PERSON, "S. Madison"));
  newsparse_result_free(r);
}
END_TEST

/* In a sports report (a sport word in the headline) a name in a team slot
 * is a team, a known place there too; elsewhere the same words are no
 * evidence. */
START_TEST(team_slots_in_sports_reports) {
  newsparse_result *r = tu_parse("CRICKET - ROVERS WIN.\n\nRovers beat the Wanderers by four "
                                 "wickets. Later Sussex played against Hampshire, and "
                                 "Glamorgan v Bristol was drawn.\n",
                                 NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Wanderers"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Hampshire"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Glamorgan"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Bristol"));
  newsparse_result_free(r);
  r = tu_parse("SOCCER - CUP RESULTS.\n\nIn Bergen: Brann (Norway) 2 Shelbourne (Ireland) 1\n"
               "Women's javelin: 1. Anna Berg (Norway) 66.60 metres\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Brann"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Anna Berg"));
  newsparse_result_free(r);
  r = tu_parse("SOCCER - SIGNING.\n\nHe signed for Ajax Amsterdam after the Atlanta Braves "
               "lost. Jack London watched.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Ajax Amsterdam"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Atlanta Braves"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Jack London"));
  newsparse_result_free(r);
  /* sides around a result verb: a region's club, "10-man" sides, a club
   * named with a given name and its town; not a nation's side */
  r = tu_parse("SOCCER - ITALIAN ROUNDUP.\nROME 2025-12-05\nLazio edged 10-man Osasuna, and "
               "Lazio beat Hertha Berlin 2-1. England beat Wales 3-0.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Lazio"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Osasuna"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Hertha Berlin"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "England"));
  newsparse_result_free(r);
  /* in a sports report a name after "at" is where the match is played */
  r = tu_parse("CRICKET - NORTHSHIRE V SOUTHSHIRE.\nLONDON 1996-08-22\nLund struck 176 at The "
               "Oval, and the sides meet at Old Trafford next week.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "The Oval"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Old Trafford"));
  newsparse_result_free(r);
  /* a place before an amount with thousands separators is a table's row,
   * not a team before its score */
  r = tu_parse("AIRPORTS - PASSENGERS IN JULY.\nFRANKFURT 1996-08-28\nBremen 1,453 up 13.1\n"
               "NEW YORK 5,710.53 - 22.94\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Bremen"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "NEW YORK"));
  newsparse_result_free(r);
  /* a fixture line: the visitors, then where they play */
  r = tu_parse("BASEBALL - MAJOR LEAGUE SCHEDULE.\nNEW YORK 1996-08-28\nTHURSDAY SCHEDULE\n"
               "OAKLAND AT BOSTON\nSeattle at Baltimore\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "OAKLAND"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "BOSTON"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Seattle"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Baltimore"));
  newsparse_result_free(r);
  /* a club's letters and its town are one name */
  r = tu_parse("SOCCER - DUTCH LEAGUE.\nAMSTERDAM 1996-08-28\nThe PSV Eindhoven striker "
               "scored twice.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "PSV Eindhoven"));
  newsparse_result_free(r);
  /* a team noun before a place; the club's name goes on after it */
  r = tu_parse("SOCCER - LEAGUE ROUNDUP.\n\nSecond division side Leeds Harriers lost to "
               "newly-promoted Lisbon. Seattle shortstop Kay Lund watched.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Leeds Harriers"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Lisbon"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Seattle"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Kay Lund"));
  newsparse_result_free(r);
  r = tu_parse("BASEBALL - ROUNDUP.\n\nThen Oakland manager Art Howe left, and Jean Morel "
               "(Rennes) scored. Mark Cairns (England) won.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Oakland"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Rennes"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "England"));
  newsparse_result_free(r);
  r = tu_parse("BASEBALL - ROUNDUP.\n\nThe Mariners scored four runs. Orioles manager Dave "
               "Jonson said so.\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Mariners"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Orioles"));
  newsparse_result_free(r);
  r = tu_parse("Farmers protest.\n\nThe Greens voted against Hampshire plans in Bristol, not "
               "against Leeds.\n",
               NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Greens"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Hampshire"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Bristol"));
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "Leeds"));
  newsparse_result_free(r);
}
END_TEST

/* The figure after a name tells a player from a team: a bowler's analysis,
 * a decimal, a time, an ordinal minute or a telephone number is a
 * player's; a whole number, or Australian football's "12.10 (82)", a
 * team's. */
START_TEST(player_figures_are_no_team_score) {
  newsparse_result *r =
      tu_parse("SOCCER - RESULTS.\n\nBowling: Tom Lake 29.2-9-83-3, Cork 14.3-4-45-1\n"
               "Leeds 1 (Barnes 25th) Hull 0\nSydney 12.10 (82) Geelong 9.8 (62)\n"
               "-- Tom Ross 312-408-8721\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Cork"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Tom Lake"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Barnes"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Tom Ross"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Leeds"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Sydney"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Geelong"));
  newsparse_result_free(r);
  r = tu_parse("SOCCER - RESULTS.\n\nMetz 3 (Pirel 35th, 48th) Lens 1 (Varek 80th)\n"
               "Aamir Sohail c Crawe b Mullen 46\nKent v Durnford (three days)\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Pirel"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Varek"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Crawe"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Mullen"));
  ck_assert(!has(r, NEWSPARSE_LABEL_PERSON, "Durnford"));
  newsparse_result_free(r);
  r = tu_parse("TENNIS - RESULTS.\n\nKleinova (Slovakia) beat Hrdlicka (Czech Republic) 6-3 6-4\n",
               NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Kleinova"));
  ck_assert(has(r, NEWSPARSE_LABEL_PERSON, "Hrdlicka"));
  newsparse_result_free(r);
}
END_TEST

START_TEST(bare_dateline_words_are_no_place) {
  newsparse_result *r = tu_parse("WEATHER ROUNDUP - Storms move east.\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_LOCATION, "WEATHER ROUNDUP"));
  newsparse_result_free(r);
  r = tu_parse("BUFFALO, N.Y. (AP) -- The city council voted on Tuesday.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_LOCATION, "BUFFALO"));
  newsparse_result_free(r);
}
END_TEST

/* A bowler's analysis after a name is a player's row, not a team's. */
START_TEST(bowling_figures_are_no_team) {
  newsparse_result *r = tu_parse("Bowling: Harbourne 25-8-61-1, Westley 20-6-70-2.\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Harbourne"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Westley"));
  newsparse_result_free(r);
}
END_TEST

/* Around a result verb before one score, names are teams; before a
 * tennis set list, or with a given name, players. */
START_TEST(result_verbs_make_teams) {
  newsparse_result *r = tu_parse("Harbourne beat Oakhurst 2-1 on Sunday.\n", NULL);
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Harbourne"));
  ck_assert(has(r, NEWSPARSE_LABEL_ORG, "Oakhurst"));
  newsparse_result_free(r);
  r = tu_parse("Pete Harbourne beat Oakhurst 6-3 6-4.\n", NULL);
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Pete Harbourne"));
  ck_assert(!has(r, NEWSPARSE_LABEL_ORG, "Oakhurst"));
  newsparse_result_free(r);
}
END_TEST

Suite *names_suite(void) {
  Suite *s = suite_create("names");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, titles_given_names_and_surnames);
  tcase_add_test(tc, organisations);
  tcase_add_test(tc, firms_joined_by_ampersand);
  tcase_add_test(tc, generational_suffixes);
  tcase_add_test(tc, legal_forms_and_industry_words);
  tcase_add_test(tc, evidence_in_context);
  tcase_add_test(tc, role_before_the_name);
  tcase_add_test(tc, sentence_starts_are_not_names);
  tcase_add_test(tc, places_and_teams);
  tcase_add_test(tc, caps_headlines_need_evidence);
  tcase_add_test(tc, user_lexicon_roles);
  tcase_add_test(tc, credit_agencies_are_organisations);
  tcase_add_test(tc, place_and_organisation_word);
  tcase_add_test(tc, team_names_before_scores);
  tcase_add_test(tc, ambiguous_places_by_context);
  tcase_add_test(tc, everyday_word_cities_exonyms_and_initials);
  tcase_add_test(tc, team_slots_in_sports_reports);
  tcase_add_test(tc, player_figures_are_no_team_score);
  tcase_add_test(tc, bare_dateline_words_are_no_place);
  tcase_add_test(tc, bowling_figures_are_no_team);
  tcase_add_test(tc, result_verbs_make_teams);
  tcase_add_test(tc, tables_decided_as_a_whole);
  suite_add_tcase(s, tc);
  return s;
}
