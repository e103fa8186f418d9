// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The window on small, scaled and translated desktops: at 800x600 Ctrl+F still reaches the
// filter when the toolbar has pushed it into its overflow, the State column comes right after
// the name, long values elide in the middle with the whole value in a tooltip, a long
// translated title does not widen its column past a few letters; the saved or default geometry
// is clamped to the screen (QT_SCALE_FACTOR=2 on 1400x900 leaves 700x450); the pills and the
// state text go through the translation.

#include "tests/harness/testmain.h"
#include "ui/style/statestyle.h"
#include "ui/table/guesttablemodel.h"
#include "ui/table/guesttableview.h"
#include "ui/window/guestdetailspane.h"
#include "ui/window/hostheader.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include "sampleguests.h"

using namespace Qt::StringLiterals;
using charon::core::GuestState;
using charon::core::GuestStore;
using charon::ui::GuestTableModel;
using charon::ui::MainWindow;
using charon::ui::StateStyle;

namespace {
// Translates every string of the contexts it is given as "«source»"; others stay as they are.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QStringList contexts)
        : m_contexts(std::move(contexts))
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!m_contexts.contains(QString::fromLatin1(context)))
            return {};
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }

private:
    QStringList m_contexts;
};

int visualRight(const QHeaderView *header, int logical)
{
    return header->sectionViewportPosition(logical) + header->sectionSize(logical);
}
} // namespace

class TestNarrowWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"charon-tests"_s);
        QCoreApplication::setApplicationName(u"tst_narrowwindow"_s);
    }
    void init() { QSettings().clear(); }

    void ctrlFReachesTheFilterInTheOverflow()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(640, 480); // narrower still: the filter is surely in the overflow
        QTRY_VERIFY(!window.filterEdit()->isVisible());
        window.guestView()->setFocus();
        // When the admin presses Ctrl+F
        QTest::keySequence(&window, QKeySequence::Find);
        // Then the filter shows and has the focus, ready to type into
        QTRY_VERIFY(window.filterEdit()->isVisible());
        QTRY_VERIFY(window.filterEdit()->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"vax"_s);
        QCOMPARE(window.filterEdit()->text(), u"vax"_s);
    }

    void stateComesBeforeTheLongColumns()
    {
        GuestStore store;
        charon::test::fillSampleStore(store);
        // and systemd unreachable, with a long reason in the header
        store.setConnected(true);
        store.setConnected(false,
            u"cannot connect to the user bus: Failed to connect to socket "
            "/run/user/1000/some/rather/long/path/to/a/bus/socket/that/is/gone: No such file or "
            "directory; trying again in 30 s"_s);
        MainWindow window(&store);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window really is 800 pixels wide: nothing in it insists on more
        QVERIFY2(window.width() <= 800,
            qPrintable(u"%1 wide; minimum %2: header %3, details %4, table %5"_s.arg(window.width())
                           .arg(window.minimumSizeHint().width())
                           .arg(window.hostHeader()->minimumSizeHint().width())
                           .arg(window.details()->minimumSizeHint().width())
                           .arg(window.guestView()->minimumSizeHint().width())));
        const QHeaderView *header = window.guestView()->header();
        using M = GuestTableModel;
        QCOMPARE(header->visualIndex(M::StateColumn), header->visualIndex(M::NameColumn) + 1);
        QVERIFY(header->visualIndex(M::StateColumn) < header->visualIndex(M::EmulatorColumn));
        QVERIFY(header->visualIndex(M::StateColumn) < header->visualIndex(M::ConfigColumn));
        // and the whole State column is in view at 800 pixels
        QVERIFY2(visualRight(header, M::StateColumn) <= window.guestView()->viewport()->width(),
            qPrintable(u"%1 > %2"_s.arg(visualRight(header, M::StateColumn))
                           .arg(window.guestView()->viewport()->width())));
        // Long values elide in the middle, the whole value in the tooltip
        QCOMPARE(window.guestView()->textElideMode(), Qt::ElideMiddle);
        const QModelIndex config = window.tableModel()->index(0, M::ConfigColumn);
        QCOMPARE(config.data(Qt::ToolTipRole).toString(), store.at(0).configPath);
        QCOMPARE(window.tableModel()->headerData(M::ConfigColumn, Qt::Horizontal, Qt::ToolTipRole),
            window.tableModel()->headerData(M::ConfigColumn, Qt::Horizontal, Qt::DisplayRole));
    }

    void longTranslatedTitlesStayNarrow()
    {
        // A translation with a very long title for every column
        class LongTitles : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(
                const char *context, const char *source, const char *, int) const override
            {
                if (qstrcmp(context, "charon::ui::GuestTableModel") != 0)
                    return {};
                return QString::fromUtf8(source) + u"-sehr-lange-Spaltenüberschrift"_s;
            }
        } longTitles;
        QCoreApplication::installTranslator(&longTitles);
        GuestStore store;
        charon::test::fillSampleStore(store);
        MainWindow window(&store);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QHeaderView *header = window.guestView()->header();
        const QFontMetrics fm = window.guestView()->fontMetrics();
        using M = GuestTableModel;
        const QString title
            = window.tableModel()->headerData(M::CpuColumn, Qt::Horizontal).toString();
        QVERIFY(title.contains(u"Spalten"_s));
        // The CPU column holds "32": its width is not the title's
        QVERIFY2(header->sectionSize(M::CpuColumn) < fm.horizontalAdvance(title) / 2,
            qPrintable(QString::number(header->sectionSize(M::CpuColumn))));
        QVERIFY2(visualRight(header, M::StateColumn) <= window.guestView()->viewport()->width(),
            qPrintable(QString::number(visualRight(header, M::StateColumn))));
        QCoreApplication::removeTranslator(&longTitles);
    }

    void geometryIsClampedToTheScreen()
    {
        // The rule
        const QRect screen(0, 0, 700, 450); // 1400x900 at QT_SCALE_FACTOR=2
        QCOMPARE(MainWindow::clampedTo(QRect(100, 100, 1280, 760), screen), screen);
        QCOMPARE(
            MainWindow::clampedTo(QRect(600, 300, 400, 300), screen), QRect(300, 150, 400, 300));
        QCOMPARE(MainWindow::clampedTo(QRect(10, 10, 200, 100), screen), QRect(10, 10, 200, 100));
        QCOMPARE(MainWindow::clampedTo(QRect(-50, -20, 200, 100), QRect(0, 30, 700, 420)),
            QRect(0, 30, 200, 100));

        // And the window: a geometry saved on a big screen, restored on this (small) one
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            GuestStore store;
            MainWindow big(&store);
            big.setGeometry(
                QRect(available.topLeft() + QPoint(200, 200), available.size() + QSize(900, 700)));
            QSettings().setValue(u"mainWindow/geometry"_s, big.saveGeometry());
        }
        GuestStore store;
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(available.contains(window.frameGeometry()),
            qPrintable(u"%1,%2 %3x%4 not within %5x%6"_s.arg(window.frameGeometry().x())
                           .arg(window.frameGeometry().y())
                           .arg(window.width())
                           .arg(window.frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
    }

    void pillsAndStateTextAreTranslated()
    {
        MarkingTranslator marking({ u"charon::ui::StateStyle"_s });
        QCoreApplication::installTranslator(&marking);
        for (GuestState state : { GuestState::Active, GuestState::Activating, GuestState::Inactive,
                 GuestState::Deactivating, GuestState::Failed, GuestState::Unknown }) {
            const QString label = StateStyle::stateLabel(state);
            QVERIFY2(label.startsWith(u"«"_s), qPrintable(label));
        }
        QVERIFY(
            StateStyle::stopReasonLabel(charon::core::StopReason::Requested).startsWith(u"«"_s));
        QVERIFY(StateStyle::stopReasonLabel(charon::core::StopReason::Failure).startsWith(u"«"_s));
        // The table's state text (what the pill shows and the filter matches) uses them
        GuestStore store;
        charon::test::fillSampleStore(store);
        GuestTableModel model(&store);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.index(row, GuestTableModel::StateColumn).data().toString();
            QVERIFY2(text.startsWith(u"«"_s), qPrintable(text));
        }
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(StateStyle::stateLabel(GuestState::Active), u"ACTIVE"_s);
    }
};

CHARON_TEST_MAIN(TestNarrowWindow)
#include "tst_narrowwindow.moc"
