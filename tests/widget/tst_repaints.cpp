// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// What each change repaints, counted from the paint events themselves: over `ssh -X` every
// repainted pixel travels to the X server (bench/bench-x11-bytes.sh measures the bytes). The
// host header repaints nothing when a memory sample shows the same figures, and a new figure
// only; a guest's state change repaints its state cell and the summary's words, a spinner frame
// its icon; selecting a row repaints it and the details, not the column titles; a console
// retrying says when ("Retrying at 14:02:10."), repaints nothing between attempts and only
// that time at an attempt; no animation timer runs with no guest in transition or with
// View > No Animations.

#include "core/guests/gueststore.h"
#include "tests/harness/testfiles.h"
#include "tests/harness/testmain.h"
#include "tests/widget/sampleguests.h"
#include "ui/console/consolestatusbar.h"
#include "ui/console/consoletab.h"
#include "ui/console/consoletabs.h"
#include "ui/style/animationsetting.h"
#include "ui/table/guestfilterproxy.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPaintEvent>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace charon::core;
using charon::test::writeFile;
using charon::ui::ConsoleTab;
using charon::ui::ConsoleTabs;
using charon::ui::GuestFilterProxy;
using charon::ui::GuestTableModel;
using charon::ui::GuestTableView;
using charon::ui::HostHeader;
using M = charon::ui::GuestTableModel;

namespace {
// Every paint event in one window, as rectangles in the window's coordinates. flush() makes
// the window paint whatever is pending, then waits for a painted marker: what was pending has
// been painted by then, so "nothing painted" means nothing was going to be.
class PaintLog : public QObject
{
public:
    explicit PaintLog(QWidget *window)
        : m_window(window)
        , m_marker(new QWidget(window))
    {
        m_marker->setGeometry(0, 0, 1, 1);
        m_marker->show();
        qApp->installEventFilter(this);
    }
    ~PaintLog() override { qApp->removeEventFilter(this); }

    void clear()
    {
        m_region = {};
        m_widgets.clear();
        m_painted.clear();
        m_paints.clear();
    }
    bool flush()
    {
        const int before = m_markerPaints;
        m_marker->update();
        return QTest::qWaitFor([&] { return m_markerPaints > before; }, 5000);
    }
    // Until a flush paints nothing more (layouts settled), then clear.
    bool settle()
    {
        for (int i = 0; i < 10; ++i) {
            clear();
            if (!flush())
                return false;
            if (m_region.isEmpty())
                return true;
        }
        return false;
    }
    QRegion region() const { return m_region; }
    // The widgets painted, by class and object name ("QLabel#consoleRetry").
    QStringList widgets() const { return m_widgets; }
    QString describe() const
    {
        const QRect r = m_region.boundingRect();
        return u"%1x%2+%3+%4: %5"_s.arg(r.width())
            .arg(r.height())
            .arg(r.x())
            .arg(r.y())
            .arg(m_widgets.join(u", "_s));
    }
    bool painted(const QWidget *widget) const { return m_painted.contains(widget); }
    int paints(const QWidget *widget) const { return m_paints.value(widget); }
    void clearPainted() { m_painted.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == m_marker) {
            ++m_markerPaints;
            return false;
        }
        if (widget->window() != m_window)
            return false;
        // Beneath the marker, its parents paint too: that is the marker's, not the test's.
        const QRegion painted = static_cast<QPaintEvent *>(event)->region().translated(
                                    widget->mapTo(m_window, QPoint()))
            - QRect(m_marker->mapTo(m_window, QPoint(0, 0)), m_marker->size());
        if (painted.isEmpty())
            return false;
        m_region += painted;
        const QString name = QString::fromLatin1(widget->metaObject()->className())
            + (widget->objectName().isEmpty() ? QString() : u'#' + widget->objectName());
        if (!m_widgets.contains(name))
            m_widgets << name;
        m_painted.insert(widget);
        ++m_paints[widget];
        return false;
    }

private:
    QWidget *m_window;
    QWidget *m_marker;
    int m_markerPaints = 0;
    QRegion m_region;
    QStringList m_widgets;
    QSet<const QWidget *> m_painted;
    QHash<const QWidget *, int> m_paints;
};

QRect inWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

