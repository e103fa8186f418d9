// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// HistoryEvent from journal entries (by MESSAGE_ID and fields, or by the manager's wording when
// an entry has no id) and from emulator log lines matched with a real profile; GuestHistory
// orders them newest first.

#include "core/config/profileregistry.h"
#include "core/journal/guesthistory.h"
#include "core/journal/historyevent.h"
#include "tests/harness/testmain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
LogLine entry(const QString &text, const QHash<QString, QString> &fields, int second)
{
    LogLine line;
    line.text = text;
    line.fields = fields;
    line.time = QDateTime(QDate(2026, 11, 29), QTime(10, 0, second));
    line.cursor = u"c%1"_s.arg(second);
    return line;
}
} // namespace

class TestHistoryEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void journalEntriesByMessageId();
    void journalEntriesByWording();
    void licenseLinesByProfile();
    void historyIsNewestFirst();
};

void TestHistoryEvent::journalEntriesByMessageId()
{
    const auto started = HistoryEvent::fromJournal(entry(u"Started x."_s,
        { { u"MESSAGE_ID"_s, u"39f53479d3a045ac8e11786248231fbf"_s },
            { u"JOB_RESULT"_s, u"done"_s } },
        1));
    QVERIFY(started);
    QCOMPARE(started->kind, HistoryEvent::Kind::Started);
    const auto failed = HistoryEvent::fromJournal(entry(u"x: Failed with result 'signal'."_s,
        { { u"MESSAGE_ID"_s, u"d9b373ed55a64feb8242e02dbe79a49c"_s },
            { u"UNIT_RESULT"_s, u"signal"_s } },
        2));
    QVERIFY(failed);
    QCOMPARE(failed->kind, HistoryEvent::Kind::Failed);
    QVERIFY2(failed->title.contains(u"signal"_s), qPrintable(failed->title));
    QCOMPARE(failed->priority, int(LogLine::Error));
    const auto exited = HistoryEvent::fromJournal(entry(u"x: Main process exited"_s,
        { { u"MESSAGE_ID"_s, u"98e322203f7a4ed290d09fe03c09fe15"_s },
            { u"EXIT_CODE"_s, u"killed"_s }, { u"EXIT_STATUS"_s, u"9"_s } },
        3));
    QVERIFY(exited);
    QVERIFY2(exited->title.contains(u"killed, status 9"_s), qPrintable(exited->title));
    QCOMPARE(exited->priority, int(LogLine::Warning));
    QVERIFY(!HistoryEvent::fromJournal(entry(u"x: Consumed 1s CPU time."_s,
        { { u"MESSAGE_ID"_s, u"ae8f7b866b0347b9af31fe1c80b127c0"_s } }, 4)));
    QVERIFY(!HistoryEvent::fromJournal(entry(u"hello from the emulator"_s, {}, 5)));
}

void TestHistoryEvent::journalEntriesByWording()
{
    const auto failed
        = HistoryEvent::fromJournal(entry(u"x.service: Failed with result 'timeout'."_s, {}, 1));
    QVERIFY(failed);
    QCOMPARE(failed->kind, HistoryEvent::Kind::Failed);
    QVERIFY2(failed->title.contains(u"timed out"_s), qPrintable(failed->title));
    const auto stopped = HistoryEvent::fromJournal(entry(u"Stopped Charon guest x."_s, {}, 2));
    QVERIFY(stopped);
    QCOMPARE(stopped->kind, HistoryEvent::Kind::Stopped);
}

void TestHistoryEvent::licenseLinesByProfile()
{
    const auto profile = ProfileRegistry::forId(u"par"_s);
    QVERIFY(profile);
    LogLine lost;
    lost.text = u"err:Contact with license key lost ..."_s;
    const auto matches = profile->matchLogLine(lost.text);
    QVERIFY(!matches.isEmpty());
    std::optional<HistoryEvent> event;
    for (const auto &match : matches) {
        if (!event)
            event = HistoryEvent::fromLogMatch(match, lost);
    }
    QVERIFY(event);
    QCOMPARE(event->kind, HistoryEvent::Kind::LicenseLost);
    QCOMPARE(event->source, HistoryEvent::Source::EmulatorLog);
}

void TestHistoryEvent::historyIsNewestFirst()
{
    const auto profile = ProfileRegistry::forId(u"par"_s);
    QVERIFY(profile);
    GuestHistory history({ JournalFeed::Scope::User, u"x.service"_s, {}, false }, {}, *profile);
    history.addJournalLines(
        { entry(u"Started x."_s, { { u"MESSAGE_ID"_s, u"39f53479d3a045ac8e11786248231fbf"_s } }, 1),
            entry(u"Stopping x..."_s,
                { { u"MESSAGE_ID"_s, u"de5b426a63be47a7b6ac3eaac82e2f6f"_s } }, 5),
            entry(u"Stopped x."_s, { { u"MESSAGE_ID"_s, u"9d1aaa27d60140bd96365438aad20286"_s } },
                6) });
    LogLine lost;
    lost.text = u"err:Contact with license key lost ..."_s;
    lost.time = QDateTime(QDate(2026, 11, 29), QTime(10, 0, 3));
    history.addLogLines({ lost });
    const QList<HistoryEvent> events = history.events();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).kind, HistoryEvent::Kind::Stopped);
    QCOMPARE(events.at(1).kind, HistoryEvent::Kind::StopRequested);
    QCOMPARE(events.at(2).kind, HistoryEvent::Kind::LicenseLost);
    QCOMPARE(events.at(3).kind, HistoryEvent::Kind::Started);
}

CHARON_TEST_GUILESS_MAIN(TestHistoryEvent)
#include "tst_historyevent.moc"
