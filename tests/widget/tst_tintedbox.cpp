// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TintedBox, the rounded tinted box of the message bar and the console warning strip: it
// paints exactly what both widgets painted inline before it was shared (the reference below
// is that code), on light and dark palettes, and its fill is the window colour moved 14 %
// towards the accent.

#include "tests/harness/testmain.h"
#include "ui/style/tintedbox.h"

#include <QPainter>
#include <QPalette>
#include <QTest>
#include <QWidget>

#include <functional>

using namespace Qt::StringLiterals;
using charon::ui::TintedBox;

namespace {

// A widget that paints with `paint` and nothing else.
class Canvas : public QWidget
{
public:
    explicit Canvas(std::function<void(QWidget *)> paint)
        : m_paint(std::move(paint))
    {
        resize(240, 36);
    }

protected:
    void paintEvent(QPaintEvent *) override { m_paint(this); }

private:
    std::function<void(QWidget *)> m_paint;
};

// What MessageBar and ConsoleWarningStrip painted inline until they shared TintedBox.
void referencePaint(QWidget *widget, const QColor &tone)
{
    const QColor window = widget->palette().color(QPalette::Window);
    const auto mix = [&](qreal t) {
        return QColor::fromRgbF(float(window.redF() * (1 - t) + tone.redF() * t),
            float(window.greenF() * (1 - t) + tone.greenF() * t),
            float(window.blueF() * (1 - t) + tone.blueF() * t));
    };
    QPainter painter(widget);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(mix(0.6), 1));
    painter.setBrush(mix(0.14));
    painter.drawRoundedRect(QRectF(widget->rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QImage render(const std::function<void(QWidget *)> &paint, const QColor &window)
{
    Canvas canvas(paint);
    QPalette palette = canvas.palette();
    palette.setColor(QPalette::Window, window);
    canvas.setPalette(palette);
    return canvas.grab().toImage();
}

} // namespace

class TestTintedBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksAsBefore_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("tone");
        QTest::newRow("light, error") << QColor(0xef, 0xef, 0xef) << QColor(0xc6, 0x28, 0x28);
        QTest::newRow("light, info") << QColor(0xef, 0xef, 0xef) << QColor(0x3a, 0x7b, 0xd5);
        QTest::newRow("dark, warning") << QColor(0x2a, 0x2a, 0x2e) << QColor(0xd9, 0x8c, 0x1a);
    }
    void looksAsBefore()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, tone);
        // Given the same widget size and palette
        // When the shared helper and the former inline code each paint the box
        const QImage shared = render([&](QWidget *w) { TintedBox::paint(w, tone); }, window);
        const QImage before = render([&](QWidget *w) { referencePaint(w, tone); }, window);
        // Then every pixel is the same
        QCOMPARE(shared.size(), before.size());
        QVERIFY(shared == before);
        // And the middle is the window colour 14 % of the way to the accent
        const QColor middle = shared.pixelColor(shared.width() / 2, shared.height() / 2);
        QCOMPARE(middle.rgb(), TintedBox::mix(window, tone, 0.14).rgb());
        QVERIFY(middle != window);
    }
};

CHARON_TEST_MAIN(TestTintedBox)
#include "tst_tintedbox.moc"