QByteArray meminfo(qint64 totalKiB, qint64 availableKiB)
{
    return "MemTotal: " + QByteArray::number(totalKiB)
        + " kB\nMemAvailable: " + QByteArray::number(availableKiB) + " kB\n";
}

QLabel *labelShowing(const QWidget *parent, const QString &text)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == text)
            return label;
    }
    return nullptr;
}
} // namespace

class TestRepaints : public QObject
{
    Q_OBJECT

    QTemporaryDir m_proc;

    bool writeMemory(qint64 totalKiB, qint64 availableKiB)
    {
        return writeFile(m_proc.path() + u"/meminfo"_s, meminfo(totalKiB, availableKiB));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_repaints"_s);
        QSettings().clear();
        QVERIFY(QDir().mkpath(m_proc.path() + u"/sys/kernel"_s));
        QVERIFY(writeFile(m_proc.path() + u"/stat"_s, "cpu0 1 1 1 1\nbtime 1735711200\n"));
    }

    void sameShownMemoryRepaintsNothing()
    {
        // Given a header showing 3.0 GB free of 4.0 GB (25 % in use)
        QVERIFY(writeMemory(4194304, 3145728));
        GuestStore store;
        HostHeader header(&store);
        header.setHostInfo(HostInfo(m_proc.path()), 3600 * 1000);
        header.resize(1000, header.sizeHint().height());
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        PaintLog log(&header);
        QVERIFY(log.settle());
        // When a new sample differs by a few KiB (the same rounded text, the same percent)
        QVERIFY(writeMemory(4194304, 3145728 - 12));
        header.refreshHostInfo();
        QVERIFY(log.flush());
        // Then nothing was repainted
        QVERIFY2(log.region().isEmpty(), qPrintable(log.describe()));
        QCOMPARE(header.memoryText(), u"Memory: 3.0 GB free of 4.0 GB"_s);
    }

    void newMemoryFigureRepaintsThatFigureOnly()
    {
        QVERIFY(writeMemory(4194304, 3145728));
        GuestStore store;
        HostHeader header(&store);
        header.setHostInfo(HostInfo(m_proc.path()), 3600 * 1000);
        header.resize(1000, header.sizeHint().height());
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        QLabel *free = labelShowing(&header, u"3.0 GB"_s);
        QVERIFY(free);
        auto *bar = header.findChild<QProgressBar *>();
        PaintLog log(&header);
        QVERIFY(log.settle());
        // When the free memory shown changes (3.0 to 2.9 GB: 28 % in use)
        QVERIFY(writeMemory(4194304, 3040870));
        header.refreshHostInfo();
        QVERIFY(log.flush());
        QCOMPARE(header.memoryText(), u"Memory: 2.9 GB free of 4.0 GB"_s);
        QCOMPARE(free->text(), u"2.9 GB"_s);
        // Then only the figure and the bar were repainted: not the sentence's words, the total,
        // the host, the counts
        QVERIFY(!log.region().isEmpty());
        const QRegion outside = log.region() - inWindow(free) - inWindow(bar);
        QVERIFY2(outside.isEmpty(),
            qPrintable(u"%1 outside the figure and the bar (%2)"_s.arg(
                QString::number(outside.boundingRect().width()), log.widgets().join(u", "_s))));
    }

