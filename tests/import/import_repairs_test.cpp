// What real exports get wrong, and what each importer does about it: the item is repaired or
// left out with a warning that names it, and the rest of the programme loads.
#include "core/schedule.hpp"
#include "import/agenda_builder.hpp"
#include "import/import_time.hpp"
#include "import/read_feed.hpp"
#include "import/sample_files.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace nownext;
using nownext::testing::agenda_of;

namespace {

// A frab schedule.json of one day in one room with `events` (a JSON list).
std::string frab_json(const std::string& events, const std::string& conference_extra = "") {
  return R"({"schedule": {"version": "1", "conference": {"acronym": "conf", "title": "Conf",
    "time_zone_name": "Europe/Berlin")" +
         conference_extra + R"(, "days": [{"index": 1,
    "date": "2019-08-21", "day_start": "2019-08-21T09:00:00+02:00",
    "day_end": "2019-08-22T04:00:00+02:00", "rooms": {"Hall": )" +
         events + "}}]}}}";
}

std::string frab_event(const std::string& guid, const std::string& start,
                       const std::string& duration, const std::string& extra = "") {
  return R"({"id": 1, "guid": ")" + guid + R"(", "date": "2019-08-21T)" + start +
         R"(:00+02:00", "start": ")" + start + R"(", "duration": ")" + duration +
         R"(", "room": "Hall", "title": "Talk )" + guid + R"(", "type": "lecture",
         "language": "en", "abstract": "", "persons": [])" +
         extra + "}";
}

std::string ics(const std::string& body, const std::string& header = "") {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Conf\r\n" + header +
         body + "END:VCALENDAR\r\n";
}

std::string vevent(const std::string& uid, const std::string& start, const std::string& end,
                   const std::string& extra = "") {
  return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART;TZID=Europe/Paris:" + start +
         "\r\nDTEND;TZID=Europe/Paris:" + end + "\r\nLOCATION:Salle A\r\nSUMMARY:Talk " + uid +
         "\r\n" + extra + "END:VEVENT\r\n";
}

bool warned(const core::FeedResult& result, const std::string& where_part,
            const std::string& what_part) {
  return std::any_of(result.warnings.begin(), result.warnings.end(), [&](const auto& w) {
    return w.where.find(where_part) != std::string::npos &&
           w.what.find(what_part) != std::string::npos;
  });
}

}  // namespace

