// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// TerminalScrollback keeps lines packed: every cell comes back as it went in (colours,
// attributes, wide and combining characters, line attributes), trailing blanks are not kept,
// the ring is bounded, a 10 000-line history of 100-character lines stays well under 3 MB;
// and through TerminalEngine, combining characters survive the scrollback and search finds
// text in packed lines.

#include "core/terminal/terminalengine.h"
#include "core/terminal/terminalfinder.h"
#include "core/terminal/terminalscrollback.h"
#include "tests/harness/testmain.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;
using charon::terminal::TerminalCell;
using charon::terminal::TerminalColor;
using charon::terminal::TerminalEngine;
using charon::terminal::TerminalFinder;
using charon::terminal::TerminalMark;
using charon::terminal::TerminalPosition;
using charon::terminal::TerminalScrollback;

namespace {

TerminalCell makeCell(char32_t ch, quint32 fg = 0, quint32 bg = 0, quint16 attrs = 0,
    quint8 width = 1, quint8 marks = 0)
{
    TerminalCell cell;
    cell.ch = ch;
    cell.fg = fg;
    cell.bg = bg;
    cell.attrs = attrs;
    cell.width = width;
    cell.marks = marks;
    return cell;
}

// A line with a bit of everything the packing has to keep apart.
std::vector<TerminalCell> mixedLine(std::vector<TerminalMark> &marks)
{
    std::vector<TerminalCell> cells;
    for (char32_t c : U"plain ")
        if (c)
            cells.push_back(makeCell(c));
    cells.push_back(makeCell(U'R', TerminalColor::indexed(1), 0, TerminalCell::Bold));
    cells.push_back(makeCell(U'G', TerminalColor::rgb(1, 200, 3), TerminalColor::indexed(244),
        TerminalCell::Underline | TerminalCell::DoubleUnderline | TerminalCell::Italic));
    cells.push_back(makeCell(0)); // never written, inside the line
    cells.push_back(makeCell(U'\u4E2D', 0, 0, 0, 2)); // wide, and its second half
    cells.push_back(makeCell(0, 0, 0, 0, 0));
    cells.push_back(makeCell(U'\u6587', TerminalColor::indexed(2), 0, 0, 2));
    cells.push_back(makeCell(0, TerminalColor::indexed(2), 0, 0, 0));
    cells.push_back(makeCell(U'e', 0, 0, 0, 1, 1)); // e + combining acute
    marks.push_back({ int(cells.size()) - 1, U'\u0301' });
    cells.push_back(makeCell(U'a', 0, 0, TerminalCell::Reverse, 1, 2)); // a + two marks
    marks.push_back({ int(cells.size()) - 1, U'\u0308' });
    marks.push_back({ int(cells.size()) - 1, U'\u0323' });
    cells.push_back(makeCell(U'\U0001F600', 0, 0, 0, 2)); // beyond the BMP: 4 UTF-8 bytes
    cells.push_back(makeCell(0, 0, 0, 0, 0));
    cells.push_back(makeCell(U'\u00E9', 0, TerminalColor::rgb(0, 0, 255))); // Latin-1
    cells.push_back(makeCell(U'L', 0, 0, TerminalCell::Blink | TerminalCell::Strike));
    cells.push_back(makeCell(U'W', 0, 0, 0, 2)); // a wide cell whose half differs: kept apart
    cells.push_back(makeCell(0, TerminalColor::indexed(3), 0, 0, 0));
    cells.push_back(makeCell(0, 0, 0, 0, 0)); // a lone second half
    cells.push_back(makeCell(U' ', 0, 0, TerminalCell::Underline)); // underlined blank: kept
    return cells;
}

} // namespace

class TestTerminalScrollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryCell()
    {
        std::vector<TerminalMark> marks;
        const std::vector<TerminalCell> cells = mixedLine(marks);
        TerminalScrollback ring(4);
        // Given the line pushed with trailing blanks (default and coloured foreground)
        std::vector<TerminalCell> padded = cells;
        padded.push_back(makeCell(U' '));
        padded.push_back(makeCell(U' ', TerminalColor::indexed(5)));
        padded.push_back(makeCell(0));
        ring.push(padded.data(), int(padded.size()), marks.data(), int(marks.size()));
        // Then it unpacks to exactly the cells and marks, without the trailing blanks
        TerminalScrollback::Line out;
        TerminalScrollback::Marks outMarks;
        ring.unpack(0, out, &outMarks);
        QCOMPARE(out.size(), cells.size());
        for (size_t i = 0; i < cells.size(); ++i)
            QVERIFY2(out[i] == cells[i], qPrintable(u"column %1"_s.arg(i)));
        QCOMPARE(outMarks, marks);
        // And cell() reads the same cells one by one, blank past the end
        for (size_t i = 0; i < cells.size(); ++i)
            QVERIFY(ring.cell(0, int(i)) == cells[i]);
        QVERIFY(ring.cell(0, int(cells.size())) == TerminalCell {});
        QVERIFY(ring.cell(0, 500) == TerminalCell {});
        QCOMPARE(ring.storedCells(), qsizetype(cells.size()));
        // And popping it gives it back whole too
        QVERIFY(ring.popNewest(out, &outMarks));
        QCOMPARE(out.size(), cells.size());
        QVERIFY(std::equal(out.begin(), out.end(), cells.begin()));
        QCOMPARE(outMarks, marks);
        QVERIFY(ring.isEmpty());
    }

    void lineAttributesAndEmptyLines()
    {
        TerminalScrollback ring(3);
        std::vector<TerminalCell> tall;
        for (char32_t c : U"TOP")
            if (c)
                tall.push_back(
                    makeCell(c, 0, 0, TerminalCell::DoubleWidth | TerminalCell::DoubleHeightTop));
        ring.push(tall.data(), int(tall.size()));
        ring.push(nullptr, 0);
        const TerminalCell blank;
        ring.push(&blank, 1);
        QCOMPARE(ring.size(), 3);
        TerminalScrollback::Line out;
        ring.unpack(0, out);
        QCOMPARE(out.size(), size_t(3));
        QVERIFY(out[2] == tall[2]);
        ring.unpack(1, out);
        QVERIFY(out.empty());
        ring.unpack(2, out);
        QVERIFY(out.empty());
        QCOMPARE(ring.storedCells(), qsizetype(3));
    }

    void ringDropsTheOldestAndReusesStorage()
    {
        TerminalScrollback ring(3);
        for (int i = 0; i < 10; ++i) {
            std::vector<TerminalCell> line;
            for (QChar c : u"line %1"_s.arg(i))
                line.push_back(makeCell(c.unicode()));
            ring.push(line.data(), int(line.size()));
        }
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.cell(0, 5).ch, U'7');
        QCOMPARE(ring.cell(2, 5).ch, U'9');
        const qsizetype bytes = ring.storedBytes();
        for (int i = 0; i < 100; ++i) {
            const TerminalCell cell = makeCell(U'x');
            ring.push(&cell, 1);
        }
        QVERIFY(ring.storedBytes() <= bytes); // slots recycled, nothing piles up
        ring.setCapacity(0);
        QCOMPARE(ring.size(), 0);
        const TerminalCell cell = makeCell(U'y');
        ring.push(&cell, 1); // kept nowhere
        QCOMPARE(ring.size(), 0);
    }

    void memoryPerLineIsBounded()
    {
        // Given 10 000 lines of ~100 characters, as a flood of log output: a coloured time
        // stamp, plain text, a bold word
        TerminalScrollback ring(10000);
        std::vector<TerminalCell> line;
        for (int i = 0; i < 10000; ++i) {
            line.clear();
            const QString stamp = u"[%1.000]"_s.arg(100000 + i);
            for (QChar c : stamp)
                line.push_back(makeCell(c.unicode(), TerminalColor::indexed(2)));
            const QString text
                = u" kernel: eth0: link up, 1000 Mbps, full duplex, flow control rx/tx, "
                  "checksum offload on, "_s;
            for (QChar c : text)
                line.push_back(makeCell(c.unicode()));
            for (QChar c : u"READY"_s)
                line.push_back(makeCell(c.unicode(), 0, 0, TerminalCell::Bold));
            while (line.size() < 122)
                line.push_back(makeCell(U' '));
            ring.push(line.data(), int(line.size()));
        }
        const qsizetype cells = ring.storedCells();
        QVERIFY(cells > 10000 * 95);
        // Then the history takes well under 3 MB (16-byte cells took over 15 MB), and about
        // one byte per character plus a few per run
        const qsizetype bytes = ring.storedBytes();
        QVERIFY2(bytes < 3 * 1000 * 1000 / 2, qPrintable(QString::number(bytes)));
        QVERIFY2(bytes < cells * 3 / 2, qPrintable(u"%1 bytes, %2 cells"_s.arg(bytes).arg(cells)));
        QCOMPARE(ring.cell(9999, 1).ch, U'1');
        QCOMPARE(ring.cell(9999, 1).fg, TerminalColor::indexed(2));
        QVERIFY(ring.cell(9999, int(cells / 10000) - 1).has(TerminalCell::Bold));
    }

    void combiningCharactersSurviveTheScrollback()
    {
        TerminalEngine engine(3, 20);
        // Given a decomposed "é" and a wide character written on the screen
        engine.feed("caf"
                    "e\xCC\x81"
                    " \xE4\xB8\xAD!\r\n");
        const qint64 line = engine.screenTop();
        QCOMPARE(engine.cell(line, 3).marks, quint8(1));
        QCOMPARE(engine.lineText(line), u"cafe\u0301 \u4E2D!"_s);
        // When it scrolls into the scrollback
        engine.feed("1\r\n2\r\n3\r\n");
        QVERIFY(line < engine.screenTop());
        // Then its cells and text are the same
        QCOMPARE(engine.cell(line, 3).ch, U'e');
        QCOMPARE(engine.cell(line, 3).marks, quint8(1));
        QCOMPARE(int(engine.cell(line, 5).width), 2);
        QCOMPARE(engine.lineText(line), u"cafe\u0301 \u4E2D!"_s);
        std::vector<TerminalCell> cells;
        std::vector<TerminalMark> marks;
        engine.lineCells(line, 20, cells, &marks);
        QCOMPARE(cells.size(), size_t(20));
        QCOMPARE(marks, (std::vector<TerminalMark> { { 3, U'\u0301' } }));
        // And when the screen grows, the line comes back from the scrollback into libvterm
        engine.resize(8, 20);
        QVERIFY(line >= engine.screenTop());
        QCOMPARE(engine.lineText(line), u"cafe\u0301 \u4E2D!"_s);
        QCOMPARE(engine.cell(line, 3).marks, quint8(1));
    }

    void searchFindsTextInPackedLines()
    {
        TerminalEngine engine(4, 40);
        engine.feed("\x1b[32mfirst\x1b[m needle\r\n");
        engine.feed("\xE4\xB8\xAD\xE6\x96\x87 wide needle\r\n");
        engine.feed("re\xCC\x81sume\xCC\x81 here\r\n");
        for (int i = 0; i < 30; ++i)
            engine.feed(u"filler %1\r\n"_s.arg(i).toUtf8());
        QVERIFY(engine.scrollbackSize() >= 30);
        const qint64 first = engine.firstLine();
        const TerminalPosition end { engine.endLine() - 1, 40 };
        // Backwards from the end: the wide line first, its hit after the two wide characters
        auto hit = TerminalFinder::find(engine, u"needle"_s, end, true);
        QVERIFY(hit);
        QCOMPARE(hit->begin.line, first + 1);
        QCOMPARE(hit->begin.column, 10); // 2 wide characters (4 cells) + " wide "
        QCOMPARE(hit->end.column, 16);
        hit = TerminalFinder::find(engine, u"needle"_s, hit->begin, true);
        QVERIFY(hit);
        QCOMPARE(hit->begin, (TerminalPosition { first, 6 }));
        // Text with combining characters is found as it reads
        hit = TerminalFinder::find(engine, u"re\u0301sume\u0301"_s, end, true);
        QVERIFY(hit);
        QCOMPARE(hit->begin, (TerminalPosition { first + 2, 0 }));
        QCOMPARE(hit->end, (TerminalPosition { first + 2, 6 }));
        QVERIFY(!TerminalFinder::find(engine, u"absent"_s, end, true));
    }
};

CHARON_TEST_GUILESS_MAIN(TestTerminalScrollback)
#include "tst_terminalscrollback.moc"