    void stateChangeRepaintsTheSummaryWordsOnly()
    {
        GuestStore store;
        store.upsert(charon::test::sampleGuest(u"a"_s, u"par"_s, charon::test::kRunning));
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kStopped));
        // (at the top of a window, as in MainWindow)
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *header = new HostHeader(&store, &window);
        layout->addWidget(header);
        layout->addStretch(1);
        window.resize(1200, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PaintLog log(&window);
        QVERIFY(log.settle());
        // When b starts
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kRunning));
        QVERIFY(log.flush());
        QCOMPARE(header->guestSummary(), u"2 guests: ● 2 active"_s);
        // Then the repaint is the summary's words, not a strip as wide as the header, and they
        // still fit on one line
        const auto *summary = header->findChild<QLabel *>(u"guestSummary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->heightForWidth(summary->width()), summary->heightForWidth(4000));
        QCOMPARE(log.paints(summary), 1);
        const QRect painted = log.region().boundingRect();
        QVERIFY(!painted.isEmpty());
        QVERIFY2(painted.width() < header->width() / 3,
            qPrintable(u"painted %1 px of a %2 px header: %3"_s.arg(painted.width())
                           .arg(header->width())
                           .arg(log.describe())));
    }

    void stateChangeRepaintsOnlyItsStateCell()
    {
        // Given a table of three guests, none selected
        GuestStore store;
        for (const auto &name : { u"a"_s, u"b"_s, u"c"_s })
            store.upsert(charon::test::sampleGuest(name, u"par"_s, charon::test::kStopped));
        GuestTableModel model(&store);
        GuestFilterProxy proxy;
        GuestTableView view(&model, &proxy);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintLog log(&view);
        QVERIFY(log.settle());
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        // When b runs
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kRunning));
        QVERIFY(log.flush());
        // Then b's state cell alone is repainted, with no layout change or reset
        const QModelIndex cell = proxy.index(1, M::StateColumn);
        QCOMPARE(cell.data(M::GuestNameRole).toString(), u"b"_s);
        const QRect cellRect(view.viewport()->mapTo(&view, view.visualRect(cell).topLeft()),
            view.visualRect(cell).size());
        QVERIFY(!log.region().isEmpty());
        QVERIFY2((log.region() - cellRect).isEmpty(), qPrintable(log.describe()));
        // (the part the old and the new pill and words cover, not the empty rest of the cell)
        QVERIFY2(
            log.region().boundingRect().width() < cellRect.width(), qPrintable(log.describe()));
        QCOMPARE(layout.size(), 0);
        QCOMPARE(reset.size(), 0);

        // When only a date behind the state's tooltip changes
        log.clear();
        store.update(u"b"_s, [](Guest &g) { g.startedAt = QDateTime::currentDateTime(); });
        QVERIFY(log.flush());
        // Then nothing is repainted
        QVERIFY2(log.region().isEmpty(), qPrintable(log.describe()));
    }

    void oneStateChangeInTheWindowRepaintsItsPillAndTheCountsOnce()
    {
        // Given the window at its default size, a stopped guest's row not selected, the
        // spinner still (its frames have their own test)
        GuestStore store;
        charon::test::fillSampleStore(store);
        charon::ui::MainWindow window(&store);
        window.resize(1254, 745);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tableModel()->setActivityInterval(0);
        window.guestView()->setFocus();
        const QString name = u"vax-legacy"_s;
        QVERIFY(!window.guestView()->selectedGuests().contains(name));
        QVERIFY(window.guestView()->currentGuest() != name);
        const auto *summary = window.hostHeader()->findChild<QLabel *>(u"guestSummary"_s);
        QVERIFY(summary);
        PaintLog log(&window);
        QVERIFY(log.settle());
        const auto moveTo = [&](const char *active, const char *sub) {
            store.update(name, [&](Guest &g) {
                g.unitStatus.activeState = QString::fromLatin1(active);
                g.unitStatus.subState = QString::fromLatin1(sub);
                g.derived = deriveState(g.unitStatus);
            });
        };
        auto *view = window.guestView();
        const auto stateCell = [&] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex cell = view->model()->index(row, M::StateColumn);
                if (cell.data(M::GuestNameRole).toString() == name)
                    return QRect(view->viewport()->mapTo(&window, view->visualRect(cell).topLeft()),
                        view->visualRect(cell).size());
            }
            return QRect();
        };
        // (over ssh -X: 4 bytes a pixel; the target is 40 KB a state change)
        const auto pixels = [](const QRegion &region) {
            qint64 n = 0;
            for (const QRect &r : region)
                n += qint64(r.width()) * r.height();
            return n;
        };
        for (const auto &[active, sub, summaryText] :
            { std::tuple { "activating", "start-pre", u"changing"_s },
                std::tuple { "active", "running", u"3 active"_s },
                std::tuple { "deactivating", "stop-sigterm", u"changing"_s },
                std::tuple { "inactive", "dead", u"2 active"_s } }) {
            log.clear();
            // When the guest moves to the next state
            moveTo(active, sub);

            QVERIFY(log.flush());
            QVERIFY2(window.hostHeader()->guestSummary().contains(summaryText),
                qPrintable(window.hostHeader()->guestSummary()));
            // Then its state cell and the counts are what was painted, the counts once
            const QRect cell = stateCell();
            QVERIFY(!cell.isEmpty());
            QVERIFY2(log.painted(summary) && (log.region() & cell) != QRegion(),
                qPrintable(log.describe()));
            QCOMPARE(log.paints(summary), 1);
            QVERIFY2(
                (log.region() - cell - inWindow(summary)).isEmpty(), qPrintable(log.describe()));
            // (the pill's rows of the cell, not its margins, where only the background is)
            const QRect inner = cell.adjusted(3, 2, -3, -2);
            QVERIFY2(((log.region() & cell) - inner).isEmpty(), qPrintable(log.describe()));
            // (the counts from where they differ: "8 guests: " stays)
            const QRegion counts = log.region() & inWindow(summary);
            QVERIFY2(counts.boundingRect().left() > inWindow(summary).left()
                        + summary->fontMetrics().horizontalAdvance(u"8 guests: "_s),
                qPrintable(log.describe()));
            // and they are less than 40 KB of pixels
            QVERIFY2(pixels(log.region()) * 4 <= 40 * 1024,
                qPrintable(u"%1 %2 px: %3; summary %4"_s.arg(QString::fromLatin1(active))
                               .arg(pixels(log.region()))
                               .arg(log.describe())
                               .arg(pixels(log.region() & inWindow(summary)))));
        }
    }

    void spinnerFrameRepaintsItsIconOnly()
    {
        GuestStore store;
        store.upsert(charon::test::sampleGuest(u"a"_s, u"par"_s, charon::test::kRunning));
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kStarting));
        GuestTableModel model(&store);
        model.setActivityInterval(0);
        GuestFilterProxy proxy;
        GuestTableView view(&model, &proxy);
        view.resize(1200, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintLog log(&view);
        QVERIFY(log.settle());
        // When the spinner turns a few frames
        QSignalSpy frames(&model, &QAbstractItemModel::dataChanged);
        model.setActivityInterval(10);
        QTRY_VERIFY(frames.size() >= 3);
        model.setActivityInterval(0);
        QVERIFY(log.flush());
        // Then what was repainted is a square in the starting guest's state cell (its icon),
        // not the cell
        const QModelIndex cell = proxy.index(1, M::StateColumn);
        QCOMPARE(cell.data(M::GuestNameRole).toString(), u"b"_s);
        const QRect cellRect(view.viewport()->mapTo(&view, view.visualRect(cell).topLeft()),
            view.visualRect(cell).size());
        const QRect painted = log.region().boundingRect();
        QVERIFY(!painted.isEmpty());
        QVERIFY((log.region() - cellRect).isEmpty());
        QVERIFY2(painted.width() <= cellRect.height() && painted.width() < cellRect.width() / 4,
            qPrintable(u"painted %1x%2 of a %3x%4 cell"_s.arg(painted.width())
                           .arg(painted.height())
                           .arg(cellRect.width())
                           .arg(cellRect.height())));
    }

    void noAnimationTimerWithoutTransitionOrWhenTurnedOff()
    {
        // Given guests running, stopped, and stopped with a start job of ours in flight
        GuestStore store;
        store.upsert(charon::test::sampleGuest(u"a"_s, u"par"_s, charon::test::kRunning));
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kStopped));
        store.update(u"b"_s, [](Guest &g) { g.jobInFlight = JobKind::Start; });
        GuestTableModel model(&store);
        // Then no timer runs: the job is said in words, no icon turns
        QVERIFY(!model.isAnimating());
        // When b is ACTIVATING, its spinner turns
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kStarting));
        QVERIFY(model.isAnimating());
    }

    void noAnimationsSettingStopsTheSpinner()
    {
        QSettings().clear();
        GuestStore store;
        store.upsert(charon::test::sampleGuest(u"b"_s, u"par"_s, charon::test::kStarting));
        {
            charon::ui::MainWindow window(&store);
            QVERIFY(window.tableModel()->isAnimating());
            auto *action = window.findChild<QAction *>(u"noAnimations"_s);
            QVERIFY(action);
            QVERIFY(action->isCheckable() && !action->isChecked());
            // When the admin turns animations off
            action->trigger();
            // Then the spinner stops, text cursors stop blinking, and it is remembered
            QVERIFY(!window.tableModel()->isAnimating());
            QCOMPARE(QApplication::cursorFlashTime(), 0);
            QVERIFY(QSettings().value(u"appearance/noAnimations"_s).toBool());
        }
        // And a new window starts without them
        charon::ui::MainWindow again(&store);
        QVERIFY(!again.tableModel()->isAnimating());
        auto *action = again.findChild<QAction *>(u"noAnimations"_s);
        QVERIFY(action && action->isChecked());
        // When turned back on, the spinner turns again
        action->trigger();
        QVERIFY(again.tableModel()->isAnimating());
        QVERIFY(QApplication::cursorFlashTime() > 0);
        QVERIFY(!QSettings().contains(u"appearance/noAnimations"_s));
    }

    void selectingARowRepaintsThatRowAndTheDetails()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        charon::ui::MainWindow window(&store);
        window.resize(1254, 745);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.guestView()->setFocus();
        PaintLog log(&window);
        QVERIFY(log.settle());
        // When the admin selects a guest
        QVERIFY(window.selectGuest(u"hpux-prod"_s));
        QVERIFY(log.flush());
        // Then its row, the details pane and the toolbar's actions repaint; not the column
        // titles, not the other rows
        QVERIFY(!log.painted(window.guestView()->header()->viewport()));
        const QRegion table = log.region()
            & QRect(window.guestView()->viewport()->mapTo(&window, QPoint()),
                window.guestView()->viewport()->size());
        const int row = window.guestView()->visualRect(window.guestView()->currentIndex()).height();
        QVERIFY2(table.boundingRect().height() <= 2 * row, qPrintable(log.describe()));
    }

    void retryingConsoleSaysWhenAndRepaintsNothingMeanwhile()
    {
        // Given a guest whose console port refuses connections
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        GuestStore store;
        Guest guest;
        guest.name = u"hpux-test"_s;
        guest.unit = unitNameForGuest(guest.name);
        guest.config.consolePort = port;
        guest.derived.state = GuestState::Active;
        store.upsert(guest);
        ConsoleTabs tabs(&store);
        ConsoleTab *tab = tabs.openConsole(guest.name);
        tab->link()->setBackoff(std::chrono::milliseconds(4000), std::chrono::milliseconds(4000));
        tabs.resize(900, 400);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        // When it is refused, Then the bar says when the next attempt comes
        QTRY_COMPARE_WITH_TIMEOUT(tab->link()->status(), ConsoleLink::Status::Unreachable, 10000);
        const QString retry = tab->statusBar()->retryText();
        QVERIFY2(
            QRegularExpression(u"^Retrying at \\d\\d:\\d\\d:\\d\\d\\.$"_s).match(retry).hasMatch(),
            qPrintable(retry));
        QVERIFY(!tab->statusBar()->stateText().contains(u"Retrying"_s));
        QVERIFY(tab->statusText().endsWith(retry));
        PaintLog log(&tabs);
        QVERIFY(log.settle());
        // (not synchronisation: the terminal renders its first frame a few milliseconds after
        // it is shown; then a window longer than the old one-second countdown, shorter than the
        // next attempt, 4 s after the refusal; nothing marks "a repaint that did not happen")
        QTest::qWait(200);
        QVERIFY(log.settle());
        QTest::qWait(1600);
        QVERIFY(log.flush());
        // Then nothing was repainted while it waits
        QVERIFY2(log.region().isEmpty(), qPrintable(log.describe()));
        QCOMPARE(tab->statusBar()->retryText(), retry);

        // When the next attempt is refused too, Then the new time repaints its label alone
        // (not the tab bar, not the rest of the bar; the refusal's words stay as they were)
        const QLabel *retryLabel = tab->statusBar()->findChild<QLabel *>(u"consoleRetry"_s);
        QVERIFY(retryLabel);
        QTRY_VERIFY_WITH_TIMEOUT(tab->statusBar()->retryText() != retry, 10000);
        QVERIFY(log.flush());
        QVERIFY(!log.region().isEmpty());
        QVERIFY2((log.region() - inWindow(retryLabel)).isEmpty(), qPrintable(log.describe()));
    }
};

CHARON_TEST_MAIN(TestRepaints)
#include "tst_repaints.moc"
