// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// GuestUnitScan on a search path built by hand: which file wins, which drop-ins apply and in
// what order, masks, and the settings read (systemd's defaults where nothing is set).
// tst_guestunitscan_systemd compares the same with a real manager.

#include "core/units/guestunitscan.h"
#include "tests/harness/testmain.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace charon::core;

class TestGuestUnitScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;
    QString m_high, m_low;

    void write(const QString &path, const QString &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    QHash<QString, ScannedGuestUnit> scan(const QStringList &only = {})
    {
        QHash<QString, ScannedGuestUnit> out;
        for (const ScannedGuestUnit &s :
            GuestUnitScan::scan({ m_high, m_low }, UnitEnablement({ m_high }, {}), only))
            out.insert(s.unit, s);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_temp.isValid());
        m_high = m_temp.filePath(u"high-"_s + QLatin1String(QTest::currentTestFunction()));
        m_low = m_temp.filePath(u"low-"_s + QLatin1String(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(m_high) && QDir().mkpath(m_low));
    }

    void theFirstFileOfANameWinsAndMasksCount()
    {
        write(m_high + u"/charon-guest-a.service"_s, u"[Service]\nExecStart=/emu -x /a.cfg\n"_s);
        write(m_low + u"/charon-guest-a.service"_s, u"[Service]\nExecStart=/other -x /b.cfg\n"_s);
        write(m_low + u"/charon-guest-b.service"_s, u"[Service]\nExecStart=/emu -x /b.cfg\n"_s);
        write(m_low + u"/charon-guest-m.service"_s, u"[Service]\nExecStart=/emu -x /m.cfg\n"_s);
        QVERIFY(QFile::link(u"/dev/null"_s, m_high + u"/charon-guest-m.service"_s));
        write(m_low + u"/other.service"_s, u"[Service]\nExecStart=/bin/true\n"_s);
        const auto units = scan();
        QCOMPARE(units.size(), 3);
        QCOMPARE(
            units[u"charon-guest-a.service"_s].fragmentPath, m_high + u"/charon-guest-a.service"_s);
        QCOMPARE(units[u"charon-guest-a.service"_s].execStart.argv,
            QStringList({ u"/emu"_s, u"-x"_s, u"/a.cfg"_s }));
        QCOMPARE(
            units[u"charon-guest-b.service"_s].fragmentPath, m_low + u"/charon-guest-b.service"_s);
        QVERIFY(units[u"charon-guest-m.service"_s].masked);
        QCOMPARE(units[u"charon-guest-m.service"_s].unitFileState, u"masked"_s);
        QCOMPARE(
            units[u"charon-guest-m.service"_s].fragmentPath, m_high + u"/charon-guest-m.service"_s);
        QVERIFY(!units[u"charon-guest-m.service"_s].readable);
        // Only the asked-for units
        QCOMPARE(scan({ u"charon-guest-b.service"_s }).keys(),
            QList<QString> { u"charon-guest-b.service"_s });
    }

    void dropInsShadowByNameAndApplyInNameOrder()
    {
        const QString unit = u"charon-guest-d.service"_s;
        write(m_low + u'/' + unit,
            u"[Service]\nExecStart=/emu -x /d.cfg\nTimeoutSec=30\nRestart=on-failure\n"_s);
        write(m_high + u'/' + unit + u".d/50-charon-manager.conf"_s,
            u"[Service]\nTimeoutStopSec=7\n"_s);
        write(m_low + u'/' + unit + u".d/50-charon-manager.conf"_s,
            u"[Service]\nTimeoutStopSec=99\n"_s);
        write(m_low + u"/charon-guest-.service.d/10-all.conf"_s,
            u"[Service]\nOOMScoreAdjust=-1000\n"_s);
        write(m_low + u"/service.d/90-every-service.conf"_s, u"[Service]\nRestart=always\n"_s);
        write(m_high + u"/charon-.service.d/95-masked.conf"_s, u""_s);
        QVERIFY(QFile::remove(m_high + u"/charon-.service.d/95-masked.conf"_s));
        QVERIFY(QFile::link(u"/dev/null"_s, m_high + u"/charon-.service.d/95-masked.conf"_s));
        write(m_low + u"/charon-.service.d/95-masked.conf"_s, u"[Service]\nRestart=no\n"_s);
        const ScannedGuestUnit d = scan().value(unit);
        QCOMPARE(d.dropInPaths,
            QStringList({ m_low + u"/charon-guest-.service.d/10-all.conf"_s,
                m_high + u'/' + unit + u".d/50-charon-manager.conf"_s,
                m_low + u"/service.d/90-every-service.conf"_s }));
        QVERIFY(d.readable);
        QCOMPARE(d.timeoutStartUs, quint64(30'000'000));
        QCOMPARE(d.timeoutStopUs, quint64(7'000'000));
        QCOMPARE(d.oomScoreAdjust, -1000);
        QCOMPARE(d.restart, u"always"_s);
    }

    void defaultsAndUnreadableFiles()
    {
        write(m_high + u"/charon-guest-e.service"_s,
            u"[Service]\nExecStartPre=-/bin/prep a\nExecStart=/emu -x "
            u"/e.cfg\nTimeoutStartSec=infinity\n"
            "[Install]\nWantedBy=default.target\n"_s);
        write(m_high + u"/charon-guest-f.service"_s, u"[Service]\nType=exec\n"_s);
        const auto units = scan();
        const ScannedGuestUnit e = units.value(u"charon-guest-e.service"_s);
        QVERIFY(e.readable);
        QCOMPARE(e.timeoutStartUs, std::numeric_limits<quint64>::max());
        QCOMPARE(e.timeoutStopUs, GuestUnitScan::DefaultTimeoutUs);
        QCOMPARE(e.restart, u"no"_s);
        QCOMPARE(e.oomScoreAdjust, 0);
        QCOMPARE(e.execStartPre.size(), 1);
        QCOMPARE(e.execStartPre.first().prefixes, u"-"_s);
        QCOMPARE(e.unitFileState, u"disabled"_s);
        // No [Install] rules: static, as systemd says
        QCOMPARE(units.value(u"charon-guest-f.service"_s).unitFileState, u"static"_s);
        // No ExecStart=: not readable (the monitor asks systemd for its verdict then)
        QVERIFY(!units.value(u"charon-guest-f.service"_s).readable);
        QVERIFY(!units.value(u"charon-guest-f.service"_s).error.isEmpty());
    }
};

CHARON_TEST_GUILESS_MAIN(TestGuestUnitScan)
#include "tst_guestunitscan.moc"
