// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalRenderer: what lands on the pixels (colours, selection, cursor, seamless line
// drawing, reverse screen, double-width and double-height lines, blinking text, glyphs kept in
// their cells) and how it gets there: one drawText per run of same-styled cells, nothing for
// blank rows, only the rows asked for.

#include "core/terminal/terminalengine.h"
#include "core/terminal/terminalselection.h"
#include "tests/harness/testmain.h"
#include "ui/terminal/terminalboxdrawing.h"
#include "ui/terminal/terminalrenderer.h"

#include <QFontDatabase>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using charon::terminal::TerminalColor;
using charon::terminal::TerminalEngine;
using charon::terminal::TerminalSelection;
using charon::ui::TerminalBoxDrawing;
using charon::ui::TerminalRenderer;

namespace {

// A paint device that only counts what is asked of it.
class CountingEngine : public QPaintEngine
{
public:
    int texts = 0;
    int rects = 0;
    QStringList strings;
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawRects(const QRectF *, int count) override { rects += count; }
    void drawRects(const QRect *, int count) override { rects += count; }
    void drawTextItem(const QPointF &, const QTextItem &item) override
    {
        ++texts;
        strings.append(item.text());
    }
    Type type() const override { return User; }
};

class CountingDevice : public QPaintDevice
{
public:
    mutable CountingEngine engine;
    QPaintEngine *paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 2000;
        case PdmHeight:
            return 2000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 0;
        }
    }
};

TerminalRenderer::Frame wholeScreen(const charon::terminal::TerminalEngine &engine)
{
    TerminalRenderer::Frame frame;
    frame.topLine = engine.screenTop();
    frame.lastRow = engine.rows() - 1;
    frame.lastColumn = engine.columns() - 1;
    return frame;
}

} // namespace

class TestTerminalRenderer : public QObject
{
    Q_OBJECT

private:
    TerminalRenderer m_renderer;

    QImage render(
        const charon::terminal::TerminalEngine &engine, const TerminalRenderer::Frame &frame)
    {
        const QSize cell = m_renderer.cellSize();
        QImage image(
            engine.columns() * cell.width(), engine.rows() * cell.height(), QImage::Format_RGB32);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        m_renderer.paint(painter, engine, frame);
        return image;
    }

    QPoint cellCenter(int column, int row) const
    {
        const QSize cell = m_renderer.cellSize();
        return { column * cell.width() + cell.width() / 2,
            row * cell.height() + cell.height() / 2 };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFont font(u"DejaVu Sans Mono"_s);
        font.setPointSize(11);
        m_renderer.setFont(font);
        QVERIFY(m_renderer.cellSize().width() > 3);
    }

    void oneDrawTextPerRun()
    {
        charon::terminal::TerminalEngine engine(4, 40);
        engine.feed("hello world\r\n\x1b[31mred\x1b[m and plain\r\n\r\n\x1b[1mbold\x1b[m");
        CountingDevice device;
        QPainter painter(&device);
        m_renderer.paint(painter, engine, wholeScreen(engine));
        painter.end();
        // Then each run of same-styled cells is one drawText, without its trailing blanks; the
        // blank row and the cursor (a block on a blank cell) draw no text at all
        QCOMPARE(device.engine.strings,
            QStringList({ u"hello world"_s, u"red"_s, u" and plain"_s, u"bold"_s }));
        QCOMPARE(device.engine.texts, 4);
    }

    void onlyTheRequestedRowsArePainted()
    {
        charon::terminal::TerminalEngine engine(4, 20);
        engine.feed("row0\r\nrow1\r\nrow2\r\nrow3");
        CountingDevice device;
        QPainter painter(&device);
        TerminalRenderer::Frame frame = wholeScreen(engine);
        frame.firstRow = frame.lastRow = 1;
        m_renderer.paint(painter, engine, frame);
        painter.end();
        QCOMPARE(device.engine.strings, QStringList { u"row1"_s });
    }

