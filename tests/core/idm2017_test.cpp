// feeds/idm2017.json against the printed programme of the IDM 2017 workshop (18-19 July 2017,
// Salle de conférence XVIII, Palais des Nations, Geneva).
#include "core/agenda_summary.hpp"
#include "core/feed_parser.hpp"
#include "support/idm_agenda.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace nownext::core;
using namespace std::chrono;

namespace {

const Agenda& idm() {
  return nownext::testing::idm_agenda();
}

const Session& by_id(const char* id) {
  const auto index = idm().find_session(id);
  REQUIRE(index.has_value());
  return idm().sessions()[*index];
}

std::string local(Instant instant) {
  return format_local_iso(instant, idm().time_zone());
}

std::vector<std::string> names(const std::vector<Participation>& people) {
  std::vector<std::string> result;
  for (const auto& p : people) result.emplace_back(idm().people()[p.person].name.in("fr"));
  return result;
}

}  // namespace

TEST_SUITE("IDM 2017 programme") {
  TEST_CASE("the event, venue, zone and room are those of the programme") {
    CHECK(idm().event().title.in("fr") == "Dialogue international sur la migration 2017");
    CHECK(idm().event().title.in("en") == "International Dialogue on Migration 2017");
    CHECK(idm().event().venue.in("fr") == "Palais des Nations, Genève");
    CHECK(idm().event().time_zone_name == "Europe/Zurich");
    REQUIRE(idm().rooms().size() == 1);
    CHECK(idm().rooms()[0].name.in("fr") == "Salle de conférence XVIII");
  }

  TEST_CASE("two days of eight items each, from 9:00 and 10:00 to 18:00") {
    const AgendaSummary summary = summarize(idm());
    REQUIRE(summary.days.size() == 2);
    CHECK(summary.days[0].date == year_month_day{2017y / July / 18});
    CHECK(summary.days[0].sessions == 8);
    CHECK(local(summary.days[0].first_start) == "2017-07-18T09:00:00+02:00");
    CHECK(local(summary.days[0].last_end) == "2017-07-18T18:00:00+02:00");
    CHECK(summary.days[1].date == year_month_day{2017y / July / 19});
    CHECK(summary.days[1].sessions == 8);
    CHECK(local(summary.days[1].first_start) == "2017-07-19T10:00:00+02:00");
    CHECK(local(summary.days[1].last_end) == "2017-07-19T18:00:00+02:00");
  }

  TEST_CASE("every item has the printed times, in order") {
    const std::vector<std::pair<std::string, std::string>> expected{
        {"d1-registration", "09:00-10:00"},
        {"d1-opening", "10:00-10:30"},
        {"d1-scene-setting", "10:30-11:00"},
        {"d1-opening-remarks", "11:00-11:10"},
        {"d1-migrant-voices", "11:10-11:30"},
        {"d1-panel-1", "11:30-13:00"},
        {"d1-panel-2", "15:00-16:30"},
        {"d1-panel-3", "16:30-18:00"},
        {"d2-panel-4", "10:00-11:30"},
        {"d2-panel-5", "11:30-13:00"},
        {"d2-break", "13:00-15:00"},
        {"d2-book-launch", "13:30-14:15"},
        {"d2-session-6", "15:00-17:00"},
        {"d2-session-6-panel-1", "15:00-16:00"},
        {"d2-session-6-panel-2", "16:00-17:00"},
        {"d2-closing", "17:00-18:00"}};
    REQUIRE(idm().sessions().size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const Session& s = idm().sessions()[i];
      CAPTURE(s.id);
      CHECK(s.id == expected[i].first);
      CHECK(local(s.start).substr(11, 5) + "-" + local(s.end).substr(11, 5) == expected[i].second);
    }
  }

  TEST_CASE("day 1 has no lunch item between 13:00 and 15:00") {
    const auto from = *parse_instant("2017-07-18T13:00:00+02:00");
    const auto to = *parse_instant("2017-07-18T15:00:00+02:00");
    for (const Session& s : idm().sessions()) {
      CAPTURE(s.id);
      CHECK_FALSE((s.start < to && s.end > from));
    }
  }

  TEST_CASE("the opening speakers, one by video message") {
    const Session& opening = by_id("d1-opening");
    CHECK(opening.kind == SessionKind::opening);
    CHECK(names(opening.speakers) == std::vector<std::string>{"William Lacy Swing",
                                                              "Shirley Ayorkor Botchwey",
                                                              "Peter Thomson"});
    CHECK(opening.speakers[2].note.in("fr") == "message vidéo");
    CHECK(idm().role_of(opening.speakers[2]).in("fr") ==
          "Président de l'Assemblée générale des Nations Unies");
  }

  TEST_CASE("panels carry their moderator, speakers, description and guiding questions") {
    const Session& panel1 = by_id("d1-panel-1");
    CHECK(panel1.label.in("fr") == "Panel 1");
    CHECK(panel1.title.in("fr") ==
          "Comprendre la vulnérabilité des migrants : concepts, facteurs "
          "déterminants, cadres de protection et lacunes");
    CHECK(names(panel1.moderators) == std::vector<std::string>{"Vincent Chetail"});
    CHECK(names(panel1.speakers) ==
          std::vector<std::string>{"Nanette Thomas", "Mohammed Shahidul Haque", "Edward Hobart",
                                   "Matteo Biffoni", "Cecilia Jimenez-Damary"});
    CHECK(panel1.questions.size() == 5);
    CHECK(panel1.description.in("fr").starts_with("Malgré l'ampleur"));
    CHECK(idm().role_of(panel1.speakers[3]).in("fr") == "Maire de Prato (Italie)");

    const Session& panel5 = by_id("d2-panel-5");
    CHECK(names(panel5.moderators) == std::vector<std::string>{"Daniela Reale"});
    CHECK(panel5.speakers.size() == 6);  // seven people on the card with the moderator
    CHECK(panel5.questions.size() == 6);
  }

  TEST_CASE("day 2's break holds the parallel book launch, which overlaps it") {
    const Session& pause = by_id("d2-break");
    const Session& launch = by_id("d2-book-launch");
    CHECK(pause.kind == SessionKind::break_time);
    CHECK(launch.kind == SessionKind::side_event);
    CHECK(launch.label.in("fr") == "Manifestation parallèle");
    CHECK_FALSE(launch.parent.has_value());
    CHECK((launch.start > pause.start && launch.end < pause.end));
    CHECK(launch.room == pause.room);
    CHECK(names(launch.moderators) == std::vector<std::string>{"Vincent Houver"});
    CHECK(names(launch.speakers) ==
          std::vector<std::string>{"Denis McClean", "Mechthilde Fuhrer", "Lorenzo Guadagno"});
  }

  TEST_CASE("Session 6 contains its two panels") {
    const SessionIndex six = *idm().find_session("d2-session-6");
    REQUIRE(idm().children_of(six).size() == 2);
    const Session& first = idm().sessions()[idm().children_of(six)[0]];
    const Session& second = idm().sessions()[idm().children_of(six)[1]];
    CHECK(first.id == "d2-session-6-panel-1");
    CHECK(second.id == "d2-session-6-panel-2");
    CHECK(first.parent == six);
    CHECK(names(first.moderators) == std::vector<std::string>{"Jean-Christophe Dumont"});
    CHECK(names(second.moderators) == std::vector<std::string>{"Laura Thompson"});
    CHECK(names(second.speakers) == std::vector<std::string>{"Mohammed Shahidul Haque",
                                                             "Mahboub Maalim", "Christine Matthews",
                                                             "Mirela Stoia"});
    CHECK(idm().sessions()[six].questions.size() == 3);
  }

  TEST_CASE("the closing synthesis by Laura Thompson ends the workshop") {
    const Session& closing = by_id("d2-closing");
    CHECK(closing.kind == SessionKind::closing);
    CHECK(closing.title.in("fr") == "Synthèse et conclusions");
    CHECK(names(closing.speakers) == std::vector<std::string>{"Laura Thompson"});
    CHECK(&closing == &idm().sessions().back());
  }

  TEST_CASE("every person of the programme is present once, with the printed role") {
    CHECK(idm().people().size() == 48);
    std::set<std::string> on_stage;
    for (const Session& s : idm().sessions()) {
      for (const auto& p : s.moderators) on_stage.insert(idm().people()[p.person].id);
      for (const auto& p : s.speakers) on_stage.insert(idm().people()[p.person].id);
    }
    CHECK(on_stage.size() == idm().people().size());  // nobody listed who does not appear
    const std::vector<std::string> printed{"William Lacy Swing",
                                           "Shirley Ayorkor Botchwey",
                                           "Peter Thomson",
                                           "Ahmed Hussen",
                                           "Fatumo Farah",
                                           "Monami Maulik",
                                           "Vincent Chetail",
                                           "Nanette Thomas",
                                           "Mohammed Shahidul Haque",
                                           "Edward Hobart",
                                           "Matteo Biffoni",
                                           "Cecilia Jimenez-Damary",
                                           "Lilana Keith",
                                           "Anna Makakala",
                                           "Aud Kolberg",
                                           "Roxana Castro de Bolling",
                                           "Elda Gladis Tobar Ortiz",
                                           "Natapanu Nopakun",
                                           "Elizabeth Ferris",
                                           "Maria Fernandez Rodríguez",
                                           "Ola Henriksson",
                                           "Ayoade Olatunbosun-Alakija",
                                           "Pia Oberoi",
                                           "Nilambar Badal",
                                           "Anastasia Crickley",
                                           "José Luis Lacome",
                                           "Marina Del Corral",
                                           "Timur Shaimergenov",
                                           "Hibaq Jama",
                                           "Daniel Klein",
                                           "Daniela Reale",
                                           "Khadjetou Mbareck Fall",
                                           "Javier Dario Higuera",
                                           "Daniela Nuñez Pares",
                                           "Mechthilde Fuhrer",
                                           "Sikander Khan",
                                           "Chidi King",
                                           "Vincent Houver",
                                           "Denis McClean",
                                           "Lorenzo Guadagno",
                                           "Jean-Christophe Dumont",
                                           "George Jashi",
                                           "Gibril Faal",
                                           "Marius Olivier",
                                           "Laura Thompson",
                                           "Mahboub Maalim",
                                           "Christine Matthews",
                                           "Mirela Stoia"};
    for (const auto& name : printed) {
      CAPTURE(name);
      CHECK(std::any_of(idm().people().begin(), idm().people().end(),
                        [&](const Person& p) { return p.name.in("fr") == name; }));
    }
    CHECK(printed.size() == idm().people().size());
  }
}
