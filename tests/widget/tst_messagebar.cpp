// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// MessageBar: messages stack newest first, a key replaces its older message, the bar hides
// when empty and never holds more than kMaxMessages.

#include "tests/harness/testmain.h"
#include "ui/window/messagebar.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using charon::ui::MessageBar;

class TestMessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stacksReplacesAndHides()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        QVERIFY(!bar->isVisible());

        // When two failures arrive
        bar->showMessage(
            MessageBar::Level::Error, u"Could not start a: permission denied."_s, {}, u"a"_s);
        bar->showMessage(MessageBar::Level::Warning, u"b stopped without request."_s);
        // Then both show, newest first
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->texts(),
            (QStringList {
                u"b stopped without request."_s, u"Could not start a: permission denied."_s }));
        // A new message about a replaces the old one instead of piling up
        bar->showMessage(MessageBar::Level::Error, u"Could not start a: timeout."_s, {}, u"a"_s);
        QCOMPARE(bar->texts(),
            (QStringList { u"Could not start a: timeout."_s, u"b stopped without request."_s }));
        // And dismissing by key removes just that one
        bar->dismiss(u"a"_s);
        QCOMPARE(bar->texts(), QStringList { u"b stopped without request."_s });
        // The close button of the last one hides the bar
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(); // layouts show new rows from the event loop
        QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
        QToolButton *close = nullptr;
        for (QToolButton *b : buttons) {
            if (b->toolTip() == u"Dismiss this message"_s && b->isVisible())
                close = b;
        }
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(bar->count(), 0);
        QVERIFY(!bar->isVisible());
    }

    void collapsesIntoOneWithACount()
    {
        QWidget window;
        auto *bar = new MessageBar(&window);
        (new QVBoxLayout(&window))->addWidget(bar);
        window.show();
        // When three failures arrive
        for (int i = 0; i < 3; ++i)
            bar->showMessage(MessageBar::Level::Error, u"failure %1"_s.arg(i), {}, u"k%1"_s.arg(i));
        // Then one row shows, the newest, with a count of the others
        QCOMPARE(bar->count(), 3);
        QCOMPARE(bar->visibleCount(), 1);
        QVERIFY(bar->expandButton()->isVisible());
        QCOMPARE(bar->expandButton()->text(), u"+2 more"_s);
        QVERIFY(!bar->expandButton()->accessibleName().isEmpty());
        const int collapsed = bar->sizeHint().height();
        // When the count is clicked, all show; clicked again, one
        QTest::mouseClick(bar->expandButton(), Qt::LeftButton);
        QVERIFY(bar->isExpanded());
        QCOMPARE(bar->visibleCount(), 3);
        QTRY_VERIFY(bar->sizeHint().height() > collapsed);
        QTest::mouseClick(bar->expandButton(), Qt::LeftButton);
        QCOMPARE(bar->visibleCount(), 1);
        // When all but one are dismissed, the count goes
        bar->dismiss(u"k0"_s);
        bar->dismiss(u"k1"_s);
        QCOMPARE(bar->count(), 1);
        QVERIFY(!bar->expandButton()->isVisible());
    }

    void keepsOnlyTheNewest()
    {
        MessageBar bar;
        for (int i = 0; i < MessageBar::kMaxMessages + 3; ++i)
            bar.showMessage(MessageBar::Level::Info, u"message %1"_s.arg(i));
        QCOMPARE(bar.count(), MessageBar::kMaxMessages);
        QCOMPARE(bar.texts().first(), u"message %1"_s.arg(MessageBar::kMaxMessages + 2));
        bar.clear();
        QCOMPARE(bar.count(), 0);
    }
};

CHARON_TEST_MAIN(TestMessageBar)
#include "tst_messagebar.moc"