    void colorsReachThePixels()
    {
        charon::terminal::TerminalEngine engine(3, 10);
        engine.feed("\x1b[41m \x1b[m \x1b[48;2;10;200;30m \x1b[m\x1b[?25l");
        const QImage image = render(engine, wholeScreen(engine));
        const auto &palette = m_renderer.palette();
        QCOMPARE(image.pixel(cellCenter(0, 0)),
            palette.resolve(charon::terminal::TerminalColor::indexed(1), false));
        QCOMPARE(QColor(image.pixel(cellCenter(1, 0))), palette.defaultBackground());
        QCOMPARE(QColor(image.pixel(cellCenter(2, 0))), QColor(10, 200, 30));
    }

    void selectionAndCursorAreInverted()
    {
        charon::terminal::TerminalEngine engine(3, 10);
        engine.feed("ab");
        charon::terminal::TerminalSelection selection;
        selection.setRange({ engine.screenTop(), 0 }, { engine.screenTop(), 1 });
        TerminalRenderer::Frame frame = wholeScreen(engine);
        frame.selection = &selection;
        const QImage image = render(engine, frame);
        const auto &palette = m_renderer.palette();
        // Corner pixels, away from any glyph: the selected cell shows the text colour as its
        // background, the next one is plain, and the cursor (after "ab") is a block
        const int cw = m_renderer.cellSize().width();
        QCOMPARE(QColor(image.pixel(1, 1)), palette.defaultForeground());
        QCOMPARE(QColor(image.pixel(cw + 1, 1)), palette.defaultBackground());
        QCOMPARE(QColor(image.pixel(2 * cw + 1, 1)), palette.defaultForeground());
        QCOMPARE(QColor(image.pixel(3 * cw + 1, 1)), palette.defaultBackground());
    }

    void lineDrawingJoinsAcrossCells()
    {
        // Given a DEC-graphics frame corner and vertical lines on consecutive rows
        charon::terminal::TerminalEngine engine(3, 4);
        engine.feed("\x1b(0lq\r\nx\r\nx\x1b(B\x1b[?25l");
        const QImage image = render(engine, wholeScreen(engine));
        const QColor line = m_renderer.palette().defaultForeground();
        const QSize cell = m_renderer.cellSize();
        // Then the vertical line is unbroken from the corner's centre to the bottom edge
        const int x = cell.width() / 2;
        for (int y = cell.height() / 2 + 1; y < 3 * cell.height(); ++y)
            QVERIFY2(QColor(image.pixel(x, y)) == line, qPrintable(u"gap at y=%1"_s.arg(y)));
        // And the horizontal line reaches the right edge of the second cell
        const int y = cell.height() / 2;
        for (int xx = x; xx < 2 * cell.width(); ++xx)
            QVERIFY2(QColor(image.pixel(xx, y)) == line, qPrintable(u"gap at x=%1"_s.arg(xx)));
    }

    // Pixels of the text colour inside a rectangle of the image.
    static int inkIn(const QImage &image, const QRect &rect, const QColor &ink)
    {
        int count = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                count += QColor(image.pixel(x, y)) == ink ? 1 : 0;
        return count;
    }

    void reverseScreenSwapsTheColours()
    {
        charon::terminal::TerminalEngine engine(2, 4);
        engine.feed("\x1b[?25l\x1b[?5h");
        const QImage image = render(engine, wholeScreen(engine));
        const auto &palette = m_renderer.palette();
        QCOMPARE(QColor(image.pixel(cellCenter(1, 1))), palette.defaultForeground());
        engine.feed("\x1b[?5l");
        QCOMPARE(QColor(render(engine, wholeScreen(engine)).pixel(cellCenter(1, 1))),
            palette.defaultBackground());
    }

