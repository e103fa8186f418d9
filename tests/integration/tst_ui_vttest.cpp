// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The conformance run: vttest (the Debian package) served on a TCP port by socat, as a raw
// socket console (no telnet), and our real console stack in front of it (ConsoleLink ->
// TelnetSession -> TerminalView with its engine), driven with key presses on the view. The
// test walks vttest's menus 1, 2, 3, 6, 7, 8 and 11 by a fixed script and compares every screen it
// stops at, cell by cell (characters and line attributes), with the expected screens in
// tests/golden/vttest/ (how they were checked: tests/golden/vttest/README.md). A screen is taken
// when vttest has stopped sending and waits for a key. With CHARON_GOLDEN_UPDATE=1 the actual
// screens are written over the expected files. Skipped with the reason when vttest or socat
// is missing (scripts/setup installs both). It needs no systemd: it lives with the integration
// suites because it runs real external programs over TCP.

#include "core/console/consolelink.h"
#include "core/terminal/terminalengine.h"
#include "tests/harness/testenv.h"
#include "tests/harness/testmain.h"
#include "ui/terminal/terminalview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::core::ConsoleLink;
using charon::terminal::TerminalCell;
using charon::ui::TerminalView;

namespace {

constexpr int kQuietMs = 400; // vttest is done drawing when it has been silent this long

// The walk: for each menu of the main menu, its key, and the items to pick in order whenever
// it (or one of its submenus) asks "Enter choice number"; when the list is used up, 0 leaves.
// Every other screen is answered with Return, until vttest is back at the main menu.
struct Walk
{
    const char *menu;
    QList<QByteArray> choices;
};

const Walk kWalks[] = {
    { "1", {} }, // cursor movements
    { "2", {} }, // screen features
    // Character sets: the VT100 sets and SI/SO. Not 10 and 11 (VT220 locking shifts into GR,
    // single shifts of 96-character sets): the terminal decodes UTF-8, it has no GR and no
    // ISO Latin-1 supplemental set (docs/terminal-support.md).
    { "3", { "8", "9" } },
    { "6", { "2", "3", "4", "5", "6", "7" } }, // terminal reports (not the answerback)
    { "7", {} }, // VT52 mode (translated to ANSI, see docs/terminal-support.md)
    { "8", {} }, // VT102 insert/delete
    // Non-VT100 terminals: VT220 reports, screen display, soft reset.
    { "11", { "1", "1", "1", "1", "2", "3", "4", "0", "0", "2", "2", "3", "4", "0", "6" } },
};

constexpr int kMaxScreensPerMenu = 80;

QString screenText(const TerminalView &view)
{
    const charon::terminal::TerminalEngine &engine = *view.engine();
    QString out;
    for (int row = 0; row < engine.rows(); ++row) {
        const qint64 line = engine.screenTop() + row;
        QString text = engine.lineText(line);
        quint16 attrs = 0;
        for (int column = 0; column < engine.columns(); ++column)
            attrs |= engine.cell(line, column).attrs;
        if (attrs & TerminalCell::DoubleHeightTop)
            text += u"\t#3"_s;
        else if (attrs & TerminalCell::DoubleHeightBottom)
            text += u"\t#4"_s;
        else if (attrs & TerminalCell::DoubleWidth)
            text += u"\t#6"_s;
        out += text + u'\n';
    }
    return u"%1x%2\n"_s.arg(engine.columns()).arg(engine.rows()) + out;
}

} // namespace

class TestUiVttest : public QObject
{
    Q_OBJECT

    QProcess m_socat;
    std::unique_ptr<TerminalView> m_view;
    std::unique_ptr<ConsoleLink> m_link;
    QElapsedTimer m_lastData;
    qint64 m_received = 0;

    bool waitQuiet(qint64 receivedBefore)
    {
        return QTest::qWaitFor(
            [&] {
                return m_received > receivedBefore && m_lastData.elapsed() >= kQuietMs
                    && m_view->pendingBytes() == 0;
            },
            20000);
    }

