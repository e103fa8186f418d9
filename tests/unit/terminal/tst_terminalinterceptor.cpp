// SPDX-FileCopyrightText: 2026 The Charon Manager authors
// SPDX-License-Identifier: GPL-2.0-or-later
// What the terminal does beyond libvterm 0.1.4 (TerminalInterceptor inside TerminalEngine):
// DECSC/DECRC with character sets, one identity in DA1/DA2/DA3/DECID, CPR in origin mode,
// DECCOLM, DEC graphics 0x5F and <= >=, VT52 mode, line attributes, LNM. Each case feeds the
// sequences (whole, and split byte by byte) and checks cells, attributes and the bytes sent back.

#include "core/terminal/terminalengine.h"
#include "tests/harness/testmain.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using charon::terminal::TerminalCell;
using charon::terminal::TerminalEngine;

namespace {

// Feeds `bytes` in one piece, or one byte at a time (a sequence split across reads).
void feed(TerminalEngine &engine, const QByteArray &bytes, bool split)
{
    if (!split) {
        engine.feed(bytes);
        return;
    }
    for (char c : bytes)
        engine.feed(&c, 1);
}

QByteArray answerTo(TerminalEngine &engine, const QByteArray &bytes, bool split = false)
{
    QByteArray out;
    const auto connection = QObject::connect(
        &engine, &TerminalEngine::output, [&](const QByteArray &b) { out += b; });
    feed(engine, bytes, split);
    QObject::disconnect(connection);
    return out;
}

QString row(const TerminalEngine &engine, int r)
{
    return engine.lineText(engine.screenTop() + r);
}

} // namespace