TEST_SUITE("import repairs") {
  TEST_CASE("a reused guid keeps both events under distinct ids, with a warning") {
    const core::FeedResult result = import::read_feed(frab_json(
        "[" + frab_event("g1", "10:00", "00:30") + "," + frab_event("g1", "11:00", "00:30") + "]"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions().size() == 2);
    CHECK(agenda.find_session("g1").has_value());
    CHECK(agenda.find_session("g1-2").has_value());
    CHECK(warned(result, "event 1", "id 'g1' used before; this one is 'g1-2'"));
  }

  TEST_CASE("a zero-length frab event is left out with a warning; the rest loads") {
    const core::FeedResult result = import::read_feed(frab_json(
        "[" + frab_event("g1", "10:00", "00:00") + "," + frab_event("g2", "11:00", "00:30") + "]"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions().size() == 1);
    CHECK(warned(result, "event 1 (2019-08-21, Hall)", "lasts no time; left out"));
  }

  TEST_CASE("an unreadable duration or start leaves that event out, naming it") {
    const core::FeedResult result =
        import::read_feed(frab_json("[" + frab_event("g1", "10:00", "half an hour") + "," +
                                    frab_event("g2", "11:00", "00:30") + "]"));
    CHECK(agenda_of(result).sessions().size() == 1);
    CHECK(warned(result, "event 1", "duration 'half an hour' is not HH:MM; left out"));
  }

  TEST_CASE("an event past midnight ends the next day and stays on its venue day") {
    const core::FeedResult result =
        import::read_feed(frab_json("[" + frab_event("late", "23:30", "01:30") + "]"));
    const core::Agenda& agenda = agenda_of(result);
    const core::Session& s = agenda.sessions()[0];
    CHECK(core::format_local_iso(s.end, agenda.time_zone()) == "2019-08-22T01:00:00+02:00");
    const core::Schedule schedule{agenda};
    CHECK(schedule.day_of(s.end - std::chrono::minutes{1}) ==
          std::chrono::year_month_day{std::chrono::year{2019}, std::chrono::August,
                                      std::chrono::day{21}});
  }

  TEST_CASE("frab's state cancels, v2 participants' roles moderate, HTML leaves the abstract") {
    const std::string events =
        "[" + frab_event("c", "10:00", "00:30", R"(, "state": "canceled")") + "," +
        frab_event("p", "11:00", "00:30",
                   R"(, "abstract": "<p>One &amp; two<br/>three</p>", "participants": [
                        {"guid": "m1", "name": "Mo", "role": "moderator"},
                        {"guid": "s1", "name": "Sam", "role": "speaker"}])") +
        "]";
    const core::FeedResult result = import::read_feed(frab_json(events));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions()[*agenda.find_session("c")].cancelled());
    const core::Session& p = agenda.sessions()[*agenda.find_session("p")];
    CHECK(p.description.any() == "One & two\nthree");
    REQUIRE(p.moderators.size() == 1);
    CHECK(agenda.people()[p.moderators[0].person].name.any() == "Mo");
    REQUIRE(p.speakers.size() == 1);
    CHECK(agenda.people()[p.speakers[0].person].name.any() == "Sam");
  }

  TEST_CASE("a frab conference day_change is the venue day's start hour") {
    const core::FeedResult result = import::read_feed(
        frab_json("[" + frab_event("g1", "10:00", "00:30") + "]", R"(, "day_change": "06:00")"));
    REQUIRE(agenda_of(result).event().day_change.has_value());
    CHECK(agenda_of(result).event().day_change->count() == 6);
  }

  TEST_CASE("iCalendar: all-day events are left out, cancelled ones kept as cancelled") {
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:day\r\nDTSTART;VALUE=DATE:20220517\r\nSUMMARY:Day one\r\n"
            "END:VEVENT\r\n" +
            vevent("off", "20220517T100000", "20220517T110000", "STATUS:CANCELLED\r\n") +
            vevent("on", "20220517T110000", "20220517T120000")));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions().size() == 2);
    CHECK(agenda.sessions()[*agenda.find_session("off")].cancelled());
    CHECK(warned(result, "VEVENT 1 (day)", "all-day event"));
  }

  TEST_CASE("iCalendar: RELATED-TO names the parent, ROLE=CHAIR moderates, CN speaks") {
    const core::FeedResult result = import::read_feed(ics(
        vevent("block", "20220517T090000", "20220517T120000",
               "ATTENDEE;ROLE=CHAIR;CN=Claire Dupont:mailto:claire@example.org\r\n") +
        vevent(
            "talk", "20220517T093000", "20220517T100000",
            "RELATED-TO;RELTYPE=PARENT:block\r\nATTENDEE;CN=Hugo Petit:mailto:h@example.org\r\n")));
    const core::Agenda& agenda = agenda_of(result);
    const core::Session& block = agenda.sessions()[*agenda.find_session("block")];
    const core::Session& talk = agenda.sessions()[*agenda.find_session("talk")];
    REQUIRE(talk.parent.has_value());
    CHECK(agenda.sessions()[*talk.parent].id == "block");
    REQUIRE(block.moderators.size() == 1);
    CHECK(agenda.people()[block.moderators[0].person].name.any() == "Claire Dupont");
    REQUIRE(talk.speakers.size() == 1);
    CHECK(agenda.people()[talk.speakers[0].person].name.any() == "Hugo Petit");
  }

  TEST_CASE(
      "iCalendar: X-WR-TIMEZONE gives the zone; an unknown TZID is read in it, with a warning") {
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20220517T100000\r\n"
            "DTEND;TZID=Mars/Olympus:20220517T110000\r\nSUMMARY:X\r\nEND:VEVENT\r\n",
            "X-WR-TIMEZONE:America/Montreal\r\n"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.event().time_zone_name == "America/Montreal");
    CHECK(core::format_local_iso(agenda.sessions()[0].start, agenda.time_zone()) ==
          "2022-05-17T10:00:00-04:00");
    CHECK(warned(result, "VEVENT 1 (x)", "unknown TZID 'Mars/Olympus'"));
  }

  TEST_CASE("iCalendar: a VTIMEZONE's TZID names the zone when nothing else does") {
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20220517T100000Z\r\nDTEND:20220517T110000Z\r\n"
            "SUMMARY:X\r\nEND:VEVENT\r\n",
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.event().time_zone_name == "Asia/Tokyo");
    CHECK(core::format_local_iso(agenda.sessions()[0].start, agenda.time_zone()) ==
          "2022-05-17T19:00:00+09:00");
  }

  TEST_CASE("iCalendar: the SUMMARY's LANGUAGE gives the event's languages, most used first") {
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20220517T100000Z\r\nDTEND:20220517T110000Z\r\n"
            "SUMMARY;LANGUAGE=en:Talk\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20220517T110000Z\r\nDTEND:20220517T120000Z\r\n"
            "SUMMARY;LANGUAGE=fr-CA:Atelier\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20220517T120000Z\r\nDTEND:20220517T130000Z\r\n"
            "SUMMARY;LANGUAGE=fr:Clôture\r\nEND:VEVENT\r\n"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.event().languages == std::vector<std::string>{"fr", "en"});
    CHECK(agenda.sessions()[*agenda.find_session("b")].kind == core::SessionKind::workshop);
    CHECK(agenda.sessions()[*agenda.find_session("c")].kind == core::SessionKind::closing);
  }

  TEST_CASE("Pentabarf XML: a person's role attribute moderates, and frab's state cancels") {
    const core::FeedResult result = import::read_feed(
        R"(<?xml version="1.0"?><schedule><conference><acronym>x</acronym><title>X</title>
        <time_zone_name>Europe/Brussels</time_zone_name></conference>
        <day index="1" date="2025-02-01"><room name="Room A" slug="a">
        <event guid="g1" id="1"><date>2025-02-01T10:00:00+01:00</date><start>10:00</start>
        <duration>00:30</duration><room>Room A</room><title>Panel</title><type>panel</type>
        <state>withdrawn</state><persons><person id="7" role="moderator">Mo</person>
        <person id="8">Sam</person></persons></event></room></day></schedule>)");
    const core::Agenda& agenda = agenda_of(result);
    const core::Session& s = agenda.sessions()[0];
    CHECK(s.cancelled());
    CHECK(s.kind == core::SessionKind::panel);
    CHECK(agenda.rooms()[s.room].id == "a");
    REQUIRE(s.moderators.size() == 1);
    CHECK(agenda.people()[s.moderators[0].person].name.any() == "Mo");
    REQUIRE(s.speakers.size() == 1);
  }

  TEST_CASE("texts over the feed's limits are cut at a character, with a warning") {
    std::string title(1100, 'x');
    title += "é";
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20220517T100000Z\r\nDTEND:20220517T110000Z\r\n"
            "SUMMARY:" +
            title + "\r\nEND:VEVENT\r\n"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions()[0].title.any().size() <= core::FeedLimits{}.max_short_text_bytes);
    CHECK(agenda.sessions()[0].title.any().ends_with("\u2026"));
    CHECK(warned(result, "VEVENT 1 (x)", "cut to 1024"));
  }

  TEST_CASE("bytes that are not UTF-8 become U+FFFD, with a warning") {
    const core::FeedResult result = import::read_feed(
        ics("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20220517T100000Z\r\nDTEND:20220517T110000Z\r\n"
            "SUMMARY:Caf\xE9 \xE2\x82\xAC\r\nEND:VEVENT\r\n"));
    const core::Agenda& agenda = agenda_of(result);
    CHECK(agenda.sessions()[0].title.any() == "Caf\uFFFD \u20AC");
    CHECK(warned(result, "VEVENT 1 (x)", "not UTF-8"));
  }

  TEST_CASE("ids, plain text and durations as the importers make them") {
    CHECK(import::make_id("K.1.105 (La Fontaine)") == "K.1.105-La-Fontaine");
    CHECK(import::make_id("r3s - Monheim/Rhein") == "r3s-Monheim-Rhein");
    CHECK(import::make_id("***").empty());
    CHECK(import::make_id("Amphithéâtre Callelongue") == "Amphitheatre-Callelongue");
    CHECK(import::make_id("Größe × 2") == "Grose-2");
    CHECK(import::plain_text("a &lt; b &#233;t&#xE9;\r\n\r\n\r\n\r\nc ") == "a < b été\n\nc");
    CHECK(import::plain_text("1 < 2 <b>bold</b>") == "1 < 2 bold");
    CHECK(import::parse_duration("01:30") == std::chrono::minutes{90});
    // Found by the frab-xml fuzzer: hours whose minutes overflow are refused, not wrapped.
    CHECK_FALSE(import::parse_duration("1362773002:00").has_value());
    CHECK(import::parse_duration("8784:00") == std::chrono::minutes{8784 * 60});
    CHECK(import::parse_duration("00:25:00") == std::chrono::minutes{25});
    CHECK(import::parse_duration("1:02:00") == std::chrono::minutes{26 * 60});
    CHECK_FALSE(import::parse_duration("90").has_value());
    CHECK(import::kind_from_words("Pause café") == core::SessionKind::break_time);
    CHECK_FALSE(import::kind_from_words("Breaking the web").has_value());
  }
}