    void type(const QByteArray &keys)
    {
        for (const char key : keys) {
            if (key == '\r')
                QTest::keyClick(m_view.get(), Qt::Key_Return);
            else
                QTest::keyClick(m_view.get(), key);
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        m_link.reset();
        m_view.reset();
        if (m_socat.state() != QProcess::NotRunning) {
            m_socat.terminate();
            m_socat.waitForFinished(5000);
        }
    }

    void vttestScreensMatchXterm()
    {
        const QString vttest = QStandardPaths::findExecutable(u"vttest"_s);
        const QString socat = QStandardPaths::findExecutable(u"socat"_s);
        if (vttest.isEmpty() || socat.isEmpty())
            QSKIP("vttest or socat is not installed (scripts/setup installs them)");
        const QString expectedDir
            = qEnvironmentVariable("CHARON_SOURCE_DIR") + u"/tests/golden/vttest"_s;
        // Given vttest on a raw TCP port (a pty of 24x80 for it, as xterm would give)
        const quint16 port = charon::test::freeTcpPort();
        m_socat.setProgram(socat);
        m_socat.setArguments({ u"TCP-LISTEN:%1,bind=127.0.0.1,reuseaddr"_s.arg(port),
            u"EXEC:%1 24x80.132,pty,setsid,ctty,stderr,sane"_s.arg(vttest) });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TERM"_s, u"vt220"_s);
        m_socat.setProcessEnvironment(env);
        m_socat.start();
        QVERIFY2(m_socat.waitForStarted(), qPrintable(m_socat.errorString()));

        // And our console: a view of exactly 80x24, a link that dials until socat listens
        m_view = std::make_unique<TerminalView>();
        m_view->setFrameInterval(1);
        m_view->show();
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QSize cell = m_view->cellSize();
            const QSize grid(80 * cell.width(), 24 * cell.height());
            const QSize extra = m_view->size() - m_view->viewport()->size();
            m_view->resize(grid + extra + QSize(4, 2));
            QCoreApplication::processEvents();
        }
        QCOMPARE(m_view->columns(), 80);
        QCOMPARE(m_view->rows(), 24);
        m_view->setFocus();
        m_link = std::make_unique<ConsoleLink>();
        m_link->setEndpoint(u"127.0.0.1"_s, port);
        m_link->setBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        m_link->setProbation(std::chrono::milliseconds(0));
        m_link->setWindowSize(80, 24);
        connect(m_view.get(), &TerminalView::sendBytes, m_link.get(), &ConsoleLink::sendData);
        connect(m_view.get(), &TerminalView::terminalSizeChanged, m_link.get(),
            &ConsoleLink::setWindowSize);
        connect(m_link.get(), &ConsoleLink::dataReceived, this, [this](const QByteArray &bytes) {
            m_received += bytes.size();
            m_lastData.restart();
            m_view->feed(bytes);
        });
        m_lastData.start();
        m_link->open();
        QTRY_VERIFY_WITH_TIMEOUT(m_link->isConnected(), 10000);

        // When the menus are walked, each screen is the expected one
        const bool update = qEnvironmentVariableIntValue("CHARON_GOLDEN_UPDATE") == 1;
        QStringList mismatches;
        qint64 before = 0;
        const auto check = [&](const QString &name) {
            const QString actual = screenText(*m_view);
            const QString path = expectedDir + u'/' + name + u".txt"_s;
            if (qEnvironmentVariableIntValue("CHARON_VTTEST_SHOW") == 1)
                qInfo().noquote() << "=== " << name << "\n" << actual;
            if (update) {
                QDir().mkpath(expectedDir);
                QFile file(path);
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    file.write(actual.toUtf8());
                return actual;
            }
            QFile file(path);
            const QString expected
                = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
            if (expected != actual) {
                mismatches << name;
                qWarning().noquote() << "vttest screen" << name << "differs; actual:\n"
                                     << actual << "\nexpected:\n"
                                     << expected;
            }
            return actual;
        };
        const auto isMainMenu = [](const QString &screen) {
            return screen.contains(u"Choose test type:"_s)
                && screen.contains(u"Enter choice number (0 - 12)"_s);
        };
        QVERIFY2(waitQuiet(before), "no main menu");
        check(u"main"_s);
        for (const Walk &walk : kWalks) {
            QList<QByteArray> choices = walk.choices;
            before = m_received;
            type(QByteArray(walk.menu) + '\r');
            bool back = false;
            for (int screen = 1; screen <= kMaxScreensPerMenu && !back; ++screen) {
                QVERIFY2(waitQuiet(before),
                    qPrintable(u"menu %1, screen %2: vttest went silent"_s
                                   .arg(QLatin1StringView(walk.menu))
                                   .arg(screen)));
                const QString name = u"menu%1-%2"_s.arg(QLatin1StringView(walk.menu))
                                         .arg(screen, 2, 10, QLatin1Char('0'));
                const QString actual = screenText(*m_view);
                if (isMainMenu(actual)) {
                    back = true;
                    break;
                }
                check(name);
                before = m_received;
                if (actual.contains(u"Enter choice number"_s))
                    type((choices.isEmpty() ? QByteArray("0") : choices.takeFirst()) + '\r');
                else
                    type("\r");
            }
            QVERIFY2(back, walk.menu);
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u", "_s)));
    }
};

CHARON_TEST_MAIN(TestUiVttest)
#include "tst_ui_vttest.moc"