class TestTerminalInterceptor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitModes_data()
    {
        QTest::addColumn<bool>("split");
        QTest::newRow("whole") << false;
        QTest::newRow("byte by byte") << true;
    }

    void saveRestoreKeepsCharacterSets_data() { splitModes_data(); }
    void saveRestoreKeepsCharacterSets()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        // G0 = DEC graphics, saved; G0 = ASCII; restored: line drawing again (xterm).
        feed(engine,
            "\x1b(0\x1b"
            "7\x1b(Bqq\x1b"
            "8qq",
            split);
        QCOMPARE(row(engine, 0), u"\u2500\u2500"_s);
        // The shift state too: G1 graphics invoked by SO, saved, SI, restored.
        feed(engine,
            "\r\n\x1b(B\x1b)0\x0e\x1b"
            "7\x0fq\x1b"
            "8q\x0fq",
            split);
        QCOMPARE(row(engine, 1), u"\u2500q"_s);
        // The alternate screen's save (1049) restores them as well.
        feed(engine, "\r\n\x1b(0\x1b[?1049h\x1b(B\x1b[?1049lq\x1b(B", split);
        QCOMPARE(row(engine, 2), u"\u2500"_s);
    }

    void saveRestoreKeepsOriginMode()
    {
        TerminalEngine engine;
        engine.feed("\x1b[5;10r\x1b[?6h\x1b"
                    "7\x1b[?6l\x1b[1;1H\x1b"
                    "8");
        // Restored into origin mode: the report is relative to the margins again.
        engine.feed("\x1b[3;4H");
        QCOMPARE(answerTo(engine, "\x1b[6n"), QByteArray("\x1b[3;4R"));
        QCOMPARE(engine.cursor(), QPoint(3, 6));
    }

    void identityIsConsistent_data()
    {
        QTest::addColumn<TerminalEngine::Identity>("identity");
        QTest::addColumn<QByteArray>("da1");
        QTest::addColumn<QByteArray>("da2");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("vt100") << TerminalEngine::Identity::Vt100 << QByteArray("\x1b[?1;2c")
                               << QByteArray("\x1b[>0;10;0c") << QByteArray("VT100");
        QTest::newRow("vt220") << TerminalEngine::Identity::Vt220 << QByteArray("\x1b[?62;1;6c")
                               << QByteArray("\x1b[>1;10;0c") << QByteArray("VT220");
        QTest::newRow("xterm") << TerminalEngine::Identity::Xterm << QByteArray("\x1b[?62;1;6;22c")
                               << QByteArray("\x1b[>1;10;0c") << QByteArray("XTERM-256COLOR");
    }
    void identityIsConsistent()
    {
        QFETCH(TerminalEngine::Identity, identity);
        QFETCH(QByteArray, da1);
        QFETCH(QByteArray, da2);
        QFETCH(QByteArray, type);
        TerminalEngine engine;
        engine.setIdentity(identity);
        QCOMPARE(answerTo(engine, "\x1b[c"), da1);
        QCOMPARE(answerTo(engine, "\x1b[0c"), da1);
        QCOMPARE(answerTo(engine, "\x1bZ"), da1); // DECID
        QCOMPARE(answerTo(engine, "\x1b[>c", true), da2);
        QCOMPARE(answerTo(engine, "\x1b[>0c"), da2);
        // DA3 is answered (vttest waits for it otherwise).
        QCOMPARE(answerTo(engine, "\x1b[=c"), QByteArray("\x1bP!|00000000\x1b\\"));
        QCOMPARE(TerminalEngine::terminalType(identity), type);
        QCOMPARE(TerminalEngine::primaryAttributes(identity), da1);
        // Nothing of the queries lands on the screen.
        QCOMPARE(row(engine, 0), QString());
        QCOMPARE(engine.cursor(), QPoint(0, 0));
    }

    void terminalParameters()
    {
        TerminalEngine engine;
        QCOMPARE(answerTo(engine, "\x1b[x"), QByteArray("\x1b[2;1;1;128;128;1;0x"));
        QCOMPARE(answerTo(engine, "\x1b[1x", true), QByteArray("\x1b[3;1;1;128;128;1;0x"));
        QCOMPARE(answerTo(engine, "\x1b[?15n"), QByteArray("\x1b[?13n"));
        QCOMPARE(answerTo(engine, "\x1b[?25n"), QByteArray("\x1b[?21n"));
        QCOMPARE(answerTo(engine, "\x1b[?26n", true), QByteArray("\x1b[?27;1n"));
        QCOMPARE(answerTo(engine, "\x1b[5n"), QByteArray("\x1b[0n")); // libvterm's own
        // 8-bit controls (S8C1T) are not taken up: answers stay 7-bit
        QCOMPARE(answerTo(engine, "\x1b G\x1b[5n", true), QByteArray("\x1b[0n"));
    }

    void invalidUtf8DoesNotSwallowSequences_data() { splitModes_data(); }
    void invalidUtf8DoesNotSwallowSequences()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        // Latin-1 text from a guest: 0xFD 0xFE are no UTF-8 at all.
        feed(engine, "a\xfd\xfe\x1b[1mb", split);
        QCOMPARE(row(engine, 0), u"a\uFFFD\uFFFDb"_s);
        QVERIFY(engine.cell(0, 3).has(TerminalCell::Bold));
    }

    void defaultIdentityIsVt220()
    {
        TerminalEngine engine;
        QCOMPARE(engine.identity(), TerminalEngine::Identity::Vt220);
    }

    void cursorReportFollowsOriginMode_data() { splitModes_data(); }
    void cursorReportFollowsOriginMode()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        QCOMPARE(answerTo(engine, "\x1b[7;12H\x1b[6n", split), QByteArray("\x1b[7;12R"));
        // Margins 5..20 and origin mode: row 2 within the margins is screen row 6.
        QCOMPARE(
            answerTo(engine, "\x1b[5;20r\x1b[?6h\x1b[2;3H\x1b[6n", split), QByteArray("\x1b[2;3R"));
        QCOMPARE(engine.cursor(), QPoint(2, 5));
        QCOMPARE(answerTo(engine, "\x1b[?6n", split), QByteArray("\x1b[?2;3;1R"));
        // Origin mode off: absolute again.
        QCOMPARE(answerTo(engine, "\x1b[?6l\x1b[6;3H\x1b[6n", split), QByteArray("\x1b[6;3R"));
        // A soft reset (DECSTR) ends origin mode and resets the margins; the cursor stays.
        QCOMPARE(
            answerTo(engine, "\x1b[?6h\x1b[3;5H\x1b[!p\x1b[6n", split), QByteArray("\x1b[7;5R"));
        QCOMPARE(answerTo(engine, "\x1b[4;4H\x1b[6n", split), QByteArray("\x1b[4;4R"));
        feed(engine, "\x1b[24;1H\n", split); // scrolls the whole screen: no margins
        QCOMPARE(engine.scrollbackSize(), 1);
    }

    void columnMode_data() { splitModes_data(); }
    void columnMode()
    {
        QFETCH(bool, split);
        TerminalEngine engine(24, 80);
        QSignalSpy modes(&engine, &TerminalEngine::columnModeChanged);
        feed(engine, "old text\x1b[5;10r\x1b[10;10H\x1b[?3h", split);
        QCOMPARE(engine.columns(), 132);
        QCOMPARE(engine.columnMode(), 132);
        QCOMPARE(modes.size(), 1);
        QCOMPARE(modes.at(0).at(0).toInt(), 132);
        QCOMPARE(row(engine, 0), QString()); // cleared
        QCOMPARE(engine.cursor(), QPoint(0, 0)); // home
        // 132 characters fit on one line; margins were reset (line feeds reach row 23).
        const QByteArray line(132, 'x');
        feed(engine, line + "\r\n", split);
        QCOMPARE(row(engine, 0), QString::fromLatin1(line));
        QCOMPARE(row(engine, 1), QString());
        feed(engine, QByteArray(30, '\n'), split);
        QCOMPARE(engine.cursor().y(), 23);
        // Back to 80: cleared and homed again; the mode rides along other modes.
        feed(engine, "abc\x1b[?3;7l", split);
        QCOMPARE(engine.columns(), 80);
        QCOMPARE(engine.columnMode(), 80);
        QCOMPARE(modes.size(), 2);
        QCOMPARE(row(engine, 23), QString());
        QCOMPARE(engine.cursor(), QPoint(0, 0));
        // ?7l went to libvterm: no autowrap now.
        feed(engine, QByteArray(85, 'y'), split);
        QCOMPARE(row(engine, 1), QString());
    }

    void decGraphicsDetails_data() { splitModes_data(); }
    void decGraphicsDetails()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        feed(engine, "\x1b(0_q_yz\x1b(B_", split);
        QCOMPARE(engine.cell(0, 0).ch, U' '); // 0x5F is a blank in DEC graphics
        QCOMPARE(engine.cell(0, 1).ch, U'\u2500');
        QCOMPARE(engine.cell(0, 2).ch, U' ');
        QCOMPARE(engine.cell(0, 3).ch, U'\u2264'); // <= and >= as xterm draws them
        QCOMPARE(engine.cell(0, 4).ch, U'\u2265');
        QCOMPARE(engine.cell(0, 5).ch, U'_'); // ASCII again
        // Through G1 and SO as well.
        feed(engine, "\r\n\x1b)0\x0e_q\x0f_", split);
        QCOMPARE(row(engine, 1), u" \u2500_"_s);
    }

    void vt52Mode_data() { splitModes_data(); }
    void vt52Mode()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        feed(engine, "\x1b[?2l", split);
        QVERIFY(engine.isVt52());
        // Direct cursor address (row 6, column 9 with the 31 offset), erase, text.
        feed(engine,
            "garbage\x1bH\x1bJ\x1bY%(X\x1b"
            "CY\x1bQ\x1b",
            split);
        QCOMPARE(row(engine, 0), QString());
        QCOMPARE(row(engine, 5), u"         X Y"_s.mid(1));
        QCOMPARE(engine.cursor(), QPoint(11, 5));
        // Graphics mode (the VT52 set, as xterm shows it), identify, cursor keys.
        feed(engine,
            "\x1bH\x1b"
            "Fafhtq~\x1bGq",
            split);
        QCOMPARE(row(engine, 0), u"\u25AE\u00B0\u2192\u2080\u23BC\u00B6q"_s);
        QCOMPARE(answerTo(engine, "\x1bZ", split), QByteArray("\x1b/Z"));
        QByteArray keys;
        connect(&engine, &TerminalEngine::output, this, [&](const QByteArray &b) { keys += b; });
        engine.keyPress(TerminalEngine::Key::Up);
        engine.keyPress(TerminalEngine::Key::F1);
        QCOMPARE(keys,
            QByteArray("\x1b"
                       "A\x1bP"));
        // ESC < returns to ANSI mode.
        feed(engine, "\x1b<", split);
        QVERIFY(!engine.isVt52());
        QCOMPARE(answerTo(engine, "\x1b[c", split), QByteArray("\x1b[?62;1;6c"));
    }

    void latin1AsA96CharacterSet_data() { splitModes_data(); }
    void latin1AsA96CharacterSet()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        // G1 = ISO Latin-1 supplemental (96 characters), invoked by SO; SI back to ASCII.
        feed(engine, "\x1b-A\x0e!#Ai\x0f!#", split);
        QCOMPARE(row(engine, 0), u"\u00A1\u00A3\u00C1\u00E9!#"_s);
        // Saved and restored with the cursor like any other set.
        feed(engine,
            "\r\n\x0e\x1b"
            "7\x0f\x1b"
            "8!",
            split);
        QCOMPARE(row(engine, 1), u"\u00A1"_s);
    }

    void lineAttributes()
    {
        TerminalEngine engine;
        engine.feed("\x1b#6AB\r\n\x1b#3T\r\n\x1b#4T\r\nplain");
        QVERIFY(engine.cell(0, 0).has(TerminalCell::DoubleWidth));
        QVERIFY(engine.cell(1, 0).has(TerminalCell::DoubleHeightTop));
        QVERIFY(engine.cell(1, 0).has(TerminalCell::DoubleWidth));
        QVERIFY(engine.cell(2, 0).has(TerminalCell::DoubleHeightBottom));
        QVERIFY(!(engine.cell(3, 0).attrs & TerminalCell::LineAttributes));
        QCOMPARE(row(engine, 0), u"AB"_s);
        // They survive the trip through the scrollback.
        engine.feed(QByteArray(30, '\n'));
        QVERIFY(engine.cell(0, 0).has(TerminalCell::DoubleWidth));
        QVERIFY(engine.cell(2, 0).has(TerminalCell::DoubleHeightBottom));
    }

    void screenModeAndBlink()
    {
        TerminalEngine engine;
        engine.feed("\x1b[?5h\x1b[5mB\x1b[m");
        QVERIFY(engine.isReverseVideo());
        QVERIFY(engine.cell(0, 0).has(TerminalCell::Blink));
        engine.feed("\x1b[?5l");
        QVERIFY(!engine.isReverseVideo());
    }

    void newlineModeOnEnter()
    {
        TerminalEngine engine;
        QByteArray out;
        connect(&engine, &TerminalEngine::output, this, [&](const QByteArray &b) { out += b; });
        engine.keyPress(TerminalEngine::Key::Enter);
        QCOMPARE(out, QByteArray("\r"));
        out.clear();
        engine.feed("\x1b[20h"); // LNM: Return sends CR LF
        engine.keyPress(TerminalEngine::Key::Enter);
        QCOMPARE(out, QByteArray("\r\n"));
    }

    void otherSequencesPassUntouched_data() { splitModes_data(); }
    void otherSequencesPassUntouched()
    {
        QFETCH(bool, split);
        TerminalEngine engine;
        QSignalSpy titles(&engine, &TerminalEngine::titleChanged);
        // An OSC title with ESC-looking bytes, SGR, CUP, a DCS, C0 inside a CSI.
        feed(engine, "\x1b]2;title\x07\x1b[1mB\x1b[m\x1bP$qm\x1b\\\x1b[2\bC!\x1b[1;2H?", split);
        QCOMPARE(row(engine, 0), u"B?!"_s);
        QVERIFY(engine.cell(0, 0).has(TerminalCell::Bold));
        QCOMPARE(titles.size(), 1);
    }
};

CHARON_TEST_GUILESS_MAIN(TestTerminalInterceptor)
#include "tst_terminalinterceptor.moc"
