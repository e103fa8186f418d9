// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The real charon-manager on Wayland: a headless weston (pixman renderer, screenshooter allowed
// by --debug) is started by the test, the window runs with QT_QPA_PLATFORM=wayland against the
// suite's private systemd manager with one running guest, and weston's own screenshooter must
// show the window mapped and drawn: the running guest's state pill, in its colour, on screen.
#include "core/domain/gueststate.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "tests/integration/guestunitfixture.h"
#include "ui/style/statestyle.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charon;

namespace {

// How many pixels of `image` are within `tolerance` (per channel) of `colour`.
int pixelsNear(const QImage &image, const QColor &colour, int tolerance)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance
                && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestUiWayland : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        CHARON_REQUIRE_SYSTEMD();
        for (const QString &program : { u"weston"_s, u"weston-screenshooter"_s }) {
            if (QStandardPaths::findExecutable(program).isEmpty())
                QSKIP(qPrintable(program + u" is not installed (scripts/setup installs weston)"_s));
        }
        const QString plugin = QLibraryInfo::path(QLibraryInfo::PluginsPath)
            + u"/platforms/libqwayland-generic.so"_s;
        if (!QFile::exists(plugin))
            QSKIP("Qt's Wayland platform plugin is not installed (package qt6-wayland)");
        if (qEnvironmentVariable("CHARON_MANAGER").isEmpty())
            QSKIP("CHARON_MANAGER (the charon-manager under test) is not set");
    }

    void windowMapsAndDrawsOnWayland()
    {
        CHARON_REQUIRE_SYSTEMD();
        test::GuestUnitFixture guests;
        guests.writeUnit(u"wl-guest"_s, guests.sleeper(), guests.config(u"wl-guest"_s));
        QCOMPARE(test::GuestUnitFixture::daemonReload(), 0);
        QCOMPARE(
            test::systemctl({ u"start"_s, test::GuestUnitFixture::unitName(u"wl-guest"_s) }), 0);

        // The compositor's socket lives in the suite's own runtime directory.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY(!runtime.isEmpty());
        const QString socket = u"wl-charon-test"_s;
        QFile::remove(runtime + u'/' + socket);
        QFile::remove(runtime + u'/' + socket + u".lock"_s);
        QProcess weston;
        weston.setProcessChannelMode(QProcess::MergedChannels);
        weston.start(u"weston"_s,
            { u"--backend=headless-backend.so"_s, u"--use-pixman"_s, u"--socket="_s + socket,
                u"--width=1280"_s, u"--height=800"_s, u"--idle-time=0"_s,
                // --debug lets weston-screenshooter take pictures.
                u"--debug"_s });
        QVERIFY2(weston.waitForStarted(), qPrintable(weston.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(runtime + u'/' + socket),
            qPrintable(u"weston made no socket: "_s + QString::fromLocal8Bit(weston.readAll())),
            15000);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"wayland"_s);
        env.insert(u"WAYLAND_DISPLAY"_s, socket);
        env.remove(u"DISPLAY"_s);
        QProcess window;
        window.setProcessEnvironment(env);
        window.setProcessChannelMode(QProcess::ForwardedChannels);
        window.start(qEnvironmentVariable("CHARON_MANAGER"), { u"--user"_s });
        QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));

        // The running guest's pill, drawn in its colours, is proof that the window mapped, the
        // guest list arrived over D-Bus and Qt painted it through the Wayland plugin.
        const StateStylePill pill = activePill();
        QTemporaryDir shots;
        QImage screen;
        const auto shoot = [&] {
            QProcess shooter;
            shooter.setWorkingDirectory(shots.path());
            shooter.setProcessEnvironment(env);
            shooter.start(u"weston-screenshooter"_s, {});
            if (!shooter.waitForFinished(10000) || shooter.exitCode() != 0)
                return false;
            const QStringList files
                = QDir(shots.path()).entryList({ u"*.png"_s }, QDir::Files, QDir::Time);
            if (files.isEmpty())
                return false;
            screen.load(shots.filePath(files.first()));
            for (const QString &file : files)
                QFile::remove(shots.filePath(file));
            return pixelsNear(screen, pill.border, 6) > 40
                && pixelsNear(screen, pill.fill, 6) > 400;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(window.state() == QProcess::Running && shoot(),
            "the window's running-guest pill never appeared on the Wayland screen", 30000);
        QCOMPARE(screen.size(), QSize(1280, 800));
        const QString keep = qEnvironmentVariable("CHARON_WAYLAND_SHOT");
        if (!keep.isEmpty())
            screen.save(keep);

        window.terminate();
        QVERIFY(window.waitForFinished(10000));
        weston.terminate();
        QVERIFY(weston.waitForFinished(10000));
    }

private:
    struct StateStylePill
    {
        QColor fill;
        QColor border;
    };
    static StateStylePill activePill()
    {
        const auto colors
            = ui::StateStyle::pillColors(core::GuestState::Active, QApplication::palette());
        return { colors.fill, colors.border };
    }
};

CHARON_TEST_MAIN(TestUiWayland)
#include "tst_ui_wayland.moc"