    void doubleWidthAndHeightLines()
    {
        // Given a block character (a full cell of ink) on a plain, a double-width and the two
        // halves of a double-height line
        charon::terminal::TerminalEngine engine(4, 6);
        engine.feed("\x1b[?25l\x1b(0a\x1b(B\r\n\x1b#6\x1b(0a\x1b(B\r\n\x1b#3\x1b(0a\x1b(B\r\n"
                    "\x1b#4\x1b(0a\x1b(B");
        const QImage image = render(engine, wholeScreen(engine));
        const QColor ink = m_renderer.palette().defaultForeground();
        const QSize cell = m_renderer.cellSize();
        const auto cellRect = [&](int column, int row) {
            return QRect(column * cell.width(), row * cell.height(), cell.width(), cell.height());
        };
        // Then the plain one stays in its cell, the doubled ones cover the next cell too
        QVERIFY(inkIn(image, cellRect(0, 0), ink) > 0);
        QCOMPARE(inkIn(image, cellRect(1, 0), ink), 0);
        for (int row = 1; row <= 3; ++row) {
            QVERIFY2(inkIn(image, cellRect(0, row), ink) > 0, qPrintable(QString::number(row)));
            QVERIFY2(inkIn(image, cellRect(1, row), ink) > 0, qPrintable(QString::number(row)));
            QCOMPARE(inkIn(image, cellRect(2, row), ink), 0);
        }
    }

    void blinkingTextHidesInTheOffPhase()
    {
        charon::terminal::TerminalEngine engine(2, 4);
        engine.feed("\x1b[?25l\x1b(0\x1b[5ma\x1b[m\x1b(B");
        const QColor ink = m_renderer.palette().defaultForeground();
        const QSize cell = m_renderer.cellSize();
        const QRect first(0, 0, cell.width(), cell.height());
        TerminalRenderer::Frame frame = wholeScreen(engine);
        QVERIFY(inkIn(render(engine, frame), first, ink) > 0);
        QCOMPARE(m_renderer.blinkRows(), (std::vector<char> { 1, 0 }));
        frame.blinkHidden = true;
        QCOMPARE(inkIn(render(engine, frame), first, ink), 0);
    }

    void decGraphicsShapesAreDrawnNotLeftToTheFont()
    {
        // Diamond, checkerboard, control pictures and scan lines: drawn inside their cell,
        // whatever the font has, and nothing outside it.
        const auto painted = [](const QImage &image, const QRect &rect, const QColor &bg) {
            int count = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = rect.left(); x <= rect.right(); ++x)
                    count += QColor(image.pixel(x, y)) != bg ? 1 : 0;
            return count;
        };
        for (const char *glyph : { "`", "a", "b", "e", "o", "s" }) {
            charon::terminal::TerminalEngine engine(1, 3);
            engine.feed(QByteArray("\x1b[?25l \x1b(0") + glyph + "\x1b(B");
            QVERIFY(TerminalBoxDrawing::handles(engine.cell(0, 1).ch));
            const QImage image = render(engine, wholeScreen(engine));
            const QColor bg = m_renderer.palette().defaultBackground();
            const QSize cell = m_renderer.cellSize();
            QVERIFY2(
                painted(image, QRect(cell.width(), 0, cell.width(), cell.height()), bg) > 0, glyph);
            QCOMPARE(painted(image, QRect(0, 0, cell.width(), cell.height()), bg), 0);
            QCOMPARE(
                painted(image, QRect(2 * cell.width(), 0, cell.width(), cell.height()), bg), 0);
        }
    }

    void wideGlyphsStayInTheirCell()
    {
        // A character whose glyph is wider than a cell (a fallback font) is clipped to it.
        charon::terminal::TerminalEngine engine(1, 4);
        engine.feed("\x1b[?25l\xe2\x9f\xbf"); // U+27FF LONG RIGHTWARDS SQUIGGLE ARROW
        const QImage image = render(engine, wholeScreen(engine));
        const QSize cell = m_renderer.cellSize();
        const QColor background = m_renderer.palette().defaultBackground();
        for (int y = 0; y < cell.height(); ++y)
            for (int x = cell.width(); x < 3 * cell.width(); ++x)
                QVERIFY2(QColor(image.pixel(x, y)) == background,
                    qPrintable(u"ink at %1,%2"_s.arg(x).arg(y)));
    }
};

CHARON_TEST_MAIN(TestTerminalRenderer)
#include "tst_terminalrenderer.moc"
