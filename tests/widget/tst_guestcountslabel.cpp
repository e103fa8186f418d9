// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// The host header's guest counts paint themselves: once per new text (over `ssh -X` each paint
// is pixels on the wire), never for the same text, with a new layout only when the text needs
// more room than it ever had; in a narrow window they wrap between counts, never inside one,
// and they stay a static text for screen readers.

#include "tests/harness/testmain.h"
#include "ui/window/guestcountslabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QPaintEvent>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::ui::GuestCountsLabel;
using Count = charon::ui::GuestCountsLabel::Count;

namespace {
const QString kJoin = u"%1: %2"_s;

// Counts the paint events of one widget, and the last one's region.
class EventCount : public QObject
{
public:
    explicit EventCount(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;
    QRegion last;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            last = static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }
};

QList<Count> counts(int active, int changing, int inactive)
{
    QList<Count> result;
    if (active)
        result << Count { Qt::darkGreen, u"%1 active"_s.arg(active) };
    if (changing)
        result << Count { Qt::darkYellow, u"%1 changing"_s.arg(changing) };
    if (inactive)
        result << Count { Qt::gray, u"%1 inactive"_s.arg(inactive) };
    return result;
}
} // namespace

class TestGuestCountsLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheTranslationsWords()
    {
        GuestCountsLabel label;
        label.setCounts(u"3 guests"_s, counts(2, 0, 1), kJoin);
        QCOMPARE(label.plainText(), u"3 guests: ● 2 active  ● 1 inactive"_s);
        // French: a narrow no-break space before the colon, kept as it is
        label.setCounts(
            u"3 invités"_s, { Count { Qt::darkGreen, u"3 actifs"_s } }, u"%1\u202f: %2"_s);
        QCOMPARE(label.plainText(), u"3 invités\u202f: ● 3 actifs"_s);
        label.setCounts(u"0 guests"_s, {}, kJoin);
        QCOMPARE(label.plainText(), u"0 guests"_s);
        // and a static text for assistive technology, as a QLabel
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&label);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::StaticText);
    }

    void paintsOncePerNewTextAndNeverForTheSame()
    {
        // Given the counts at the left of a wide window, as in the header
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *label = new GuestCountsLabel(&window);
        layout->addWidget(label, 1000);
        layout->addStretch(1);
        label->setCounts(u"3 guests"_s, counts(2, 0, 1), kJoin);
        window.resize(1000, 60);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventCount events(label);
        const QRect geometry = label->geometry();

        // When a guest starts changing (a text as wide or wider: a new layout at most once)
        label->setCounts(u"3 guests"_s, counts(2, 1, 0), kJoin);
        QTRY_COMPARE(events.paints, 1);
        // and another one (the same width: from the changed count on, not the words before)
        label->setCounts(u"3 guests"_s, counts(1, 2, 0), kJoin);
        QTRY_COMPARE(events.paints, 2);
        const QRect changed = events.last.boundingRect();
        QVERIFY2(changed.left() > label->fontMetrics().horizontalAdvance(u"3 guests: "_s),
            qPrintable(u"%1 of %2"_s.arg(changed.left()).arg(label->width())));
        QCOMPARE(events.last, QRegion(changed));
        label->setCounts(u"3 guests"_s, counts(2, 1, 0), kJoin);
        QTRY_COMPARE(events.paints, 3);
        events.paints = 1;
        // and then runs (a shorter text: the width stays, no new layout)
        const QRect widest = label->geometry();
        label->setCounts(u"3 guests"_s, counts(3, 0, 0), kJoin);
        QTRY_COMPARE(events.paints, 2);
        // and the same counts again
        label->setCounts(u"3 guests"_s, counts(3, 0, 0), kJoin);
        // Then each new text painted once, the same one not at all (flush: make the window
        // paint whatever it has pending, then check nothing more came)
        window.repaint(QRect(0, 0, 1, 1));
        QCoreApplication::processEvents();
        QCOMPARE(events.paints, 2);
        QCOMPARE(label->geometry(), widest);
        QVERIFY(label->geometry().width() >= geometry.width());
        // as wide as its widest words, not the window
        QVERIFY2(label->width() < window.width() / 2, qPrintable(QString::number(label->width())));
    }

    void wrapsBetweenCountsInANarrowWindow()
    {
        GuestCountsLabel label;
        label.setCounts(u"8 guests"_s, counts(2, 2, 3), kJoin);
        const int oneLine = label.heightForWidth(4000);
        QCOMPARE(label.heightForWidth(label.sizeHint().width()), oneLine);
        // Narrower than the whole line: more lines, at most one count each when very narrow
        QVERIFY(label.heightForWidth(label.sizeHint().width() / 2) > oneLine);
        const int narrowest = label.minimumSizeHint().width();
        QVERIFY(narrowest < label.sizeHint().width() / 2);
        const int fourLines = label.heightForWidth(narrowest);
        QCOMPARE(fourLines, label.heightForWidth(10)); // never more than one line per count
        QVERIFY(fourLines >= 4 * oneLine - 4);
    }
};

CHARON_TEST_MAIN(TestGuestCountsLabel)
#include "tst_guestcountslabel.moc"
