// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The real MainWindow as a screen reader sees it over AT-SPI: the program starts itself again
// under a private D-Bus session (dbus-run-session, which activates the AT-SPI bus) and Xvfb
// (xvfb-run) on the xcb platform with Qt's AT-SPI bridge on, opens a console, and has
// tests/harness/atspi-walk.py (python3-pyatspi) walk the application's tree from outside:
// every showing interactive control has a name, and the terminal exposes its text. Skipped,
// with the reason, where those tools are missing.

#include "tests/widget/sampleguests.h"
#include "ui/console/consoletabs.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace charon::core;

namespace {
constexpr auto kInner = "CHARON_ATSPI_INNER";
const QString kPython = u"/usr/bin/python3"_s;

QString walker()
{
    return qEnvironmentVariable("CHARON_SOURCE_DIR") + u"/tests/harness/atspi-walk.py"_s;
}

// Why this machine cannot run the walk, "" when it can.
QString missingTool()
{
    for (const QString &tool : { u"dbus-run-session"_s, u"xvfb-run"_s, u"Xvfb"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return tool + u" is not installed"_s;
    }
    if (!QFileInfo::exists(u"/usr/libexec/at-spi-bus-launcher"_s))
        return u"at-spi2-core is not installed"_s;
    if (!QFileInfo::exists(walker()))
        return u"CHARON_SOURCE_DIR does not lead to tests/harness/atspi-walk.py"_s;
    QProcess probe;
    probe.start(kPython, { u"-c"_s, u"import pyatspi"_s });
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return u"python3-pyatspi is not installed"_s;
    return {};
}
} // namespace

class TestAtspi : public QObject
{
    Q_OBJECT

public:
    QString skipReason;

private Q_SLOTS:
    void initTestCase()
    {
        if (!skipReason.isEmpty())
            QSKIP(qPrintable(skipReason));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void screenReaderFindsEveryControlNamed()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        charon::ui::MainWindow window(&store);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConsole(u"hpux-prod"_s);
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        // When a screen reader's library walks the tree (this process answers it meanwhile)
        QProcess walk;
        walk.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&walk, &QProcess::finished);
        walk.start(kPython, { walker(), QCoreApplication::applicationName() });
        QVERIFY(finished.wait(120000));
        const QString out = QString::fromUtf8(walk.readAll());
        qInfo().noquote() << out.trimmed();
        // Then it found the window's controls, none unnamed, and the console's text
        QVERIFY2(walk.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(u"terminal: Console of hpux-prod"_s), qPrintable(out));
        const int count = out.section(u"interactive: "_s, 1).section(u'\n', 0, 0).toInt();
        QVERIFY2(count >= 15, qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty(kInner)) {
        QString reason;
        {
            QCoreApplication probe(argc, argv);
            reason = missingTool();
        }
        if (reason.isEmpty()) {
            // Again, inside a private session bus and a virtual display of its own.
            qputenv(kInner, "1");
            qputenv("QT_QPA_PLATFORM", "xcb");
            qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            qunsetenv("AT_SPI_BUS_ADDRESS");
            std::vector<char *> args { const_cast<char *>("dbus-run-session"),
                const_cast<char *>("--"), const_cast<char *>("xvfb-run"), const_cast<char *>("-a"),
                const_cast<char *>("-s"), const_cast<char *>("-screen 0 1280x800x24") };
            for (int i = 0; i < argc; ++i)
                args.push_back(argv[i]);
            args.push_back(nullptr);
            execvp("dbus-run-session", args.data());
            reason = u"could not start dbus-run-session"_s;
        }
        QApplication app(argc, argv);
        TestAtspi test;
        test.skipReason = reason;
        return QTest::qExec(&test, argc, argv);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"charon-tests"_s);
    QCoreApplication::setApplicationName(u"tst_atspi"_s);
    TestAtspi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atspi.moc"
